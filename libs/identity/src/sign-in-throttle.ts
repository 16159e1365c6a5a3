import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { badInput, forbidden, rateLimited } from '@forum/graphql';
import { canClearSignInLocks } from './access.policy.js';
import { AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { Clock } from './clock.js';
import { normalizeEmail } from './secret-token.js';
import { SignInAttemptsRepository } from './sign-in-attempts.repository.js';
import { assertMaxLength, MAX_EMAIL_LENGTH } from './text-input.js';
import { signedInViewer, type Viewer } from './viewer.js';

// An address the e-mail signed in from within this period is its owner's: not slowed when others guess.
const FAMILIAR_MS = 90 * 24 * 60 * 60 * 1000;

export interface SignInAttempt {
  email: string;
  ip: string | null;
  /** The member with that e-mail, if any. */
  memberId: string | null;
}

export interface Reservation {
  /** The attempt's entry (SIGN_IN_FAILED until it succeeds). */
  attemptId: string;
  /** How long to wait before checking the password (the e-mail is attacked from many addresses). */
  delayMs: number;
}

/**
 * Limits password guessing without letting anyone lock a member out (docs/security.md, SIGN_IN_* settings):
 * - per (e-mail, address) pair: SIGN_IN_PAIR_LIMIT failures in the window refuse that pair only (RATE_LIMITED), so
 *   strangers cannot lock out the owner, and one colleague's typos behind an office's NAT do not stop the others;
 * - per address over every e-mail: a much higher SIGN_IN_ADDRESS_LIMIT refuses the address (credential stuffing);
 * - per e-mail over every address: past SIGN_IN_BACKOFF_AFTER failures, attempts from addresses the member never
 *   signed in from are slowed (a delay doubling per failure, capped), never refused;
 * - an admin clears a lock (SIGN_IN_UNLOCKED entry); locks, slowing and clearings are in the audit log.
 * The failures are the audit log's SIGN_IN_FAILED entries, so every API instance counts the same ones.
 *
 * Exact under concurrency: each attempt is counted and recorded as a failure *before* its password is checked
 * (`reserve`), under advisory locks per e-mail and per address that are held only for that count and insert, not
 * for the slow argon2 verification (nor the delay). A burst of parallel guesses therefore gets exactly as many checks
 * as the limits leave; an attempt that then succeeds turns its entry into the SIGN_IN entry (`succeeded`).
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
    private readonly attempts: SignInAttemptsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** RATE_LIMITED when a limit is reached; otherwise records the attempt as failed and returns its entry's id. */
  async reserve(attempt: SignInAttempt): Promise<Reservation> {
    const { email, ip, memberId } = attempt;
    const limits = this.config.signIn;
    const minutes = Math.round(limits.windowMs / 60_000);
    return this.dataSource.transaction(async (tx) => {
      await this.attempts.lock(tx, { email, ip });
      const now = this.clock.now().getTime();
      const counts = await this.attempts.recentFailures(tx, {
        email,
        ip,
        since: new Date(now - limits.windowMs),
        familiarSince: new Date(now - FAMILIAR_MS),
      });
      if (counts.byIp >= limits.addressLimit)
        throw rateLimited(`Too many failed sign-ins from this address: try again in ${minutes} minutes`);
      if (counts.byPair >= limits.pairLimit)
        throw rateLimited(
          `Too many failed sign-ins for this e-mail from this address: try again in ${minutes} minutes`,
        );
      const delayMs = counts.familiar ? 0 : backoff(counts.byEmail, limits);
      const details = delayMs > 0 ? { delayedMs: delayMs } : {};
      const attemptId = await this.audit.record(tx, { kind: AuditKind.SIGN_IN_FAILED, email, ip, memberId, details });
      // Each threshold crossed by this attempt is recorded once, when it is crossed.
      const lock = { kind: AuditKind.SIGN_IN_LOCKED, email, ip, memberId };
      if (counts.byPair + 1 === limits.pairLimit) await this.audit.record(tx, { ...lock, details: { scope: 'PAIR' } });
      if (ip !== null && counts.byIp + 1 === limits.addressLimit)
        await this.audit.record(tx, { ...lock, email: null, memberId: null, details: { scope: 'ADDRESS' } });
      if (counts.byEmail + 1 === limits.backoffAfter)
        await this.audit.record(tx, { kind: AuditKind.SIGN_IN_SLOWED, email, memberId, details: { scope: 'EMAIL' } });
      return { attemptId, delayMs };
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

  /** An admin clears the failures of an e-mail (from every address), of an address (for every e-mail), or of a pair. */
  async clear(viewer: Viewer, target: { email?: string | null; ip?: string | null }): Promise<boolean> {
    const admin = signedInViewer(viewer);
    if (!canClearSignInLocks(admin)) throw forbidden('Only admins clear sign-in locks');
    const email = target.email ? normalizeEmail(target.email) : null;
    const ip = target.ip?.trim() || null;
    if (email === null && ip === null) throw badInput('Give an e-mail, an address, or both', { field: 'email' });
    if (email !== null) assertMaxLength(email, 'email', MAX_EMAIL_LENGTH);
    if (ip !== null) assertMaxLength(ip, 'ip', 64);
    await this.dataSource.transaction((tx) =>
      this.audit.record(tx, { kind: AuditKind.SIGN_IN_UNLOCKED, actorId: admin.memberId, email, ip }),
    );
    return true;
  }
}

/** 0 below the threshold; then the base delay, doubled for each further failure, capped. */
export function backoff(failures: number, limits: ForumConfig['signIn']): number {
  if (failures < limits.backoffAfter) return 0;
  const doublings = Math.min(failures - limits.backoffAfter, 30);
  return Math.min(limits.backoffBaseMs * 2 ** doublings, limits.backoffMaxMs);
}
