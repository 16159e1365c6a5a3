import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { SNAPSHOT, snapshotThread } from './testing/snapshot-rows.js';
import { WatchLevel } from './watch-level.js';

/** Exactly one target of a subscription (ids already resolved). */
export type SubscriptionTarget =
  | { kind: 'space'; spaceId: string }
  | { kind: 'thread'; threadId: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'office'; officeId: string };

export interface SubscriptionRow {
  id: string;
  member_id: string;
  level: WatchLevel;
  space_id: string | null;
  thread_id: string | null;
  tag: string | null;
  office_id: string | null;
}

/** Where a thread is: what subscriptions can name it. */
export interface ThreadPlace {
  threadId: string;
  spaceId: string;
  tags: readonly string[];
  officeId: string;
}

const COLUMNS = 'id, member_id, level, space_id, thread_id, tag, office_id';
// The column of each target kind: from code, never from input.
const TARGET_COLUMN = { space: 'space_id', thread: 'thread_id', tag: 'tag', office: 'office_id' } as const;
const targetValue = (target: SubscriptionTarget): string =>
  target.kind === 'space'
    ? target.spaceId
    : target.kind === 'thread'
      ? target.threadId
      : target.kind === 'tag'
        ? target.tag
        : target.officeId;

/** Every statement on topic_subscription. */
@Injectable()
export class SubscriptionsRepository {
  /** Subscribes, or changes the level of the member's subscription to the same target. */
  @SqlSnapshot({
    params: async (db) => [
      (await snapshotThread(db)).memberId,
      { kind: 'space', spaceId: SNAPSHOT.spaceId },
      WatchLevel.WATCHING,
    ],
  })
  async upsert(
    db: EntityManager,
    memberId: string,
    target: SubscriptionTarget,
    level: WatchLevel,
  ): Promise<SubscriptionRow> {
    const column = TARGET_COLUMN[target.kind];
    const [row] = (await db.query(
      `INSERT INTO topic_subscription (member_id, level, ${column}) VALUES ($1, $2, $3)
       ON CONFLICT (member_id, ${column}) WHERE ${column} IS NOT NULL DO UPDATE SET level = EXCLUDED.level
       RETURNING ${COLUMNS}`,
      [memberId, level, targetValue(target)],
    )) as SubscriptionRow[];
    return row;
  }

  /** Authors watch their own threads: a WATCHING subscription unless the member already chose a level for it. */
  @SqlSnapshot({ params: async (db) => [(await snapshotThread(db)).memberId, SNAPSHOT.threadId] })
  async watchUnlessChosen(db: EntityManager, memberId: string, threadId: string): Promise<void> {
    await db.query(
      `INSERT INTO topic_subscription (member_id, level, thread_id) VALUES ($1, 'WATCHING', $2)
       ON CONFLICT (member_id, thread_id) WHERE thread_id IS NOT NULL DO NOTHING`,
      [memberId, threadId],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT.memberId] })
  async ofMember(db: EntityManager, memberId: string): Promise<SubscriptionRow[]> {
    return (await db.query(`SELECT ${COLUMNS} FROM topic_subscription WHERE member_id = $1 ORDER BY created_at, id`, [
      memberId,
    ])) as SubscriptionRow[];
  }

  /** True when the member had that subscription. */
  @SqlSnapshot({ params: [SNAPSHOT.memberId, SNAPSHOT.notificationId] })
  async delete(db: EntityManager, memberId: string, id: string): Promise<boolean> {
    // TypeORM answers an UPDATE or DELETE with [rows, affected].
    const [, deleted] = (await db.query('DELETE FROM topic_subscription WHERE id = $1 AND member_id = $2', [
      id,
      memberId,
    ])) as [unknown[], number];
    return deleted > 0;
  }

  /**
   * Each subscribed member's level for a thread: its most specific subscription decides (thread, then tag, then
   * space, then office); among several tags of the thread, MUTED wins over WATCHING over TRACKING.
   */
  @SqlSnapshot({
    params: [{ threadId: SNAPSHOT.threadId, spaceId: SNAPSHOT.spaceId, tags: ['search'], officeId: SNAPSHOT.officeId }],
  })
  async levelsFor(db: EntityManager, place: ThreadPlace): Promise<{ member_id: string; level: WatchLevel }[]> {
    return (await db.query(
      `SELECT DISTINCT ON (member_id) member_id, level FROM topic_subscription
       WHERE thread_id = $1 OR space_id = $2 OR tag = ANY($3::text[]) OR office_id = $4
       ORDER BY member_id,
         CASE WHEN thread_id IS NOT NULL THEN 0 WHEN tag IS NOT NULL THEN 1 WHEN space_id IS NOT NULL THEN 2 ELSE 3 END,
         CASE level WHEN 'MUTED' THEN 0 WHEN 'WATCHING' THEN 1 ELSE 2 END`,
      [place.threadId, place.spaceId, [...place.tags], place.officeId],
    )) as { member_id: string; level: WatchLevel }[];
  }

  /** The subscription that decides one member's level for a thread (the most specific, as levelsFor), if any. */
  @SqlSnapshot({
    params: [
      SNAPSHOT.memberId,
      { threadId: SNAPSHOT.threadId, spaceId: SNAPSHOT.spaceId, tags: ['search'], officeId: SNAPSHOT.officeId },
    ],
  })
  async decidingFor(
    db: EntityManager,
    memberId: string,
    place: ThreadPlace,
  ): Promise<{ id: string; level: WatchLevel } | null> {
    const [row] = (await db.query(
      `SELECT id, level FROM topic_subscription
       WHERE member_id = $1 AND (thread_id = $2 OR space_id = $3 OR tag = ANY($4::text[]) OR office_id = $5)
       ORDER BY
         CASE WHEN thread_id IS NOT NULL THEN 0 WHEN tag IS NOT NULL THEN 1 WHEN space_id IS NOT NULL THEN 2 ELSE 3 END,
         CASE level WHEN 'MUTED' THEN 0 WHEN 'WATCHING' THEN 1 ELSE 2 END
       LIMIT 1`,
      [memberId, place.threadId, place.spaceId, [...place.tags], place.officeId],
    )) as { id: string; level: WatchLevel }[];
    return row ?? null;
  }
}
