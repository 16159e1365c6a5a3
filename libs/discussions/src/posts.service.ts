import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, isUuid } from '@forum/core';
import { pageSize, toConnection, type Connection } from '@forum/graphql';
import { EventPublisher } from '@forum/events';
import {
  AuditKind,
  AuditService,
  canChangePost,
  canReplyWhenLocked,
  canView,
  signedInViewer,
  type Viewer,
} from '@forum/identity';
import { toPostModel, type PostRow, type ThreadRow, type ThreadVisibility } from './discussion.rows.js';
import { checkBody, checkClientMutationId, childPath, MAX_DEPTH } from './discussion.rules.js';
import {
  notAuthor,
  parentDeleted,
  parentNotInThread,
  postDeleted,
  postNotFound,
  replyTooDeep,
  threadLocked,
  threadNotFound,
} from './discussions.errors.js';
import { contentVisibility } from './discussions.events.js';
import type { ReplyInput } from './dto/discussion.inputs.js';
import type { PostModel, ReactionCountModel } from './dto/post.model.js';
import type { ThreadModel } from './dto/thread.model.js';
import { renderMarkdown } from './markdown.js';
import { MentionsService } from './mentions.service.js';
import { PostAttachments } from './post-attachments.js';
import { PostsRepository, type VisiblePostRow } from './posts.repository.js';
import { ThreadsRepository } from './threads.repository.js';
import { ThreadsService } from './threads.service.js';

type PostCursor = { path: string };
const isPostCursor = (v: unknown): v is PostCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as PostCursor).path === 'string' &&
  /^\d{8}(\.\d{8})*$/.test((v as PostCursor).path);

// Thrown inside a transaction to undo it when a retry turns out to be a duplicate.
class DuplicateRetry extends Error {}

/** A post the viewer may see, with the columns of its thread that decide who else may. */
export type VisiblePost = PostRow & { thread: ThreadVisibility };

