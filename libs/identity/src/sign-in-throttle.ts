import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { rateLimited } from '@forum/graphql';
import { AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { Clock } from './clock.js';
import { SignInAttemptsRepository } from './sign-in-attempts.repository.js';

export const SIGN_IN_FAILURE_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

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
    private readonly attempts: SignInAttemptsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** RATE_LIMITED when the limit is reached; otherwise records the attempt as failed and returns its entry's id. */
  async reserve(attempt: SignInAttempt): Promise<string> {
    const { email, ip } = attempt;
    return this.dataSource.transaction(async (tx) => {
      await this.attempts.lock(tx, { email, ip });
      const since = new Date(this.clock.now().getTime() - SIGN_IN_WINDOW_MS);
      const counts = await this.attempts.recentFailures(tx, { email, ip, since });
      if (counts.byEmail >= SIGN_IN_FAILURE_LIMIT || counts.byIp >= SIGN_IN_FAILURE_LIMIT) {
        throw rateLimited('Too many failed sign-ins: try again in 15 minutes');
      }
      return this.audit.record(tx, { kind: AuditKind.SIGN_IN_FAILED, email, ip, memberId: attempt.memberId });
    });
  }

  /** The reserved attempt succeeded: its entry becomes the SIGN_IN entry, in the caller's transaction. */
  async succeeded(tx: EntityManager, attemptId: string, member: { id: string; officeId: string }): Promise<void> {
    await this.attempts.markSucceeded(tx, attemptId, {
      at: this.clock.now(),
      memberId: member.id,
      officeId: member.officeId,
    });
  }
}
