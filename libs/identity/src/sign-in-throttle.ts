import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { rateLimited } from '@forum/graphql';
import { AuditEventEntity, AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { Clock } from './clock.js';

export const SIGN_IN_FAILURE_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

// Classes of the two-key transaction-scoped advisory locks (a key space apart from one-key locks such as the
// bootstrap's); the second key is hashtext() of the lower-cased e-mail, or of the IP address.
const EMAIL_LOCK = 0x5349_0001;
const IP_LOCK = 0x5349_0002;

export interface SignInAttempt {
  email: string;
  ip: string | null;
  /** The member with that e-mail, if any. */
  memberId: string | null;
}

/**
 * Refuses sign-ins once 10 failures were recorded for the e-mail, or from the IP address, within 15 minutes.
 * The failures are the audit log's SIGN_IN_FAILED entries, so every API instance counts the same ones.
 *
 * Exact under concurrency: each attempt is counted and recorded as a failure *before* its password is checked
 * (`reserve`), under advisory locks per e-mail and per address that are held only for that count and insert, not
 * for the slow argon2 verification. A burst of parallel guesses therefore gets exactly as many checks as the
 * limit leaves; an attempt that then succeeds turns its entry into the SIGN_IN entry (`succeeded`).
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** RATE_LIMITED when the limit is reached; otherwise records the attempt as failed and returns its entry's id. */
  async reserve(attempt: SignInAttempt): Promise<string> {
    const { email, ip } = attempt;
    return this.dataSource.transaction(async (tx) => {
      // Always the e-mail's lock before the address's: two attempts cannot wait for each other in a cycle.
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [EMAIL_LOCK, email]);
      if (ip !== null) await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IP_LOCK, ip]);
      const since = new Date(this.clock.now().getTime() - SIGN_IN_WINDOW_MS);
      const [counts] = (await tx.query(
        `SELECT count(*) FILTER (WHERE email = $2)::int AS by_email, count(*) FILTER (WHERE ip = $3)::int AS by_ip
         FROM audit_event WHERE kind = $1 AND at > $4 AND (email = $2 OR ip = $3)`,
        [AuditKind.SIGN_IN_FAILED, email, ip, since],
      )) as { by_email: number; by_ip: number }[];
      if (counts.by_email >= SIGN_IN_FAILURE_LIMIT || counts.by_ip >= SIGN_IN_FAILURE_LIMIT) {
        throw rateLimited('Too many failed sign-ins: try again in 15 minutes');
      }
      return this.audit.record({ kind: AuditKind.SIGN_IN_FAILED, email, ip, memberId: attempt.memberId }, tx);
    });
  }

  /** The reserved attempt succeeded: its entry becomes the SIGN_IN entry, in the caller's transaction. */
  async succeeded(tx: EntityManager, attemptId: string, member: { id: string; officeId: string }): Promise<void> {
    await tx.update(
      AuditEventEntity,
      { id: attemptId, kind: AuditKind.SIGN_IN_FAILED },
      {
        kind: AuditKind.SIGN_IN,
        at: this.clock.now(),
        actorId: member.id,
        memberId: member.id,
        officeId: member.officeId,
      },
    );
  }
}
