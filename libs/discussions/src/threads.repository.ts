import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { Language } from '@forum/graphql';
import { Visibility, type Viewer } from '@forum/identity';
import { THREAD_COLUMNS, type ThreadRow } from './discussion.rows.js';
import { UTC_MICROS_SQL } from './discussion.rules.js';
import { positional, rowsOf, threadVisibleTo } from './discussion.sql.js';
import { SNAPSHOT, SNAPSHOT_VIEWER, snapshotPost } from './testing/snapshot-rows.js';
import { ThreadKind } from './thread-kind.js';

export interface NewThread {
  spaceId: string;
  title: string;
  kind: ThreadKind;
  authorId: string;
  officeId: string;
  visibility: Visibility;
  sharedWithOfficeIds: string[];
  language: Language;
  tags: string[];
  clientMutationId: string | null;
}

/** Where a listing starts: after this thread, in the order pinned first, newest activity first. */
export interface ThreadCursor {
  pinned: boolean;
  /** UTC with microseconds (UTC_MICROS_SQL). */
  at: string;
  id: string;
}

/** A checked listing of threads: the same for every space it is asked for. */
export interface ThreadListing {
  limit: number;
  after: ThreadCursor | null;
  kind: ThreadKind | null;
  tag: string | null;
  officeId: string | null;
}

/** The filters of a listing alone: what its count depends on. */
export type ThreadFilterChecked = Pick<ThreadListing, 'kind' | 'tag' | 'officeId'>;

export type ListedThreadRow = ThreadRow & { cursor_at: string };

// The filters of a listing, each off when its parameter is NULL (PostgreSQL folds those away when it plans).
const LISTING_FILTERS = `(CAST(:kind AS thread_kind) IS NULL OR t.kind = CAST(:kind AS thread_kind))
  AND (CAST(:tag AS text) IS NULL OR t.tags @> ARRAY[CAST(:tag AS text)])
  AND (CAST(:officeId AS uuid) IS NULL OR t.office_id = CAST(:officeId AS uuid))`;

const listingParams = (listing: ThreadFilterChecked) => ({
  kind: listing.kind,
  tag: listing.tag,
  officeId: listing.officeId,
});