/** Posts: replies anywhere in the tree, edits with revisions, deletion that keeps the post's place. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsRepository,
    private readonly threadRows: ThreadsRepository,
    private readonly threads: ThreadsService,
    private readonly mentions: MentionsService,
    private readonly events: EventPublisher,
    private readonly audit: AuditService,
    private readonly attachments: PostAttachments,
  ) {}

  async reply(viewer: Viewer, input: ReplyInput): Promise<PostModel> {
    const author = signedInViewer(viewer);
    const body = checkBody(input.body);
    const clientMutationId = checkClientMutationId(input.clientMutationId);
    if (clientMutationId) {
      const first = await this.posts.byClientMutationId(this.dataSource.manager, author.memberId, clientMutationId);
      if (first) return toPostModel(first);
    }
    try {
      return await this.dataSource.transaction((tx) => this.insertReply(tx, author, input, { body, clientMutationId }));
    } catch (error) {
      if (!(error instanceof DuplicateRetry) || !clientMutationId) throw error;
      const first = await this.posts.byClientMutationId(this.dataSource.manager, author.memberId, clientMutationId);
      if (!first) throw error;
      return toPostModel(first);
    }
  }

  /**
   * A reply inside the caller's transaction: a new version of a tech stack posts what changed with itself, so both
   * are there or neither. Takes no clientMutationId: the caller's transaction is what a retry repeats.
   */
  async replyIn(tx: EntityManager, viewer: Viewer, input: Omit<ReplyInput, 'clientMutationId'>): Promise<PostModel> {
    const author = signedInViewer(viewer);
    return this.insertReply(tx, author, input, { body: checkBody(input.body), clientMutationId: null });
  }

  private async insertReply(
    tx: EntityManager,
    author: NonNullable<Viewer>,
    input: Pick<ReplyInput, 'threadId' | 'parentPostId' | 'attachments'>,
    { body, clientMutationId }: { body: string; clientMutationId: string | null },
  ): Promise<PostModel> {
    // The thread row lock orders concurrent replies: sequence numbers, counters and retries stay exact.
    const thread = await this.threads.visibleThreadIn(tx, author, input.threadId, { lock: true });
    if (thread.locked && !canReplyWhenLocked(author)) throw threadLocked();
    const parent = await this.parentOf(tx, thread, input.parentPostId);
    if (parent.depth + 1 > MAX_DEPTH) throw replyTooDeep(MAX_DEPTH);
    const sequence = thread.last_post_sequence + 1;
    const post = await this.posts.insert(tx, {
      threadId: thread.id,
      parentId: parent.id,
      path: childPath(parent.path, sequence),
      depth: parent.depth + 1,
      authorId: author.memberId,
      body,
      bodyHtml: renderMarkdown(body),
      clientMutationId,
    });
    if (!post) throw new DuplicateRetry();
    await this.threadRows.recordReply(tx, thread.id, { sequence, at: post.created_at, parentId: parent.id });
    await this.mentions.record(tx, post.id, body, thread);
    const target = { postId: post.id, threadId: thread.id, author, visibility: contentVisibility(thread) };
    await this.attachments.setIn(tx, target, input.attachments, { body, isNew: true });
    await this.events.publish(
      tx,
      'discussions.post-created',
      { postId: post.id, threadId: thread.id, parentPostId: parent.id, authorId: author.memberId },
      { actorId: author.memberId, visibility: contentVisibility(thread) },
    );
    return toPostModel(post);
  }

  /** `change.attachments`: the post's documents after the edit (null or absent: unchanged; []: none). */
  async edit(
    viewer: Viewer,
    postId: string,
    newBody: string,
    change: { attachments?: readonly string[] | null } = {},
  ): Promise<PostModel> {
    const editor = signedInViewer(viewer);
    const body = checkBody(newBody);
    return this.dataSource.transaction(async (tx) => {
      const post = await this.changeablePost(tx, editor, postId);
      await this.posts.addRevision(tx, {
        postId: post.id,
        body: post.body,
        writtenAt: post.edited_at ?? post.created_at,
        replacedById: editor.memberId,
      });
      const updated = await this.posts.replaceBody(tx, post.id, { body, bodyHtml: renderMarkdown(body) });
      await this.mentions.replace(tx, post.id, body, post.thread);
      const visibility = contentVisibility(post.thread);
      const target = { postId: post.id, threadId: post.thread_id, author: editor, visibility };
      await this.attachments.setIn(tx, target, change.attachments, { body, isNew: false });
      await this.events.publish(
        tx,
        'discussions.post-edited',
        { postId: post.id, threadId: post.thread_id, editorId: editor.memberId },
        { actorId: editor.memberId, visibility: contentVisibility(post.thread) },
      );
      return toPostModel(updated);
    });
  }

  /** Deletes a post in a transaction of its own. */
  delete(viewer: Viewer, postId: string): Promise<PostModel> {
    return this.dataSource.transaction((tx) => this.deleteIn(tx, viewer, postId));
  }

  /** Keeps the post's place in the tree; its text, earlier texts and mentions are gone. In the caller's transaction. */
  async deleteIn(tx: EntityManager, viewer: Viewer, postId: string): Promise<PostModel> {
    const deleter = signedInViewer(viewer);
    const post = await this.changeablePost(tx, deleter, postId);
    await this.posts.deleteRevisions(tx, post.id);
    await this.mentions.forget(tx, post.id);
    await this.events.publish(
      tx,
      'discussions.post-deleted',
      { postId: post.id, threadId: post.thread_id, deletedById: deleter.memberId },
      { actorId: deleter.memberId, visibility: contentVisibility(post.thread) },
    );
    // A moderator removing someone else's post is a moderation: in the audit log, in this transaction.
    if (post.author_id !== deleter.memberId)
      await this.audit.record(tx, {
        kind: AuditKind.POST_REMOVED,
        actorId: deleter.memberId,
        memberId: post.author_id,
        details: { postId: post.id, threadId: post.thread_id },
      });
    return toPostModel(await this.posts.markDeleted(tx, post.id));
  }

  /** A page of a thread's posts in reading order, with their reaction counts, in one statement. */
  async page(viewer: Viewer, thread: ThreadModel, args: { first?: number | null; after?: string | null }) {
    // Callers pass a thread they loaded for this viewer; checked again (no query) so no caller can skip it.
    if (!canView(viewer, thread)) throw threadNotFound();
    const threadId = thread.id;
    const limit = pageSize(args.first, 50);
    const after = args.after ? decodeCursor(args.after, isPostCursor).path : null;
    const db = this.dataSource.manager;
    const rows = await this.posts.pageOfThread(db, threadId, {
      after,
      rows: limit + 1,
      memberId: viewer?.memberId ?? null,
    });
    const connection: Connection<PostModel> = toConnection(
      rows,
      limit,
      toPostModel,
      (row) => ({ path: row.path }),
      () => this.posts.countInThread(db, threadId),
    );
    const reactions = new Map<string, ReactionCountModel[]>(rows.map((row) => [row.id, row.reactions]));
    return { connection, reactions };
  }

  /**
   * A post the viewer may see, with its thread's visibility; NOT_FOUND otherwise. With `lock`, the post (not its
   * thread) stays locked until `db`'s transaction ends.
   */
  async visiblePostIn(
    db: EntityManager,
    viewer: Viewer,
    postId: string,
    options: { lock?: boolean } = {},
  ): Promise<VisiblePost> {
    if (!isUuid(postId)) throw postNotFound();
    const row = options.lock
      ? await this.posts.lockVisible(db, viewer, postId)
      : await this.posts.findVisible(db, viewer, postId);
    if (!row) throw postNotFound();
    return withThread(row);
  }

  private async changeablePost(tx: EntityManager, viewer: NonNullable<Viewer>, postId: string): Promise<VisiblePost> {
    const post = await this.visiblePostIn(tx, viewer, postId, { lock: true });
    if (!canChangePost(viewer, post.author_id)) throw notAuthor();
    if (post.deleted) throw postDeleted();
    return post;
  }

  private async parentOf(
    tx: EntityManager,
    thread: ThreadRow,
    parentPostId: string | null | undefined,
  ): Promise<Pick<PostRow, 'id' | 'path' | 'depth'>> {
    if (parentPostId === null || parentPostId === undefined) return this.posts.openingOf(tx, thread.id);
    const parent = isUuid(parentPostId) ? await this.posts.lockForReply(tx, parentPostId) : null;
    if (!parent || parent.thread_id !== thread.id) throw parentNotInThread();
    if (parent.deleted) throw parentDeleted();
    return parent;
  }
}

export function withThread(row: VisiblePostRow): VisiblePost {
  return {
    ...row,
    thread: {
      visibility: row.visibility,
      office_id: row.office_id,
      shared_with_office_ids: row.shared_with_office_ids,
    },
  };
}
