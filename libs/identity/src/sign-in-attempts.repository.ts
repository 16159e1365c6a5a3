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

export interface SignInCounts {
  byPair: number;
  byEmail: number;
  byIp: number;
  /** The e-mail signed in from this address before (within the familiarity period). */
  familiar: boolean;
}

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

  /**
   * What the throttle decides on, in one statement: the failures since `since` for the (e-mail, address) pair, for
   * the e-mail from any address and for the address over every e-mail, each counted after the last admin clearing
   * that covers it (a SIGN_IN_UNLOCKED entry for the e-mail, the address or the pair); and whether the e-mail signed
   * in successfully from this address since `familiarSince` (its owner's usual address is not slowed).
   */
  @SqlSnapshot({ params: [{ email: 'someone@example.org', ip: '192.0.2.1', since: AT, familiarSince: AT }] })
  async recentFailures(
    db: EntityManager,
    attempt: { email: string; ip: string | null; since: Date; familiarSince: Date },
  ): Promise<SignInCounts> {
    const [counts] = (await db.query(
      `WITH cleared AS (
         SELECT max(at) FILTER (WHERE email = $2 AND ip IS NULL) AS email_at,
                max(at) FILTER (WHERE ip = $3 AND email IS NULL) AS ip_at,
                max(at) FILTER (WHERE email = $2 AND ip = $3) AS pair_at
         FROM audit_event WHERE kind = $5 AND at > $4 AND (email = $2 OR ip = $3)
       )
       SELECT
         count(f.id) FILTER (WHERE f.email = $2 AND f.ip IS NOT DISTINCT FROM $3
                             AND f.at > greatest(c.email_at, c.ip_at, c.pair_at, $4))::int AS by_pair,
         count(f.id) FILTER (WHERE f.email = $2 AND f.at > greatest(c.email_at, $4))::int AS by_email,
         count(f.id) FILTER (WHERE f.ip = $3 AND f.at > greatest(c.ip_at, $4))::int AS by_ip,
         EXISTS (SELECT 1 FROM audit_event s WHERE s.kind = $6 AND s.email = $2 AND s.ip = $3 AND s.at > $7) AS familiar
       FROM cleared c LEFT JOIN audit_event f ON f.kind = $1 AND f.at > $4 AND (f.email = $2 OR f.ip = $3)
       GROUP BY c.email_at, c.ip_at, c.pair_at`,
      [
        AuditKind.SIGN_IN_FAILED,
        attempt.email,
        attempt.ip,
        attempt.since,
        AuditKind.SIGN_IN_UNLOCKED,
        AuditKind.SIGN_IN,
        attempt.familiarSince,
      ],
    )) as { by_pair: number; by_email: number; by_ip: number; familiar: boolean }[];
    return { byPair: counts.by_pair, byEmail: counts.by_email, byIp: counts.by_ip, familiar: counts.familiar };
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
