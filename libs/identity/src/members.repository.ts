import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { MemberEntity } from './member.entity.js';
import { Role } from './role.js';
import { SNAPSHOT_EMAIL, snapshotMember, snapshotMemberId, snapshotOfficeId } from './testing/snapshot-rows.js';

// Fixed values for the SQL snapshots (queries/members.repository.sql).
const MEMBER_ID = '00000000-0000-4000-8000-000000000011';
const OTHER_MEMBER_ID = '00000000-0000-4000-8000-000000000012';

// Any fixed number: replicas starting at once on an empty database must create one admin, not several.
const BOOTSTRAP_LOCK = 7_400_313;

export interface NewMember {
  email: string;
  displayName: string;
  officeId: string;
  role: Role;
  passwordHash: string | null;
}

/** Who a token stands for, as the authentication reads it on every request. */
export interface MemberAccess {
  id: string;
  office_id: string;
  role: Role;
}

/** A member with its office, as `byIds` reads it. */
export interface MemberWithOfficeRow {
  id: string;
  display_name: string;
  role: Role;
  email: string;
  active: boolean;
  office_id: string;
  office_code: string;
  office_name: string;
  office_region: string | null;
}

/** What a mention of an office code or a display name names (see MembersService.mentionTargets). */
export interface MentionTargetRow {
  office_id: string | null;
  member_id: string | null;
  /** The office whose members' view decides whether the mention may be made. */
  seen_from: string;
}

/** Every statement on the member table (with its office joined where a MemberModel is built). */
@Injectable()
export class MembersRepository {
  /** With its office. */
  @SqlSnapshot({ params: async (db) => [await snapshotMemberId(db)] })
  byId(db: EntityManager, id: string): Promise<MemberEntity | null> {
    return db.findOne(MemberEntity, { where: { id }, relations: { office: true } });
  }

  /**
   * With their offices, as plain rows in one statement (every author of a page: no entity hydration on the read
   * path); uuids only (the caller filters).
   */
  @SqlSnapshot({ params: [[MEMBER_ID, OTHER_MEMBER_ID]] })
  byIds(db: EntityManager, ids: string[]): Promise<MemberWithOfficeRow[]> {
    return db.query(
      `SELECT m.id, m.display_name, m.role, m.email, m.active,
              o.id AS office_id, o.code AS office_code, o.name AS office_name, o.region AS office_region
       FROM member m JOIN office o ON o.id = m.office_id WHERE m.id = ANY($1::uuid[])`,
      [ids],
    ) as Promise<MemberWithOfficeRow[]>;
  }

  /** With its office; `email` normalised (lower case). */
  @SqlSnapshot({ params: async (db) => (await snapshotMember(db), [SNAPSHOT_EMAIL]) })
  byEmail(db: EntityManager, email: string): Promise<MemberEntity | null> {
    return db.findOne(MemberEntity, { where: { email }, relations: { office: true } });
  }

  /** With its office, when it is active (a refresh). */
  @SqlSnapshot({ params: async (db) => [await snapshotMemberId(db)] })
  activeById(db: EntityManager, id: string): Promise<MemberEntity | null> {
    return db.findOne(MemberEntity, { where: { id, active: true }, relations: { office: true } });
  }

  /** Without its office; the row locked until the caller's transaction ends (a role change, a deactivation). */
  @SqlSnapshot({ params: [MEMBER_ID] })
  lockById(db: EntityManager, id: string): Promise<MemberEntity | null> {
    return db.findOne(MemberEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  @SqlSnapshot({ params: ['someone@example.org'] })
  emailTaken(db: EntityManager, email: string): Promise<boolean> {
    return db.exists(MemberEntity, { where: { email } });
  }

  @SqlSnapshot({ params: [] })
  async anyExists(db: EntityManager): Promise<boolean> {
    const [{ any }] = (await db.query('SELECT EXISTS (SELECT 1 FROM member) AS any')) as { any: boolean }[];
    return any;
  }

  /** The active member with this e-mail (single sign-on); `email` lower case. */
  @SqlSnapshot({ params: ['someone@example.org'] })
  async activeAccessByEmail(db: EntityManager, email: string): Promise<MemberAccess | null> {
    const [row] = (await db.query(`SELECT id, office_id, role FROM member WHERE lower(email) = $1 AND active`, [
      email,
    ])) as MemberAccess[];
    return row ?? null;
  }

  /** Returns the new row (id and creation time filled in), without its office. */
  @SqlSnapshot({
    params: async (db) => {
      const member: NewMember = {
        email: 'someone@example.org',
        displayName: 'Someone',
        officeId: await snapshotOfficeId(db),
        role: Role.MEMBER,
        passwordHash: null,
      };
      return [member];
    },
  })
  insert(db: EntityManager, member: NewMember): Promise<MemberEntity> {
    return db.save(db.create(MemberEntity, { ...member, active: true }));
  }

  @SqlSnapshot({ params: [MEMBER_ID, { role: Role.OFFICE_ADMIN }] })
  async update(
    db: EntityManager,
    id: string,
    changes: { role?: Role; active?: boolean; officeId?: string },
  ): Promise<void> {
    await db.update(MemberEntity, { id }, changes);
  }

  /** Held until the caller's transaction ends: the first administrator is created once, however many start. */
  @SqlSnapshot({ params: [] })
  async lockBootstrap(db: EntityManager): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
  }

  /**
   * The offices with these codes, and the active members with these display names (lower case) that no other active
   * member shares: one statement for a post's mentions.
   */
  @SqlSnapshot({ params: [{ officeCodes: ['DE'], displayNames: ['ada lovelace'] }] })
  mentionTargets(
    db: EntityManager,
    wanted: { officeCodes: string[]; displayNames: string[] },
  ): Promise<MentionTargetRow[]> {
    return db.query(
      `SELECT o.id AS office_id, NULL::uuid AS member_id, o.id AS seen_from FROM office o WHERE o.code = ANY($1::text[])
       UNION ALL
       SELECT NULL::uuid, m.id, m.office_id FROM member m
       WHERE m.active AND lower(m.display_name) = ANY($2::text[])
         AND (SELECT count(*) FROM member same WHERE same.active AND lower(same.display_name) = lower(m.display_name)) = 1`,
      [wanted.officeCodes, wanted.displayNames],
    ) as Promise<MentionTargetRow[]>;
  }
}
