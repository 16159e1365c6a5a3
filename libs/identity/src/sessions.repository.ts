import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import type { MemberAccess } from './members.repository.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { SessionEntity } from './session.entity.js';
import { snapshotMemberId, snapshotSessionId } from './testing/snapshot-rows.js';

// Fixed values for the SQL snapshots (queries/sessions.repository.sql).
const MEMBER_ID = '00000000-0000-4000-8000-000000000011';
const SESSION_ID = '00000000-0000-4000-8000-000000000021';
const TOKEN_ID = '00000000-0000-4000-8000-000000000031';
const AT = new Date('2026-01-01T00:00:00.000Z');
const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** A refresh token with what decides whether it may be exchanged. */
export interface RefreshTokenState {
  id: string;
  session_id: string;
  member_id: string;
  expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
}

export interface NewRefreshToken {
  sessionId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Sessions and the refresh tokens rotated from each: one aggregate (revoking a session ends its tokens). */
@Injectable()
export class SessionsRepository {
  /** The new session's id. */
  @SqlSnapshot({ params: async (db) => [await snapshotMemberId(db)] })
  async start(db: EntityManager, memberId: string): Promise<string> {
    const session = await db.save(db.create(SessionEntity, { memberId, revokedAt: null, revokedReason: null }));
    return session.id;
  }

  /** The member of a live session of an active member: what an access token stands for, checked on every request. */
  @SqlSnapshot({ params: [{ memberId: MEMBER_ID, sessionId: SESSION_ID }] })
  async activeAccess(db: EntityManager, token: { memberId: string; sessionId: string }): Promise<MemberAccess | null> {
    const [row] = (await db.query(
      `SELECT m.id, m.office_id, m.role FROM member m JOIN session s ON s.member_id = m.id
       WHERE m.id = $1 AND s.id = $2 AND m.active AND s.revoked_at IS NULL`,
      [token.memberId, token.sessionId],
    )) as MemberAccess[];
    return row ?? null;
  }

  /** True when the session was live and is now revoked. */
  @SqlSnapshot({ params: [SESSION_ID, { at: AT, reason: 'SIGN_OUT' }] })
  async revoke(db: EntityManager, sessionId: string, revocation: { at: Date; reason: string }): Promise<boolean> {
    const result = await db.update(
      SessionEntity,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: revocation.at, revokedReason: revocation.reason },
    );
    return (result.affected ?? 0) > 0;
  }

  @SqlSnapshot({ params: [MEMBER_ID, { at: AT, reason: 'DEACTIVATED' }] })
  async revokeAllOf(db: EntityManager, memberId: string, revocation: { at: Date; reason: string }): Promise<void> {
    await db.query(
      `UPDATE session SET revoked_at = $2, revoked_reason = $3 WHERE member_id = $1 AND revoked_at IS NULL`,
      [memberId, revocation.at, revocation.reason],
    );
  }

  @SqlSnapshot({
    params: async (db) => [{ sessionId: await snapshotSessionId(db), tokenHash: HASH, createdAt: AT, expiresAt: AT }],
  })
  async addRefreshToken(db: EntityManager, token: NewRefreshToken): Promise<void> {
    await db.query(
      `INSERT INTO refresh_token (session_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
      [token.sessionId, token.tokenHash, token.createdAt, token.expiresAt],
    );
  }

  /** The token and its session, both rows locked until the caller's transaction ends (one exchange per token). */
  @SqlSnapshot({ params: [HASH] })
  async lockRefreshToken(db: EntityManager, tokenHash: string): Promise<RefreshTokenState | null> {
    const [row] = (await db.query(
      `SELECT rt.id, rt.session_id, s.member_id, rt.expires_at, rt.rotated_at, s.revoked_at
       FROM refresh_token rt JOIN session s ON s.id = rt.session_id WHERE rt.token_hash = $1 FOR UPDATE OF rt, s`,
      [tokenHash],
    )) as RefreshTokenState[];
    return row ?? null;
  }

  @SqlSnapshot({ params: [TOKEN_ID, AT] })
  async markRotated(db: EntityManager, refreshTokenId: string, at: Date): Promise<void> {
    await db.update(RefreshTokenEntity, { id: refreshTokenId }, { rotatedAt: at });
  }
}
