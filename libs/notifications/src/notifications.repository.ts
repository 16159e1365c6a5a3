import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { SNAPSHOT, snapshotThread } from './testing/snapshot-rows.js';

export interface NotificationRow {
  id: string;
  member_id: string;
  thread_id: string;
  post_id: string | null;
  reason: string;
  created_at: Date;
  read_at: Date | null;
  /** How many notifications the row stands for (grouped by thread), 1 otherwise. */
  group_count: number;
}

/** What one fan-out stores: one notification per recipient of one event. */
export interface NewNotifications {
  eventId: string;
  threadId: string;
  postId: string | null;
  recipients: readonly { memberId: string; reason: string }[];
}

export interface InboxPage {
  memberId: string;
  unreadOnly: boolean;
  groupByThread: boolean;
  /** [created_at as ISO, id] of the last row of the previous page. */
  after: [string, string] | null;
  /** Rows to fetch (page size + 1). */
  rows: number;
  /** Threads the member may no longer see: their notifications are left out. */
  hiddenThreadIds: readonly string[];
}

/** What to mark read; `ids` and `threadIds` together, or everything with `all`. */
export interface ReadMark {
  ids: readonly string[];
  threadIds: readonly string[];
  all: boolean;
}

const COLUMNS = 'id, member_id, thread_id, post_id, reason, created_at, read_at';

/** Every statement on notification. */
@Injectable()
export class NotificationsRepository {
  /**
   * One set-based insert for every recipient. A redelivered event inserts nothing: (event, member) is unique.
   * Returns the notifications made now (none on a redelivery). Times are kept to the millisecond (cursors).
   */
  @SqlSnapshot({
    params: async (db) => {
      const row = await snapshotThread(db);
      return [
        {
          eventId: row.eventId,
          threadId: row.threadId,
          postId: row.postId,
          recipients: [{ memberId: row.memberId, reason: 'WATCHING' }],
        },
      ];
    },
  })
  async insertMany(db: EntityManager, made: NewNotifications): Promise<NotificationRow[]> {
    return (await db.query(
      `INSERT INTO notification (member_id, event_id, thread_id, post_id, reason, created_at)
       SELECT r.member_id, $1, $2, $3, r.reason, date_trunc('milliseconds', now())
       FROM unnest($4::uuid[], $5::text[]) AS r(member_id, reason)
       ON CONFLICT (event_id, member_id) DO NOTHING
       RETURNING ${COLUMNS}, 1 AS group_count`,
      [
        made.eventId,
        made.threadId,
        made.postId,
        made.recipients.map((recipient) => recipient.memberId),
        made.recipients.map((recipient) => recipient.reason),
      ],
    )) as NotificationRow[];
  }

  /** A page of the inbox, newest first; grouped, one row per thread (its newest notification) with the group's size. */
  @SqlSnapshot({
    params: [
      {
        memberId: SNAPSHOT.memberId,
        unreadOnly: true,
        groupByThread: true,
        after: [SNAPSHOT.at.toISOString(), SNAPSHOT.notificationId],
        rows: 21,
        hiddenThreadIds: [SNAPSHOT.threadId],
      },
    ],
  })
  async page(db: EntityManager, page: InboxPage): Promise<NotificationRow[]> {
    const mine = `member_id = $1 AND (NOT $2 OR read_at IS NULL) AND NOT thread_id = ANY($6::uuid[])`;
    const grouped = page.groupByThread
      ? `SELECT DISTINCT ON (thread_id) ${COLUMNS}, count(*) OVER (PARTITION BY thread_id)::int AS group_count
         FROM notification WHERE ${mine}
         ORDER BY thread_id, created_at DESC, id DESC`
      : `SELECT ${COLUMNS}, 1 AS group_count FROM notification WHERE ${mine}`;
    return (await db.query(
      `SELECT * FROM (${grouped}) n
       WHERE $3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid)
       ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
      [
        page.memberId,
        page.unreadOnly,
        page.after?.[0] ?? null,
        page.after?.[1] ?? null,
        page.rows,
        [...page.hiddenThreadIds],
      ],
    )) as NotificationRow[];
  }

  /**
   * How many notifications (or threads, grouped) the inbox holds, and how many of them are unread, leaving out the
   * threads the member may no longer see.
   */
  @SqlSnapshot({ params: [SNAPSHOT.memberId, { unreadOnly: false, groupByThread: true, hiddenThreadIds: [] }] })
  async counts(
    db: EntityManager,
    memberId: string,
    options: { unreadOnly: boolean; groupByThread: boolean; hiddenThreadIds: readonly string[] },
  ): Promise<{ total: number; unread: number }> {
    const [row] = (await db.query(
      `SELECT CASE WHEN $3 THEN count(DISTINCT thread_id) FILTER (WHERE NOT $2 OR read_at IS NULL)
                   ELSE count(*) FILTER (WHERE NOT $2 OR read_at IS NULL) END::int AS total,
              count(*) FILTER (WHERE read_at IS NULL)::int AS unread
       FROM notification WHERE member_id = $1 AND NOT thread_id = ANY($4::uuid[])`,
      [memberId, options.unreadOnly, options.groupByThread, [...options.hiddenThreadIds]],
    )) as { total: number; unread: number }[];
    return row;
  }

  /** The threads the member's notifications are about (each once): whose visibility the inbox checks. */
  @SqlSnapshot({ params: [SNAPSHOT.memberId] })
  async threadIdsOf(db: EntityManager, memberId: string): Promise<string[]> {
    const rows = (await db.query('SELECT DISTINCT thread_id FROM notification WHERE member_id = $1', [memberId])) as {
      thread_id: string;
    }[];
    return rows.map((row) => row.thread_id);
  }

  /** Marks the member's unread notifications read; returns how many changed. */
  @SqlSnapshot({
    params: [SNAPSHOT.memberId, { ids: [SNAPSHOT.notificationId], threadIds: [SNAPSHOT.threadId], all: false }],
  })
  async markRead(db: EntityManager, memberId: string, mark: ReadMark): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, marked] = (await db.query(
      `UPDATE notification SET read_at = now()
       WHERE member_id = $1 AND read_at IS NULL AND ($2 OR id = ANY($3::uuid[]) OR thread_id = ANY($4::uuid[]))`,
      [memberId, mark.all, [...mark.ids], [...mark.threadIds]],
    )) as [unknown[], number];
    return marked;
  }
}
