import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EventPublisher } from '@forum/events';
import { unauthenticated } from '@forum/graphql';
import { AccessTokens } from './access-tokens.js';
import { AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { Clock } from './clock.js';
import type { SessionModel } from './dto/session.model.js';
import { toMemberModel } from './identity.mapper.js';
import type { MemberEntity } from './member.entity.js';
import { MembersRepository } from './members.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { newSecretToken, normalizeEmail, tokenHash } from './secret-token.js';
import { SessionValidity } from './session-validity.js';
import { SessionsRepository } from './sessions.repository.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { assertMaxLength, assertNoNul, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from './text-input.js';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const WRONG_CREDENTIALS = 'Wrong e-mail or password';
const REFRESH_REFUSED = 'This refresh token is not valid: sign in again';

/** Sign-in, refresh-token rotation with reuse detection, and sign-out. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly members: MembersRepository,
    private readonly accessTokens: AccessTokens,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly passwords: PasswordHasher,
    private readonly clock: Clock,
    private readonly events: EventPublisher,
    private readonly validity: SessionValidity,
  ) {}

  async signIn(input: { email: string; password: string }, ip: string | null): Promise<SessionModel> {
    assertNoNul(input.email, 'email');
    assertMaxLength(input.email, 'email', MAX_EMAIL_LENGTH);
    assertMaxLength(input.password, 'password', MAX_PASSWORD_LENGTH);
    const email = normalizeEmail(input.email);
    const member = await this.members.byEmail(this.dataSource.manager, email);
    // Counted and recorded as a failure before the (slow) password check, so parallel guesses cannot pass together.
    const { attemptId, delayMs } = await this.throttle.reserve({ email, ip, memberId: member?.id ?? null });
    // Slowed, not refused: the e-mail is being guessed from many addresses (no connection is held meanwhile).
    if (delayMs > 0) await sleep(delayMs);
    // The same answer, and about the same time, for an unknown e-mail, a wrong password and a deactivated member.
    const passwordOk = await this.passwords.verify(member?.passwordHash ?? null, input.password);
    if (!member || !passwordOk || !member.active) throw unauthenticated(WRONG_CREDENTIALS); // the failure is recorded
    return this.dataSource.transaction(async (tx) => {
      const session = await this.startSession(tx, member);
      await this.throttle.succeeded(tx, attemptId, member);
      return session;
    });
  }

  /** A new session for a member loaded with its office, inside the caller's transaction. */
  async startSession(tx: EntityManager, member: MemberEntity): Promise<SessionModel> {
    const sessionId = await this.sessions.start(tx, member.id);
    return this.issue(tx, member, sessionId);
  }

  async refresh(refreshToken: string): Promise<SessionModel> {
    const outcome = await this.dataSource.transaction(async (tx): Promise<SessionModel | 'refused'> => {
      const row = await this.sessions.lockRefreshToken(tx, tokenHash(refreshToken));
      if (!row || row.revoked_at) return 'refused';
      const now = this.clock.now();
      if (row.rotated_at) {
        // A rotated token came back: it was copied. Whoever holds the newer one may be the thief: end the family.
        await this.sessions.revoke(tx, row.session_id, { at: now, reason: 'REUSE' });
        this.validity.changed();
        const revoked = { memberId: row.member_id, sessionId: row.session_id, reason: 'REUSE' };
        await this.events.publish(tx, 'identity.session-revoked', revoked);
        await this.audit.record(tx, {
          kind: AuditKind.REFRESH_REUSED,
          memberId: row.member_id,
          details: { sessionId: row.session_id },
        });
        return 'refused';
      }
      if (row.expires_at <= now) return 'refused';
      const member = await this.members.activeById(tx, row.member_id);
      if (!member) return 'refused';
      await this.sessions.markRotated(tx, row.id, now);
      return this.issue(tx, member, row.session_id);
    });
    // Thrown after the commit, so that the revocation of a replayed family is kept.
    if (outcome === 'refused') throw unauthenticated(REFRESH_REFUSED);
    return outcome;
  }

  /** Ends the session of the access token used; false when there is none (a token of the OpenID provider). */
  async signOut(memberId: string, sessionId: string | undefined): Promise<boolean> {
    if (!sessionId) return false;
    return this.dataSource.transaction(async (tx) => {
      const ended = await this.sessions.revoke(tx, sessionId, { at: this.clock.now(), reason: 'SIGN_OUT' });
      if (ended) {
        this.validity.changed();
        await this.audit.record(tx, { kind: AuditKind.SIGN_OUT, actorId: memberId, memberId, details: { sessionId } });
        const revoked = { memberId, sessionId, reason: 'SIGN_OUT' };
        await this.events.publish(tx, 'identity.session-revoked', revoked, { actorId: memberId });
      }
      return ended;
    });
  }

  /** Ends every session of a member (deactivation), in the caller's transaction. */
  async revokeAllOf(tx: EntityManager, memberId: string, { reason }: { reason: string }): Promise<void> {
    await this.sessions.revokeAllOf(tx, memberId, { at: this.clock.now(), reason });
    this.validity.changed();
    await this.events.publish(tx, 'identity.session-revoked', { memberId, sessionId: null, reason });
  }

  private async issue(tx: EntityManager, member: MemberEntity, sessionId: string): Promise<SessionModel> {
    const now = this.clock.now();
    const refreshToken = newSecretToken();
    await this.sessions.addRefreshToken(tx, {
      sessionId,
      tokenHash: tokenHash(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
    });
    const access = await this.accessTokens.issue({ memberId: member.id, sessionId });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      member: toMemberModel(member),
    };
  }
}
