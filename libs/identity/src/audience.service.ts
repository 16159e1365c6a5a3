import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { distinctUuids } from '@forum/core';
import { AudienceRepository } from './audience.repository.js';
import type { VisibleItem } from './visibility.policy.js';

/** A member who may see an item: `officeId` tells whether it came in through a mention of its office. */
export interface AudienceMember {
  memberId: string;
  officeId: string;
}

/** The set-based form of `canView` for delivery: which active members may see an item now (one statement). */
@Injectable()
export class AudienceService {
  constructor(private readonly audience: AudienceRepository) {}

  /** The active members among `memberIds`, and of the offices `officeIds`, who may see `item`; in `db`. */
  async whoMaySee(
    db: EntityManager,
    candidates: { memberIds: readonly string[]; officeIds?: readonly string[] },
    item: VisibleItem,
  ): Promise<AudienceMember[]> {
    const memberIds = distinctUuids(candidates.memberIds);
    const officeIds = distinctUuids(candidates.officeIds ?? []);
    if (memberIds.length === 0 && officeIds.length === 0) return [];
    const rows = await this.audience.whoMaySee(db, { memberIds, officeIds }, item);
    return rows.map((row) => ({ memberId: row.member_id, officeId: row.office_id }));
  }
}
