import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import type { Viewer } from '@forum/identity';
import { UTC_MICROS_SQL } from './discussion.rules.js';
import { positional, threadVisibleTo } from './discussion.sql.js';
import { SNAPSHOT, SNAPSHOT_VIEWER, snapshotPost } from './testing/snapshot-rows.js';
import { FlagStatus } from './thread-kind.js';

export interface FlagRow {
  id: string;
  post_id: string;
  member_id: string;
  reason: string;
  status: FlagStatus;
  created_at: Date;
  resolved_at: Date | null;
}

/** Where a page of the queue starts: after this flag, oldest first. */
export interface FlagCursor {
  /** UTC with microseconds (UTC_MICROS_SQL). */
  at: string;
  id: string;
}

const FLAG_COLUMNS = 'f.id, f.post_id, f.member_id, f.reason, f.status, f.created_at, f.resolved_at';

// Flags on posts of threads the viewer may see: the queue never shows what its moderator may not read.
const QUEUE = `FROM post_flag f JOIN post p ON p.id = f.post_id JOIN thread t ON t.id = p.thread_id
  WHERE f.status = CAST(:status AS flag_status)`;

/** The SQL of flags and the moderators' queue. */
@Injectable()
export class FlagsRepository {
  /** The new open flag, or null when the member has an open flag on the post already. */
  @SqlSnapshot({
    params: async (db) => {
      const { postId, memberId } = await snapshotPost(db);
      return [{ postId, memberId, reason: 'spam' }];
    },
  })
  async insertOpen(
    db: EntityManager,
    flag: { postId: string; memberId: string; reason: string },
  ): Promise<FlagRow | null> {
    const [row] = (await db.query(
      `INSERT INTO post_flag AS f (post_id, member_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (post_id, member_id) WHERE status = 'OPEN' DO NOTHING RETURNING ${FLAG_COLUMNS}`,
      [flag.postId, flag.memberId, flag.reason],
    )) as FlagRow[];
    return row ?? null;
  }

  @SqlSnapshot({
    params: [
      SNAPSHOT_VIEWER,
      { status: FlagStatus.OPEN, after: { at: '2026-01-02T03:04:05.678000Z', id: SNAPSHOT.flagId }, rows: 21 },
    ],
  })
  async queuePage(
    db: EntityManager,
    viewer: Viewer,
    page: { status: FlagStatus; after: FlagCursor | null; rows: number },
  ): Promise<(FlagRow & { cursor_at: string })[]> {
    const visible = threadVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT ${FLAG_COLUMNS}, ${UTC_MICROS_SQL('f.created_at')} AS cursor_at ${QUEUE} AND ${visible.sql}
           AND (CAST(:afterId AS uuid) IS NULL
             OR (f.created_at, f.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
         ORDER BY f.created_at, f.id LIMIT CAST(:rows AS int)`,
        {
          status: page.status,
          ...visible.params,
          afterAt: page.after?.at ?? null,
          afterId: page.after?.id ?? null,
          rows: page.rows,
        },
      ),
    )) as (FlagRow & { cursor_at: string })[];
  }

  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, FlagStatus.OPEN] })
  async queueCount(db: EntityManager, viewer: Viewer, status: FlagStatus): Promise<number> {
    const visible = threadVisibleTo(viewer);
    const [{ n }] = (await db.query(
      ...positional(db, `SELECT count(*)::int AS n ${QUEUE} AND ${visible.sql}`, { status, ...visible.params }),
    )) as { n: number }[];
    return n;
  }

  @SqlSnapshot({ params: [SNAPSHOT.flagId] })
  async postOf(db: EntityManager, flagId: string): Promise<string | null> {
    const [row] = (await db.query('SELECT post_id FROM post_flag WHERE id = $1', [flagId])) as { post_id: string }[];
    return row?.post_id ?? null;
  }

  /** Every flag on the post, locked in id order (one order for everyone, so settling flags never deadlocks). */
  @SqlSnapshot({ params: [SNAPSHOT.postId] })
  async lockOfPost(db: EntityManager, postId: string): Promise<FlagRow[]> {
    return (await db.query(`SELECT ${FLAG_COLUMNS} FROM post_flag f WHERE f.post_id = $1 ORDER BY f.id FOR UPDATE`, [
      postId,
    ])) as FlagRow[];
  }

  @SqlSnapshot({ params: [SNAPSHOT.flagId, { status: FlagStatus.DISMISSED, moderatorId: SNAPSHOT.memberId }] })
  async settle(
    db: EntityManager,
    flagId: string,
    decision: { status: FlagStatus; moderatorId: string },
  ): Promise<void> {
    await db.query('UPDATE post_flag SET status = $2, resolved_by_id = $3, resolved_at = now() WHERE id = $1', [
      flagId,
      decision.status,
      decision.moderatorId,
    ]);
  }

  @SqlSnapshot({ params: [SNAPSHOT.postId, { status: FlagStatus.POST_REMOVED, moderatorId: SNAPSHOT.memberId }] })
  async settleOpenOfPost(
    db: EntityManager,
    postId: string,
    decision: { status: FlagStatus; moderatorId: string },
  ): Promise<void> {
    await db.query(
      `UPDATE post_flag SET status = $2, resolved_by_id = $3, resolved_at = now() WHERE post_id = $1 AND status = 'OPEN'`,
      [postId, decision.status, decision.moderatorId],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT.flagId] })
  async byId(db: EntityManager, flagId: string): Promise<FlagRow | null> {
    const [row] = (await db.query(`SELECT ${FLAG_COLUMNS} FROM post_flag f WHERE f.id = $1`, [flagId])) as FlagRow[];
    return row ?? null;
  }
}
