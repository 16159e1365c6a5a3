import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { AuditEventEntity, AuditKind } from './audit-event.entity.js';

// Fixed values for the SQL snapshots (queries/sign-in-attempts.repository.sql).
const AT = new Date('2026-01-01T00:00:00.000Z');
const ATTEMPT_ID = '00000000-0000-4000-8000-000000000051';
const MEMBER_ID = '00000000-0000-4000-8000-000000000011';
const OFFICE_ID = '00000000-0000-4000-8000-000000000001';

// Classes of the two-key transaction-scoped advisory locks (a key space apart from one-key locks such as the
// bootstrap's); the second key is hashtext() of the lower-cased e-mail, or of the IP address.
const EMAIL_LOCK = 0x5349_0001;
const IP_LOCK = 0x5349_0002;

/**
 * Sign-in attempts are the audit log's SIGN_IN_FAILED entries (recorded before the password is checked) and SIGN_IN
 * entries (what a successful attempt becomes): the sign-in throttle's view of the audit_event table.
 */
@Injectable()
export class SignInAttemptsRepository {
  /**
   * Held until the caller's transaction ends. Always the e-mail's lock before the address's: two attempts cannot wait
   * for each other in a cycle.
   */
  @SqlSnapshot({ params: [{ email: 'someone@example.org', ip: '192.0.2.1' }] })
  async lock(db: EntityManager, attempt: { email: string; ip: string | null }): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [EMAIL_LOCK, attempt.email]);
    if (attempt.ip !== null) await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IP_LOCK, attempt.ip]);
  }

  /** Failures since `since`, for the e-mail and for the address. */
  @SqlSnapshot({ params: [{ email: 'someone@example.org', ip: '192.0.2.1', since: AT }] })
  async recentFailures(
    db: EntityManager,
    attempt: { email: string; ip: string | null; since: Date },
  ): Promise<{ byEmail: number; byIp: number }> {
    const [counts] = (await db.query(
      `SELECT count(*) FILTER (WHERE email = $2)::int AS by_email, count(*) FILTER (WHERE ip = $3)::int AS by_ip
       FROM audit_event WHERE kind = $1 AND at > $4 AND (email = $2 OR ip = $3)`,
      [AuditKind.SIGN_IN_FAILED, attempt.email, attempt.ip, attempt.since],
    )) as { by_email: number; by_ip: number }[];
    return { byEmail: counts.by_email, byIp: counts.by_ip };
  }

  /** The reserved attempt's entry becomes the SIGN_IN entry. */
  @SqlSnapshot({ params: [ATTEMPT_ID, { at: AT, memberId: MEMBER_ID, officeId: OFFICE_ID }] })
  async markSucceeded(
    db: EntityManager,
    attemptId: string,
    success: { at: Date; memberId: string; officeId: string },
  ): Promise<void> {
    await db.update(
      AuditEventEntity,
      { id: attemptId, kind: AuditKind.SIGN_IN_FAILED },
      {
        kind: AuditKind.SIGN_IN,
        at: success.at,
        actorId: success.memberId,
        memberId: success.memberId,
        officeId: success.officeId,
      },
    );
  }
}
