import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { snapshotMember } from './testing/snapshot-rows.js';
import type { VisibleItem } from './visibility.policy.js';

/** A member who may see an item, with its office (a mention of an office reaches its members). */
export interface AudienceRow {
  member_id: string;
  office_id: string;
}

/**
 * Who, among many members at once, may see an item now: for the domains that deliver to members (notifications, real
 * time) and may not read the member table. The predicate is `canView` of visibility.policy.ts with the member as the
 * viewer, in SQL (a member is always signed in, so PUBLIC and COMMUNITY are seen by every active member).
 */
@Injectable()
export class AudienceRepository {
  @SqlSnapshot({
    params: async (db) => {
      const member = await snapshotMember(db);
      return [
        { memberIds: [member.id], officeIds: [member.officeId] },
        { visibility: 'OFFICES', officeId: member.officeId, sharedWithOfficeIds: [member.officeId] },
      ];
    },
  })
  async whoMaySee(
    db: EntityManager,
    candidates: { memberIds: readonly string[]; officeIds: readonly string[] },
    item: VisibleItem,
  ): Promise<AudienceRow[]> {
    return (await db.query(
      `SELECT m.id AS member_id, m.office_id FROM member m
       WHERE m.active AND (m.id = ANY($1::uuid[]) OR m.office_id = ANY($2::uuid[]))
         AND ($3::text IN ('PUBLIC', 'COMMUNITY')
              OR ($3::text IN ('OFFICES', 'OFFICE') AND m.office_id = $4::uuid)
              OR ($3::text = 'OFFICES' AND m.office_id = ANY($5::uuid[])))`,
      [[...candidates.memberIds], [...candidates.officeIds], item.visibility, item.officeId, item.sharedWithOfficeIds],
    )) as AudienceRow[];
  }
}
