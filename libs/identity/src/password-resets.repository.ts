import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { snapshotMemberId } from './testing/snapshot-rows.js';

// Fixed values for the SQL snapshots (queries/password-resets.repository.sql).
const MEMBER_ID = '00000000-0000-4000-8000-000000000011';
const AT = new Date('2026-01-01T00:00:00.000Z');
const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** One-time password-reset tokens (their SHA-256 only). */
@Injectable()
export class PasswordResetsRepository {
  @SqlSnapshot({
    params: async (db) => [{ memberId: await snapshotMemberId(db), tokenHash: HASH, createdAt: AT, expiresAt: AT }],
  })
  async insert(
    db: EntityManager,
    reset: { memberId: string; tokenHash: string; createdAt: Date; expiresAt: Date },
  ): Promise<string> {
    const [{ id }] = (await db.query(
      `INSERT INTO password_reset (member_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [reset.memberId, reset.tokenHash, reset.createdAt, reset.expiresAt],
    )) as { id: string }[];
    return id;
  }

  /** The reset of a token, its row locked until the caller's transaction ends (a token is used once). */
  @SqlSnapshot({ params: [HASH] })
  async lockByTokenHash(
    db: EntityManager,
    tokenHash: string,
  ): Promise<{ id: string; memberId: string; expiresAt: Date; usedAt: Date | null } | null> {
    const [row] = (await db.query(
      'SELECT id, member_id, expires_at, used_at FROM password_reset WHERE token_hash = $1 FOR UPDATE',
      [tokenHash],
    )) as { id: string; member_id: string; expires_at: Date; used_at: Date | null }[];
    return row ? { id: row.id, memberId: row.member_id, expiresAt: row.expires_at, usedAt: row.used_at } : null;
  }

  /** As it is now, without a lock (the reset e-mail checks it is still unused when it is sent). */
  @SqlSnapshot({ params: [HASH] })
  async byTokenHash(
    db: EntityManager,
    tokenHash: string,
  ): Promise<{ id: string; memberId: string; expiresAt: Date; usedAt: Date | null } | null> {
    const [row] = (await db.query(
      'SELECT id, member_id, expires_at, used_at FROM password_reset WHERE token_hash = $1',
      [tokenHash],
    )) as { id: string; member_id: string; expires_at: Date; used_at: Date | null }[];
    return row ? { id: row.id, memberId: row.member_id, expiresAt: row.expires_at, usedAt: row.used_at } : null;
  }

  /** Spends this reset and every other unused one of the member (a new password makes older links useless). */
  @SqlSnapshot({ params: [MEMBER_ID, AT] })
  async spendAllOf(db: EntityManager, memberId: string, at: Date): Promise<void> {
    await db.query('UPDATE password_reset SET used_at = $2 WHERE member_id = $1 AND used_at IS NULL', [memberId, at]);
  }
}
