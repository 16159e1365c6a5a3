import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { InvitationEntity } from './invitation.entity.js';
import { Role } from './role.js';
import { snapshotMember } from './testing/snapshot-rows.js';

// Fixed values for the SQL snapshots (queries/invitations.repository.sql).
const INVITATION_ID = '00000000-0000-4000-8000-000000000041';
const MEMBER_ID = '00000000-0000-4000-8000-000000000011';
const AT = new Date('2026-01-01T00:00:00.000Z');
const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface NewInvitation {
  email: string;
  officeId: string;
  role: Role;
  tokenHash: string;
  invitedById: string;
  createdAt: Date;
  expiresAt: Date;
}

@Injectable()
export class InvitationsRepository {
  /** The new invitation's id. */
  @SqlSnapshot({
    params: async (db) => {
      const inviter = await snapshotMember(db);
      const invitation: NewInvitation = {
        email: 'invited@example.org',
        officeId: inviter.officeId,
        role: Role.MEMBER,
        tokenHash: HASH,
        invitedById: inviter.id,
        createdAt: AT,
        expiresAt: AT,
      };
      return [invitation];
    },
  })
  async insert(db: EntityManager, invitation: NewInvitation): Promise<string> {
    const saved = await db.save(db.create(InvitationEntity, { ...invitation, acceptedAt: null, memberId: null }));
    return saved.id;
  }

  /** The invitation of a token, its row locked until the caller's transaction ends (one acceptance per token). */
  @SqlSnapshot({ params: [HASH] })
  lockByTokenHash(db: EntityManager, tokenHash: string): Promise<InvitationEntity | null> {
    return db.findOne(InvitationEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  @SqlSnapshot({ params: [INVITATION_ID, { at: AT, memberId: MEMBER_ID }] })
  async markAccepted(db: EntityManager, id: string, acceptance: { at: Date; memberId: string }): Promise<void> {
    await db.update(InvitationEntity, { id }, { acceptedAt: acceptance.at, memberId: acceptance.memberId });
  }
}
