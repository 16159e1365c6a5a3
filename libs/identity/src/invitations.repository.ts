import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InstantIdPosition } from '@forum/core';
import { SqlSnapshot } from '@forum/database';
import { InvitationEntity } from './invitation.entity.js';
import { Role } from './role.js';
import { snapshotMember } from './testing/snapshot-rows.js';

// Fixed values for the SQL snapshots (queries/invitations.repository.sql).
const INVITATION_ID = '00000000-0000-4000-8000-000000000041';
const MEMBER_ID = '00000000-0000-4000-8000-000000000011';
const AT = new Date('2026-01-01T00:00:00.000Z');
const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const OFFICE_ID = '00000000-0000-4000-8000-000000000001';

/** What the invitation e-mail reads when it is sent. */
export interface InvitationForMail {
  email: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  invited_by_id: string | null;
  office_code: string;
  office_name: string;
}

/** A pending invitation with its office, as the list shows it. */
export interface PendingInvitationRow {
  id: string;
  email: string;
  role: Role;
  invited_by_id: string | null;
  created_at: Date;
  expires_at: Date;
  office_id: string;
  office_code: string;
  office_name: string;
  office_region: string | null;
}

// Pending: neither accepted nor revoked, and not expired at $2; of one office when $1 is not null.
const PENDING_SQL = `i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
  AND ($1::uuid IS NULL OR i.office_id = $1)`;

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
    const saved = await db.save(
      db.create(InvitationEntity, {
        ...invitation,
        acceptedAt: null,
        memberId: null,
        revokedAt: null,
        revokedById: null,
      }),
    );
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

  /** Pending invitations, oldest first, after the keyset position. */
  @SqlSnapshot({
    params: [
      { officeId: OFFICE_ID, now: AT },
      { after: [AT.toISOString(), INVITATION_ID], limit: 21 },
    ],
  })
  pendingPage(
    db: EntityManager,
    filter: { officeId: string | null; now: Date },
    page: { after: InstantIdPosition | null; limit: number },
  ): Promise<PendingInvitationRow[]> {
    const [at, id] = page.after ?? [null, null];
    return db.query(
      `SELECT i.id, i.email, i.role, i.invited_by_id, i.created_at, i.expires_at,
              o.id AS office_id, o.code AS office_code, o.name AS office_name, o.region AS office_region
       FROM invitation i JOIN office o ON o.id = i.office_id
       WHERE ${PENDING_SQL} AND ($3::timestamptz IS NULL OR (i.created_at, i.id) > ($3, $4::uuid))
       ORDER BY i.created_at, i.id LIMIT $5`,
      [filter.officeId, filter.now, at, id, page.limit],
    ) as Promise<PendingInvitationRow[]>;
  }

  @SqlSnapshot({ params: [{ officeId: null, now: AT }] })
  async pendingCount(db: EntityManager, filter: { officeId: string | null; now: Date }): Promise<number> {
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM invitation i WHERE ${PENDING_SQL}`, [
      filter.officeId,
      filter.now,
    ])) as { n: number }[];
    return n;
  }

  /** As it is now, with its office, without a lock (the invitation e-mail checks it is still pending when sent). */
  @SqlSnapshot({ params: [INVITATION_ID] })
  async forMail(db: EntityManager, id: string): Promise<InvitationForMail | null> {
    const [row] = (await db.query(
      `SELECT i.email, i.expires_at, i.accepted_at, i.revoked_at, i.invited_by_id,
              o.code AS office_code, o.name AS office_name
       FROM invitation i JOIN office o ON o.id = i.office_id WHERE i.id = $1`,
      [id],
    )) as InvitationForMail[];
    return row ?? null;
  }

  /** Its row locked until the caller's transaction ends (a revocation and an acceptance do not cross). */
  @SqlSnapshot({ params: [INVITATION_ID] })
  lockById(db: EntityManager, id: string): Promise<InvitationEntity | null> {
    return db.findOne(InvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  @SqlSnapshot({ params: [INVITATION_ID, { at: AT, byId: MEMBER_ID }] })
  async markRevoked(db: EntityManager, id: string, revocation: { at: Date; byId: string }): Promise<void> {
    await db.update(InvitationEntity, { id }, { revokedAt: revocation.at, revokedById: revocation.byId });
  }
}
