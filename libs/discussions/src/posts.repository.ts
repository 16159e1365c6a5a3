import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import type { Viewer } from '@forum/identity';
import {
  POST_COLUMNS,
  reactionsColumn,
  type PostRow,
  type PostRowWithReactions,
  type ThreadVisibility,
} from './discussion.rows.js';
import { positional, rowsOf, threadVisibleTo } from './discussion.sql.js';
import { SNAPSHOT, SNAPSHOT_VIEWER, snapshotPost } from './testing/snapshot-rows.js';

/** A post with the columns of its thread that decide who may see it. */
export type VisiblePostRow = PostRow & ThreadVisibility;

export interface NewPost {
  threadId: string;
  parentId: string | null;
  path: string;
  depth: number;
  authorId: string;
  body: string;
  bodyHtml: string;
  clientMutationId: string | null;
}

export interface RevisionRow {
  id: string;
  post_id: string;
  body: string;
  written_at: Date;
  created_at: Date;
  replaced_by_id: string;
}

const VISIBLE_POST = `SELECT ${POST_COLUMNS}, t.visibility, t.office_id, t.shared_with_office_ids
  FROM post p JOIN thread t ON t.id = p.thread_id`;

/** The SQL of posts and their revisions; a post is visible when its thread is (the predicate is the thread's). */
@Injectable()
export class PostsRepository {
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT.postId] })
  async findVisible(db: EntityManager, viewer: Viewer, id: string): Promise<VisiblePostRow | null> {
    const visible = threadVisibleTo(viewer);
    const [row] = (await db.query(
      ...positional(db, `${VISIBLE_POST} WHERE p.id = :id AND ${visible.sql}`, { id, ...visible.params }),
    )) as VisiblePostRow[];
    return row ?? null;
  }

  /** As findVisible, and locks the post (not its thread) until the transaction ends. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT.postId] })
  async lockVisible(db: EntityManager, viewer: Viewer, id: string): Promise<VisiblePostRow | null> {
    const visible = threadVisibleTo(viewer);
    const [row] = (await db.query(
      ...positional(db, `${VISIBLE_POST} WHERE p.id = :id AND ${visible.sql} FOR NO KEY UPDATE OF p`, {
        id,
        ...visible.params,
      }),
    )) as VisiblePostRow[];
    return row ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [SNAPSHOT.postId, SNAPSHOT.otherId]] })
  async visibleByIds(db: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<PostRow[]> {
    const visible = threadVisibleTo(viewer);
    return (await db.query(
      ...positional(db, `${VISIBLE_POST} WHERE p.id = ANY(CAST(:ids AS uuid[])) AND ${visible.sql}`, {
        ids,
        ...visible.params,
      }),
    )) as PostRow[];
  }

  /**
   * Posts of a thread in reading order after `after` (a path), with their reaction counts for `memberId`: one range
   * scan of the (thread_id, path) index. The caller has checked that the viewer may see the thread.
   */
  @SqlSnapshot({ params: [SNAPSHOT.threadId, { after: '00000001', rows: 51, memberId: SNAPSHOT.memberId }] })
  async pageOfThread(
    db: EntityManager,
    threadId: string,
    page: { after: string | null; rows: number; memberId: string | null },
  ): Promise<PostRowWithReactions[]> {
    return (await db.query(
      `SELECT ${POST_COLUMNS}, ${reactionsColumn('$4')} FROM post p
       WHERE p.thread_id = $1 AND ($2::text IS NULL OR p.path > $2::text COLLATE "C")
       ORDER BY p.path COLLATE "C" LIMIT $3`,
      [threadId, page.after, page.rows, page.memberId],
    )) as PostRowWithReactions[];
  }

  @SqlSnapshot({ params: [SNAPSHOT.threadId] })
  async countInThread(db: EntityManager, threadId: string): Promise<number> {
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM post WHERE thread_id = $1', [threadId])) as {
      n: number;
    }[];
    return n;
  }

  @SqlSnapshot({ params: [SNAPSHOT.threadId] })
  async openingOf(db: EntityManager, threadId: string): Promise<Pick<PostRow, 'id' | 'path' | 'depth'>> {
    // The opening post's path is a prefix of every other path of its thread, so it is the first entry of the thread
    // in (thread_id, path): one index entry read, where `depth = 0` read every post of the thread (12 ms for a
    // thread of 2,400 posts; a filter on depth here makes the planner go back to that).
    const [opening] = (await db.query('SELECT id, path, depth FROM post WHERE thread_id = $1 ORDER BY path LIMIT 1', [
      threadId,
    ])) as PostRow[];
    return opening;
  }

  /** A post about to be answered, share-locked so that it cannot be deleted under the reply. */
  @SqlSnapshot({ params: [SNAPSHOT.postId] })
  async lockForReply(
    db: EntityManager,
    id: string,
  ): Promise<Pick<PostRow, 'id' | 'thread_id' | 'path' | 'depth' | 'deleted'> | null> {
    const [row] = (await db.query('SELECT id, thread_id, path, depth, deleted FROM post WHERE id = $1 FOR SHARE', [
      id,
    ])) as PostRow[];
    return row ?? null;
  }

  /**
   * The new post, or null when its author already used its clientMutationId. clock_timestamp(), not now(): the time
   * after the thread lock, so times follow the order of the posts.
   */
  @SqlSnapshot({
    params: async (db) => {
      const { threadId, postId, memberId } = await snapshotPost(db);
      return [
        {
          threadId,
          parentId: postId,
          path: '00000001.00000002',
          depth: 1,
          authorId: memberId,
          body: 'b',
          bodyHtml: '<p>b</p>',
          clientMutationId: 'reply-1',
        },
      ];
    },
  })
  async insert(db: EntityManager, post: NewPost): Promise<PostRow | null> {
    const [row] = (await db.query(
      `INSERT INTO post AS p (thread_id, parent_id, path, depth, author_id, body, body_html, client_mutation_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp())
       ON CONFLICT (author_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL DO NOTHING
       RETURNING ${POST_COLUMNS}`,
      [
        post.threadId,
        post.parentId,
        post.path,
        post.depth,
        post.authorId,
        post.body,
        post.bodyHtml,
        post.clientMutationId,
      ],
    )) as PostRow[];
    return row ?? null;
  }

  /** The opening post of a new thread, written at the thread's own time (now(): its transaction's start). */
  @SqlSnapshot({
    params: async (db) => {
      const { threadId, memberId } = await snapshotPost(db);
      return [{ threadId, path: '00000002', authorId: memberId, body: 'b', bodyHtml: '<p>b</p>' }];
    },
  })
  async insertOpening(
    db: EntityManager,
    post: { threadId: string; path: string; authorId: string; body: string; bodyHtml: string },
  ): Promise<string> {
    const [row] = (await db.query(
      `INSERT INTO post (thread_id, parent_id, path, depth, author_id, body, body_html)
       VALUES ($1, NULL, $2, 0, $3, $4, $5) RETURNING id`,
      [post.threadId, post.path, post.authorId, post.body, post.bodyHtml],
    )) as { id: string }[];
    return row.id;
  }

  @SqlSnapshot({ params: [SNAPSHOT.memberId, 'reply-1'] })
  async byClientMutationId(db: EntityManager, authorId: string, clientMutationId: string): Promise<PostRow | null> {
    const [row] = (await db.query(
      `SELECT ${POST_COLUMNS} FROM post p WHERE p.author_id = $1 AND p.client_mutation_id = $2`,
      [authorId, clientMutationId],
    )) as PostRow[];
    return row ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT.postId, { body: 'b', bodyHtml: '<p>b</p>' }] })
  async replaceBody(db: EntityManager, id: string, text: { body: string; bodyHtml: string }): Promise<PostRow> {
    const [row] = rowsOf<PostRow>(
      await db.query(
        `UPDATE post p SET body = $2, body_html = $3, edited_at = clock_timestamp() WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
        [id, text.body, text.bodyHtml],
      ),
    );
    return row;
  }

  /** Empties the post; it keeps its place in the tree. */
  @SqlSnapshot({ params: [SNAPSHOT.postId] })
  async markDeleted(db: EntityManager, id: string): Promise<PostRow> {
    const [row] = rowsOf<PostRow>(
      await db.query(
        `UPDATE post p SET deleted = true, body = '', body_html = '' WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
        [id],
      ),
    );
    return row;
  }

  @SqlSnapshot({
    params: async (db) => {
      const { postId, memberId } = await snapshotPost(db);
      return [{ postId, body: 'a', writtenAt: SNAPSHOT.at, replacedById: memberId }];
    },
  })
  async addRevision(
    db: EntityManager,
    revision: { postId: string; body: string; writtenAt: Date; replacedById: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO post_revision (post_id, body, written_at, replaced_by_id, created_at)
       VALUES ($1, $2, $3, $4, clock_timestamp())`,
      [revision.postId, revision.body, revision.writtenAt, revision.replacedById],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT.postId] })
  async deleteRevisions(db: EntityManager, postId: string): Promise<void> {
    await db.query('DELETE FROM post_revision WHERE post_id = $1', [postId]);
  }

  /** The earlier texts of these posts, oldest first. */
  @SqlSnapshot({ params: [[SNAPSHOT.postId, SNAPSHOT.otherId]] })
  async revisionsOf(db: EntityManager, postIds: readonly string[]): Promise<RevisionRow[]> {
    return (await db.query(
      `SELECT id, post_id, body, written_at, created_at, replaced_by_id FROM post_revision
       WHERE post_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [postIds],
    )) as RevisionRow[];
  }
}
