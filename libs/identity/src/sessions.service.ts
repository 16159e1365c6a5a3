import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { unauthenticated } from '@forum/graphql';
import { AccessTokens } from './access-tokens.js';
import { AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { Clock } from './clock.js';
import type { SessionModel } from './dto/session.model.js';
import { toMemberModel } from './identity.mapper.js';
import { MemberEntity } from './member.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { newSecretToken, normalizeEmail, tokenHash } from './secret-token.js';
import { SessionEntity } from './session.entity.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { assertNoNul } from './text-input.js';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const WRONG_CREDENTIALS = 'Wrong e-mail or password';
const REFRESH_REFUSED = 'This refresh token is not valid: sign in again';

interface RefreshRow {
  id: string;
  session_id: string;
  member_id: string;
  expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
}

/** Sign-in, refresh-token rotation with reuse detection, and sign-out. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly passwords: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async signIn(input: { email: string; password: string }, ip: string | null): Promise<SessionModel> {
    assertNoNul(input.email, 'email');
    const email = normalizeEmail(input.email);
    const member = await this.dataSource.manager.findOne(MemberEntity, {
      where: { email },
      relations: { office: true },
    });
    // Counted and recorded as a failure before the (slow) password check, so parallel guesses cannot pass together.
    const attemptId = await this.throttle.reserve({ email, ip, memberId: member?.id ?? null });
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
    const { id: sessionId } = await tx.save(
      tx.create(SessionEntity, { memberId: member.id, revokedAt: null, revokedReason: null }),
    );
    return this.issue(tx, member, sessionId);
  }

  async refresh(refreshToken: string): Promise<SessionModel> {
    const outcome = await this.dataSource.transaction(async (tx): Promise<SessionModel | 'refused'> => {
      const [row] = (await tx.query(
        `SELECT rt.id, rt.session_id, s.member_id, rt.expires_at, rt.rotated_at, s.revoked_at
         FROM refresh_token rt JOIN session s ON s.id = rt.session_id WHERE rt.token_hash = $1 FOR UPDATE OF rt, s`,
        [tokenHash(refreshToken)],
      )) as RefreshRow[];
      if (!row || row.revoked_at) return 'refused';
      const now = this.clock.now();
      if (row.rotated_at) {
        // A rotated token came back: it was copied. Whoever holds the newer one may be the thief: end the family.
        await this.revoke(tx, row.session_id, 'REUSE');
        await this.audit.record(
          { kind: AuditKind.REFRESH_REUSED, memberId: row.member_id, details: { sessionId: row.session_id } },
          tx,
        );
        return 'refused';
      }
      if (row.expires_at <= now) return 'refused';
      const member = await tx.findOne(MemberEntity, {
        where: { id: row.member_id, active: true },
        relations: { office: true },
      });
      if (!member) return 'refused';
      await tx.update(RefreshTokenEntity, { id: row.id }, { rotatedAt: now });
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
      const ended = await this.revoke(tx, sessionId, 'SIGN_OUT');
      if (ended)
        await this.audit.record({ kind: AuditKind.SIGN_OUT, actorId: memberId, memberId, details: { sessionId } }, tx);
      return ended;
    });
  }

  /** Ends every session of a member (deactivation), in the caller's transaction. */
  async revokeAllOf(tx: EntityManager, memberId: string, reason: string): Promise<void> {
    await tx.query(
      `UPDATE session SET revoked_at = $2, revoked_reason = $3 WHERE member_id = $1 AND revoked_at IS NULL`,
      [memberId, this.clock.now(), reason],
    );
  }

  private async revoke(tx: EntityManager, sessionId: string, reason: string): Promise<boolean> {
    const result = await tx.update(
      SessionEntity,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: reason },
    );
    return (result.affected ?? 0) > 0;
  }

  private async issue(tx: EntityManager, member: MemberEntity, sessionId: string): Promise<SessionModel> {
    const now = this.clock.now();
    const refreshToken = newSecretToken();
    await tx.insert(RefreshTokenEntity, {
      sessionId,
      tokenHash: tokenHash(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
      rotatedAt: null,
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
