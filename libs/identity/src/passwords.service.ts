import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '@forum/graphql';
import { AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { Clock } from './clock.js';
import type { SessionModel } from './dto/session.model.js';
import { MemberDirectoryRepository } from './member-directory.repository.js';
import { MembersRepository } from './members.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { MIN_PASSWORD_LENGTH } from './password.js';
import { newSecretToken, normalizeEmail, tokenHash } from './secret-token.js';
import { SessionsService } from './sessions.service.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { assertMaxLength, assertNoNul, MAX_PASSWORD_LENGTH } from './text-input.js';
import { signedInViewer, type Viewer } from './viewer.js';
import { IdentityMail } from './identity-mail.js';

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
const RESET_INVALID = 'This reset link does not exist, was used already or has expired';

/**
 * Passwords after the invitation: a member changes its own (the current one required), and an operator lets someone
 * back in (`npm run admin -- reset-password`): a password given on stdin, or a one-time link. Every change ends all the
 * member's sessions (a thief's included), clears its sign-in locks and is audited; the self-service ones return a new
 * session for the device that made the change.
 */
@Injectable()
export class PasswordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: MemberDirectoryRepository,
    private readonly members: MembersRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
    private readonly clock: Clock,
    private readonly throttle: SignInThrottle,
    private readonly mail: IdentityMail,
  ) {}

  /**
   * The current password is checked like a sign-in (SignInThrottle: counted first, slowed or RATE_LIMITED), so a
   * stolen access token cannot be used to guess it; a right one is recorded as a SIGN_IN.
   */
  async change(
    viewer: Viewer,
    input: { currentPassword: string; newPassword: string },
    ip: string | null,
  ): Promise<SessionModel> {
    const me = signedInViewer(viewer);
    assertMaxLength(input.currentPassword, 'currentPassword', MAX_PASSWORD_LENGTH);
    checkNewPassword(input.newPassword, 'newPassword');
    const before = await this.directory.credentialsOf(this.dataSource.manager, me.memberId);
    if (!before) throw notFound('No such member');
    const { attemptId, delayMs } = await this.throttle.reserve({ email: before.email, ip, memberId: me.memberId });
    if (delayMs > 0) await sleep(delayMs);
    if (!(await this.passwords.verify(before.passwordHash, input.currentPassword)))
      throw badInput('The current password is wrong', { field: 'currentPassword' }); // the failure is recorded
    const passwordHash = await this.passwords.hash(input.newPassword);
    return this.dataSource.transaction(async (tx) => {
      const now = await this.directory.credentialsOf(tx, me.memberId);
      // Changed (or reset) by another request since it was checked: the check no longer holds.
      if (!now || now.passwordHash !== before.passwordHash) throw conflict('The password changed meanwhile: try again');
      await this.throttle.succeeded(tx, attemptId, { id: me.memberId, officeId: before.officeId });
      return this.replace(tx, me.memberId, passwordHash, { actorId: me.memberId, via: 'CHANGE' });
    });
  }

  /** With a token from `npm run admin -- reset-password <email>`: sets the password and signs in. */
  async resetWithToken(input: { token: string; newPassword: string }): Promise<SessionModel> {
    checkNewPassword(input.newPassword, 'newPassword');
    return this.dataSource.transaction(async (tx) => {
      const reset = await this.resets.lockByTokenHash(tx, tokenHash(input.token));
      if (!reset || reset.usedAt || reset.expiresAt <= this.clock.now()) throw notFound(RESET_INVALID);
      const member = await this.directory.credentialsOf(tx, reset.memberId);
      if (!member?.active) throw notFound(RESET_INVALID);
      const passwordHash = await this.passwords.hash(input.newPassword);
      return this.replace(tx, reset.memberId, passwordHash, { actorId: reset.memberId, via: 'RESET_LINK' });
    });
  }

  /**
   * The operator's one-time link: returns the token (valid one hour), and e-mails the link to the member when e-mail
   * is on (queued in the same transaction); only its hash is stored.
   */
  async issueResetToken(email: string): Promise<string> {
    const token = newSecretToken();
    await this.dataSource.transaction(async (tx) => {
      const memberId = await this.memberIdOf(tx, email);
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
      await this.resets.insert(tx, { memberId, tokenHash: tokenHash(token), createdAt: now, expiresAt });
      await this.audit.record(tx, {
        kind: AuditKind.PASSWORD_RESET,
        memberId,
        email: normalizeEmail(email),
        details: { via: 'OPERATOR', step: 'LINK_ISSUED' },
      });
      await this.mail.queueReset(tx, memberId, token);
    });
    return token;
  }

  /** The operator sets the password (given on stdin): for a locked-out admin, or when no e-mail can reach anyone. */
  async setByOperator(email: string, password: string): Promise<void> {
    checkNewPassword(password, 'password');
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (tx) => {
      const memberId = await this.memberIdOf(tx, email);
      await this.replaceHash(tx, memberId, passwordHash, {
        actorId: null,
        via: 'OPERATOR',
        kind: AuditKind.PASSWORD_RESET,
      });
    });
  }

  private async memberIdOf(tx: EntityManager, email: string): Promise<string> {
    const memberId = await this.directory.idByEmail(tx, normalizeEmail(email));
    if (!memberId) throw notFound('No member has this e-mail');
    return memberId;
  }

  private async replace(
    tx: EntityManager,
    memberId: string,
    passwordHash: string,
    by: { actorId: string; via: string },
  ): Promise<SessionModel> {
    await this.replaceHash(tx, memberId, passwordHash, { ...by, kind: AuditKind.PASSWORD_CHANGED });
    const member = await this.members.byId(tx, memberId);
    if (!member) throw new Error(`Member ${memberId} vanished during a password change`);
    return this.sessions.startSession(tx, member);
  }

  /** The new hash, every session ended, every pending reset spent, sign-in locks cleared, one audit entry. */
  private async replaceHash(
    tx: EntityManager,
    memberId: string,
    passwordHash: string,
    by: { actorId: string | null; via: string; kind: AuditKind },
  ): Promise<void> {
    const credentials = await this.directory.credentialsOf(tx, memberId);
    if (!credentials) throw notFound('No such member');
    await this.directory.setPasswordHash(tx, memberId, passwordHash);
    await this.resets.spendAllOf(tx, memberId, this.clock.now());
    await this.sessions.revokeAllOf(tx, memberId, { reason: 'PASSWORD_CHANGED' });
    const about = { memberId, officeId: credentials.officeId, email: credentials.email };
    await this.audit.record(tx, { kind: by.kind, actorId: by.actorId, ...about, details: { via: by.via } });
    // The owner is back in: failures counted against the e-mail no longer hold it (SignInThrottle).
    await this.audit.record(tx, { kind: AuditKind.SIGN_IN_UNLOCKED, actorId: by.actorId, email: credentials.email });
  }
}

function checkNewPassword(password: string, field: string): void {
  assertNoNul(password, field);
  assertMaxLength(password, field, MAX_PASSWORD_LENGTH);
  if (password.length < MIN_PASSWORD_LENGTH)
    throw badInput(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`, { field });
}
