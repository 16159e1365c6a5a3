import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InstantIdPosition } from '@forum/core';
import { SqlSnapshot } from '@forum/database';
import { Role } from './role.js';
import { snapshotMemberId } from './testing/snapshot-rows.js';

// Fixed values for the SQL snapshots (queries/member-directory.repository.sql).
const AT = '2026-01-01T00:00:00.000Z';
const MEMBER_ID = '00000000-0000-4000-8000-000000000011';
const OFFICE_ID = '00000000-0000-4000-8000-000000000001';
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA';

// Any fixed number apart from the others: role changes and deactivations that could leave no active admin run one
// at a time, so that two admins demoting each other at once cannot both succeed.
const ADMIN_ROSTER_LOCK = 7_400_314;

export interface MemberFilter {
  officeId: string | null;
  role: Role | null;
  active: boolean | null;
}

/** A member with its office, as the directory lists it. */
export interface DirectoryRow {
  id: string;
  display_name: string;
  role: Role;
  email: string;
  active: boolean;
  /** Milliseconds precision: the keyset position. */
  created_at: Date;
  office_id: string;
  office_code: string;
  office_name: string;
  office_region: string | null;
}

// Optional filters as SQL: a null parameter matches every row.
const FILTER_SQL = `($1::uuid IS NULL OR m.office_id = $1) AND ($2::member_role IS NULL OR m.role = $2)
  AND ($3::boolean IS NULL OR m.active = $3)`;

/** The admins' view of the member table: the member list, the admin roster, passwords. */
@Injectable()
export class MemberDirectoryRepository {
  /** Oldest first (the order members joined), after the keyset position. */
  @SqlSnapshot({
    params: [
      { officeId: OFFICE_ID, role: Role.MEMBER, active: true },
      { after: [AT, MEMBER_ID], limit: 21 },
    ],
  })
  page(
    db: EntityManager,
    filter: MemberFilter,
    page: { after: InstantIdPosition | null; limit: number },
  ): Promise<DirectoryRow[]> {
    const [at, id] = page.after ?? [null, null];
    return db.query(
      `SELECT m.id, m.display_name, m.role, m.email, m.active, date_trunc('milliseconds', m.created_at) AS created_at,
              o.id AS office_id, o.code AS office_code, o.name AS office_name, o.region AS office_region
       FROM member m JOIN office o ON o.id = m.office_id
       WHERE ${FILTER_SQL}
         AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', m.created_at), m.id) > ($4, $5::uuid))
       ORDER BY date_trunc('milliseconds', m.created_at), m.id
       LIMIT $6`,
      [filter.officeId, filter.role, filter.active, at, id, page.limit],
    ) as Promise<DirectoryRow[]>;
  }

  @SqlSnapshot({ params: [{ officeId: null, role: Role.ADMIN, active: null }] })
  async count(db: EntityManager, filter: MemberFilter): Promise<number> {
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM member m WHERE ${FILTER_SQL}`, [
      filter.officeId,
      filter.role,
      filter.active,
    ])) as { n: number }[];
    return n;
  }

  /** Held until the caller's transaction ends (see ADMIN_ROSTER_LOCK). */
  @SqlSnapshot({ params: [] })
  async lockAdminRoster(db: EntityManager): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_ROSTER_LOCK]);
  }

  /** Active admins other than `except`. */
  @SqlSnapshot({ params: [{ except: MEMBER_ID }] })
  async otherActiveAdmins(db: EntityManager, { except }: { except: string }): Promise<number> {
    const [{ n }] = (await db.query(
      `SELECT count(*)::int AS n FROM member WHERE role = 'ADMIN' AND active AND id <> $1`,
      [except],
    )) as { n: number }[];
    return n;
  }

  /** The member's password hash (null: single sign-on only) and whether it is active; null for no such member. */
  @SqlSnapshot({ params: async (db) => [await snapshotMemberId(db)] })
  async credentialsOf(
    db: EntityManager,
    memberId: string,
  ): Promise<{ passwordHash: string | null; active: boolean; officeId: string; email: string } | null> {
    const [row] = (await db.query(
      'SELECT password_hash, active, office_id, email FROM member WHERE id = $1 FOR UPDATE',
      [memberId],
    )) as { password_hash: string | null; active: boolean; office_id: string; email: string }[];
    return row
      ? { passwordHash: row.password_hash, active: row.active, officeId: row.office_id, email: row.email }
      : null;
  }

  /** The id of the member with this e-mail (lower case); null when there is none. */
  @SqlSnapshot({ params: ['someone@example.org'] })
  async idByEmail(db: EntityManager, email: string): Promise<string | null> {
    const [row] = (await db.query('SELECT id FROM member WHERE email = $1', [email])) as { id: string }[];
    return row?.id ?? null;
  }

  @SqlSnapshot({ params: [MEMBER_ID, HASH] })
  async setPasswordHash(db: EntityManager, memberId: string, passwordHash: string): Promise<void> {
    await db.query('UPDATE member SET password_hash = $2 WHERE id = $1', [memberId, passwordHash]);
  }
}
