import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  decodeCursor,
  forbidden,
  notFound,
  pageSize,
  toConnection,
  type Connection,
} from '@forum/graphql';
import { canView, Role, signedInViewer, type Viewer } from '@forum/identity';
import {
  POST_COLUMNS,
  reactionsColumn,
  returning,
  toPostModel,
  visibleItemOf,
  type PostRow,
  type PostRowWithReactions,
  type ThreadRow,
  type ThreadVisibility,
} from './discussion.rows.js';
import { checkBody, checkClientMutationId, childPath, isUuid, MAX_DEPTH } from './discussion.rules.js';
import type { ReplyInput } from './dto/discussion.inputs.js';
import type { PostModel, ReactionCountModel } from './dto/post.model.js';
import type { ThreadModel } from './dto/thread.model.js';
import { renderMarkdown } from './markdown.js';
import { MentionsService } from './mentions.service.js';
import { ThreadsService } from './threads.service.js';

export const isModerator = (viewer: Viewer): boolean => viewer?.role === Role.MODERATOR || viewer?.role === Role.ADMIN;

type PostCursor = { path: string };
const isPostCursor = (v: unknown): v is PostCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as PostCursor).path === 'string' &&
  /^\d{8}(\.\d{8})*$/.test((v as PostCursor).path);

// Thrown inside a transaction to undo it when a retry turns out to be a duplicate.
class DuplicateRetry extends Error {}