/** The SQL of threads: every read carries the visibility predicate, so a thread a viewer may not see is no row. */
@Injectable()
export class ThreadsRepository {
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT.threadId] })
  async findVisible(db: EntityManager, viewer: Viewer, id: string): Promise<ThreadRow | null> {
    const visible = threadVisibleTo(viewer);
    const [row] = (await db.query(
      ...positional(db, `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = :id AND ${visible.sql}`, {
        id,
        ...visible.params,
      }),
    )) as ThreadRow[];
    return row ?? null;
  }

  /** As findVisible, and locks the row until the transaction ends: replies and moderation on one thread queue here. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT.threadId] })
  async lockVisible(db: EntityManager, viewer: Viewer, id: string): Promise<ThreadRow | null> {
    const visible = threadVisibleTo(viewer);
    const [row] = (await db.query(
      ...positional(
        db,
        `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = :id AND ${visible.sql} FOR NO KEY UPDATE`,
        { id, ...visible.params },
      ),
    )) as ThreadRow[];
    return row ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [SNAPSHOT.threadId, SNAPSHOT.otherId]] })
  async visibleByIds(db: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<ThreadRow[]> {
    const visible = threadVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = ANY(CAST(:ids AS uuid[])) AND ${visible.sql}`,
        {
          ids,
          ...visible.params,
        },
      ),
    )) as ThreadRow[];
  }

  /** The new thread, or null when its author already used its clientMutationId. */
  @SqlSnapshot({
    params: async (db) => {
      const { spaceId, memberId, officeId } = await snapshotPost(db);
      return [
        {
          spaceId,
          title: 'Snapshot',
          kind: ThreadKind.DISCUSSION,
          authorId: memberId,
          officeId,
          visibility: Visibility.OFFICES,
          sharedWithOfficeIds: [],
          language: Language.EN,
          tags: ['cloud'],
          clientMutationId: 'start-1',
        },
      ];
    },
  })
  async insert(db: EntityManager, thread: NewThread): Promise<ThreadRow | null> {
    const [row] = (await db.query(
      `INSERT INTO thread AS t (space_id, title, kind, author_id, office_id, visibility, shared_with_office_ids, language, tags,
         post_count, last_post_sequence, client_mutation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8, $9::text[], 1, 1, $10)
       ON CONFLICT (author_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL DO NOTHING
       RETURNING ${THREAD_COLUMNS}`,
      [
        thread.spaceId,
        thread.title,
        thread.kind,
        thread.authorId,
        thread.officeId,
        thread.visibility,
        thread.sharedWithOfficeIds,
        thread.language,
        thread.tags,
        thread.clientMutationId,
      ],
    )) as ThreadRow[];
    return row ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT.memberId, 'start-1'] })
  async byClientMutationId(db: EntityManager, authorId: string, clientMutationId: string): Promise<ThreadRow | null> {
    const [row] = (await db.query(
      `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.author_id = $1 AND t.client_mutation_id = $2`,
      [authorId, clientMutationId],
    )) as ThreadRow[];
    return row ?? null;
  }

  /**
   * A reply took sequence number `sequence` at `at` under `parentId`: the thread's counters and the parent's reply
   * count follow, in the reply's transaction, in one statement (one round trip less while the thread is locked).
   */
  @SqlSnapshot({ params: [SNAPSHOT.threadId, { sequence: 2, at: SNAPSHOT.at, parentId: SNAPSHOT.postId }] })
  async recordReply(
    db: EntityManager,
    threadId: string,
    reply: { sequence: number; at: Date; parentId: string },
  ): Promise<void> {
    await db.query(
      `WITH parent AS (UPDATE post SET reply_count = reply_count + 1 WHERE id = $4)
       UPDATE thread SET last_post_sequence = $2, post_count = post_count + 1, last_activity_at = GREATEST(last_activity_at, $3)
       WHERE id = $1`,
      [threadId, reply.sequence, reply.at, reply.parentId],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT.threadId, { locked: true, pinned: false, spaceId: SNAPSHOT.spaceId }] })
  async setState(
    db: EntityManager,
    threadId: string,
    state: { locked: boolean; pinned: boolean; spaceId: string },
  ): Promise<ThreadRow> {
    const [row] = rowsOf<ThreadRow>(
      await db.query(
        `UPDATE thread t SET locked = $2, pinned = $3, space_id = $4 WHERE t.id = $1 RETURNING ${THREAD_COLUMNS}`,
        [threadId, state.locked, state.pinned, state.spaceId],
      ),
    );
    return row;
  }

  /**
   * Per space, how many threads the viewer may see and the offices that shared them: the threads part of a
   * recommendation's coverage, one statement for any number of spaces.
   */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [SNAPSHOT.spaceId]] })
  async sharersInSpaces(
    db: EntityManager,
    viewer: Viewer,
    spaceIds: readonly string[],
  ): Promise<{ space_id: string; threads: number; office_ids: string[] }[]> {
    const visible = threadVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT t.space_id, count(*)::int AS threads, array_agg(DISTINCT t.office_id) AS office_ids FROM thread t
         WHERE t.space_id = ANY(CAST(:spaceIds AS uuid[])) AND ${visible.sql}
         GROUP BY t.space_id`,
        { spaceIds, ...visible.params },
      ),
    )) as { space_id: string; threads: number; office_ids: string[] }[];
  }

  /** Who may see the thread from now on (and so everything under it): its visibility and shared-with offices. */
  @SqlSnapshot({
    params: async (db) => [
      (await snapshotPost(db)).threadId,
      { visibility: Visibility.OFFICES, sharedWithOfficeIds: [SNAPSHOT.otherId] },
    ],
  })
  async setVisibility(
    db: EntityManager,
    threadId: string,
    audience: { visibility: Visibility; sharedWithOfficeIds: string[] },
  ): Promise<ThreadRow> {
    const [row] = rowsOf<ThreadRow>(
      await db.query(
        `UPDATE thread t SET visibility = $2, shared_with_office_ids = $3 WHERE t.id = $1 RETURNING ${THREAD_COLUMNS}`,
        [threadId, audience.visibility, audience.sharedWithOfficeIds],
      ),
    );
    return row;
  }

  /**
   * A page of each space's threads the viewer may see, pinned first, newest activity first: one statement for any
   * number of spaces (one index range scan per space), in the order of `spaceIds`.
   */
  @SqlSnapshot({
    params: [
      SNAPSHOT_VIEWER,
      [SNAPSHOT.spaceId],
      {
        limit: 20,
        after: { pinned: false, at: '2026-01-02T03:04:05.678000Z', id: SNAPSHOT.otherId },
        kind: ThreadKind.DISCUSSION,
        tag: 'cloud',
        officeId: SNAPSHOT.officeId,
      },
    ],
  })
  async pagesInSpaces(
    db: EntityManager,
    viewer: Viewer,
    spaceIds: readonly string[],
    listing: ThreadListing,
  ): Promise<ListedThreadRow[]> {
    const visible = threadVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT page.* FROM unnest(CAST(:spaceIds AS uuid[])) WITH ORDINALITY AS s(id, position)
         CROSS JOIN LATERAL (
           SELECT ${THREAD_COLUMNS}, ${UTC_MICROS_SQL('t.last_activity_at')} AS cursor_at FROM thread t
           WHERE t.space_id = s.id AND ${visible.sql} AND ${LISTING_FILTERS}
             AND (CAST(:afterId AS uuid) IS NULL
               OR (t.pinned, t.last_activity_at, t.id) < (CAST(:afterPinned AS boolean), CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
           ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC
           LIMIT CAST(:rows AS int)
         ) page
         ORDER BY s.position, page.pinned DESC, page.last_activity_at DESC, page.id DESC`,
        {
          spaceIds,
          ...visible.params,
          ...listingParams(listing),
          afterPinned: listing.after?.pinned ?? null,
          afterAt: listing.after?.at ?? null,
          afterId: listing.after?.id ?? null,
          // One more than the page: it says whether a next page exists.
          rows: listing.limit + 1,
        },
      ),
    )) as ListedThreadRow[];
  }

  /** How many threads of each space the filter matches, for the viewer: one statement. */
  @SqlSnapshot({
    params: [
      SNAPSHOT_VIEWER,
      [SNAPSHOT.spaceId],
      {
        limit: 20,
        after: { pinned: false, at: '2026-01-02T03:04:05.678000Z', id: SNAPSHOT.otherId },
        kind: ThreadKind.DISCUSSION,
        tag: 'cloud',
        officeId: SNAPSHOT.officeId,
      },
    ],
  })
  async countsInSpaces(
    db: EntityManager,
    viewer: Viewer,
    spaceIds: readonly string[],
    filter: ThreadFilterChecked,
  ): Promise<Map<string, number>> {
    const visible = threadVisibleTo(viewer);
    const rows = (await db.query(
      ...positional(
        db,
        `SELECT t.space_id, count(*)::int AS n FROM thread t
         WHERE t.space_id = ANY(CAST(:spaceIds AS uuid[])) AND ${visible.sql} AND ${LISTING_FILTERS}
         GROUP BY t.space_id`,
        { spaceIds, ...visible.params, ...listingParams(filter) },
      ),
    )) as { space_id: string; n: number }[];
    return new Map(rows.map((row) => [row.space_id, row.n]));
  }
}