/** Posts: replies anywhere in the tree, edits with revisions, deletion that keeps the post's place. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly mentions: MentionsService,
  ) {}

  async reply(viewer: Viewer, input: ReplyInput): Promise<PostModel> {
    const author = signedInViewer(viewer);
    const body = checkBody(input.body);
    const clientMutationId = checkClientMutationId(input.clientMutationId);
    if (clientMutationId) {
      const first = await this.byClientMutationId(author.memberId, clientMutationId);
      if (first) return first;
    }
    try {
      return await this.dataSource.transaction(async (tx) => {
        // The thread row lock orders concurrent replies: sequence numbers, counters and retries stay exact.
        const thread = await this.threads.visibleThread(author, input.threadId, tx, true);
        if (thread.locked && !isModerator(author)) throw forbidden('The thread is locked');
        const parent = await this.parentOf(tx, thread, input.parentPostId);
        if (parent.depth + 1 > MAX_DEPTH)
          throw badInput(`Replies nest at most ${MAX_DEPTH} levels deep: answer a post higher up`, {
            field: 'parentPostId',
          });
        const sequence = thread.last_post_sequence + 1;
        // clock_timestamp(), not now(): the time after the thread lock, so times follow the order of the posts.
        const [post] = (await tx.query(
          `INSERT INTO post AS p (thread_id, parent_id, path, depth, author_id, body, body_html, client_mutation_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp())
           ON CONFLICT (author_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL DO NOTHING
           RETURNING ${POST_COLUMNS}`,
          [
            thread.id,
            parent.id,
            childPath(parent.path, sequence),
            parent.depth + 1,
            author.memberId,
            body,
            renderMarkdown(body),
            clientMutationId,
          ],
        )) as PostRow[];
        if (!post) throw new DuplicateRetry();
        await tx.query(
          'UPDATE thread SET last_post_sequence = $2, post_count = post_count + 1, last_activity_at = GREATEST(last_activity_at, $3) WHERE id = $1',
          [thread.id, sequence, post.created_at],
        );
        await tx.query('UPDATE post SET reply_count = reply_count + 1 WHERE id = $1', [parent.id]);
        await this.mentions.record(tx, post.id, body, thread);
        return toPostModel(post);
      });
    } catch (error) {
      if (!(error instanceof DuplicateRetry)) throw error;
      return (await this.byClientMutationId(author.memberId, clientMutationId!))!;
    }
  }

  async edit(viewer: Viewer, postId: string, newBody: string): Promise<PostModel> {
    const editor = signedInViewer(viewer);
    const body = checkBody(newBody);
    return this.dataSource.transaction(async (tx) => {
      const post = await this.changeablePost(tx, editor, postId);
      await tx.query(
        'INSERT INTO post_revision (post_id, body, written_at, replaced_by_id, created_at) VALUES ($1, $2, $3, $4, clock_timestamp())',
        [post.id, post.body, post.edited_at ?? post.created_at, editor.memberId],
      );
      const [updated] = await returning<PostRow>(
        tx,
        `UPDATE post p SET body = $2, body_html = $3, edited_at = clock_timestamp() WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
        [post.id, body, renderMarkdown(body)],
      );
      await this.mentions.record(tx, post.id, body, post.thread);
      return toPostModel(updated);
    });
  }

  /** Keeps the post's place in the tree; its text, earlier texts and mentions are gone. */
  async delete(viewer: Viewer, postId: string, manager?: EntityManager): Promise<PostModel> {
    const deleter = signedInViewer(viewer);
    const work = async (tx: EntityManager) => {
      const post = await this.changeablePost(tx, deleter, postId);
      await tx.query('DELETE FROM post_revision WHERE post_id = $1', [post.id]);
      await tx.query('DELETE FROM post_mention WHERE post_id = $1', [post.id]);
      const [deleted] = await returning<PostRow>(
        tx,
        `UPDATE post p SET deleted = true, body = '', body_html = '' WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
        [post.id],
      );
      return toPostModel(deleted);
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /** A page of a thread's posts in reading order, with their reaction counts, in one statement. */
  async page(viewer: Viewer, thread: ThreadModel, args: { first?: number | null; after?: string | null }) {
    // Callers pass a thread they loaded for this viewer; checked again (no query) so no caller can skip it.
    if (!canView(viewer, thread)) throw notFound('Thread not found');
    const threadId = thread.id;
    const limit = pageSize(args.first, 50);
    const after = args.after ? decodeCursor(args.after, isPostCursor).path : null;
    const rows = (await this.dataSource.query(
      `SELECT ${POST_COLUMNS}, ${reactionsColumn('$4')} FROM post p
       WHERE p.thread_id = $1 AND ($2::text IS NULL OR p.path > $2::text COLLATE "C")
       ORDER BY p.path COLLATE "C" LIMIT $3`,
      [threadId, after, limit + 1, viewer?.memberId ?? null],
    )) as PostRowWithReactions[];
    const count = async () =>
      Number(
        (
          (await this.dataSource.query('SELECT count(*)::int AS n FROM post WHERE thread_id = $1', [threadId])) as {
            n: number;
          }[]
        )[0].n,
      );
    const connection: Connection<PostModel> = toConnection(
      rows,
      limit,
      toPostModel,
      (row) => ({ path: row.path }),
      count,
    );
    const reactions = new Map<string, ReactionCountModel[]>(rows.map((row) => [row.id, row.reactions]));
    return { connection, reactions };
  }

  /** A post the viewer may see, with its thread; NOT_FOUND otherwise. */
  async visiblePost(
    viewer: Viewer,
    postId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<PostRow & { thread: ThreadVisibility }> {
    if (!isUuid(postId)) throw notFound('Post not found');
    const [row] = (await manager.query(
      `SELECT ${POST_COLUMNS}, t.visibility, t.office_id, t.shared_with_office_ids FROM post p JOIN thread t ON t.id = p.thread_id
       WHERE p.id = $1${lock ? ' FOR NO KEY UPDATE OF p' : ''}`,
      [postId],
    )) as (PostRow & ThreadVisibility)[];
    if (!row || !canView(viewer, visibleItemOf(row))) throw notFound('Post not found');
    return {
      ...row,
      thread: {
        visibility: row.visibility,
        office_id: row.office_id,
        shared_with_office_ids: row.shared_with_office_ids,
      },
    };
  }

  private async changeablePost(
    tx: EntityManager,
    viewer: NonNullable<Viewer>,
    postId: string,
  ): Promise<PostRow & { thread: ThreadVisibility }> {
    const post = await this.visiblePost(viewer, postId, tx, true);
    if (post.author_id !== viewer.memberId && !isModerator(viewer))
      throw forbidden('Only the author or a moderator may change this post');
    if (post.deleted) throw conflict('The post is deleted');
    return post;
  }

  private async parentOf(
    tx: EntityManager,
    thread: ThreadRow,
    parentPostId: string | null | undefined,
  ): Promise<Pick<PostRow, 'id' | 'path' | 'depth'>> {
    if (parentPostId === null || parentPostId === undefined) {
      const [opening] = (await tx.query('SELECT id, path, depth FROM post WHERE thread_id = $1 AND depth = 0', [
        thread.id,
      ])) as PostRow[];
      return opening;
    }
    const [parent] = isUuid(parentPostId)
      ? ((await tx.query('SELECT id, thread_id, path, depth, deleted FROM post WHERE id = $1 FOR SHARE', [
          parentPostId,
        ])) as PostRow[])
      : [];
    if (!parent || parent.thread_id !== thread.id)
      throw badInput('parentPostId is not a post of this thread', { field: 'parentPostId' });
    if (parent.deleted) throw badInput('A deleted post takes no replies', { field: 'parentPostId' });
    return parent;
  }

  private async byClientMutationId(authorId: string, clientMutationId: string): Promise<PostModel | null> {
    const [row] = (await this.dataSource.query(
      `SELECT ${POST_COLUMNS} FROM post p WHERE p.author_id = $1 AND p.client_mutation_id = $2`,
      [authorId, clientMutationId],
    )) as PostRow[];
    return row ? toPostModel(row) : null;
  }
}
