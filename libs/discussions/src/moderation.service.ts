import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogService } from '@forum/catalog';
import { EventPublisher } from '@forum/events';
import { badInput, decodeCursor, isUuid } from '@forum/core';
import { pageSize, toConnection, type Connection } from '@forum/graphql';
import { AuditKind, AuditService, canModerate, signedInViewer, type Viewer } from '@forum/identity';
import { toThreadModel } from './discussion.rows.js';
import { isUtcMicros } from './discussion.rules.js';
import {
  alreadyFlagged,
  flagNotFound,
  flagResolved,
  moderatorsOnly,
  postDeleted,
  unknownSpace,
} from './discussions.errors.js';
import { contentVisibility } from './discussions.events.js';
import type { PostFlagModel } from './dto/flag.model.js';
import type { ThreadModel } from './dto/thread.model.js';
import { FlagsRepository, type FlagCursor, type FlagRow } from './flags.repository.js';
import { PostsRepository } from './posts.repository.js';
import { PostsService } from './posts.service.js';
import { FlagStatus } from './thread-kind.js';
import { ThreadsRepository } from './threads.repository.js';
import { ThreadsService } from './threads.service.js';

const toFlagModel = (row: FlagRow): PostFlagModel => ({
  id: row.id,
  postId: row.post_id,
  memberId: row.member_id,
  reason: row.reason,
  status: row.status,
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
});

const isFlagCursor = (v: unknown): v is FlagCursor =>
  typeof v === 'object' && v !== null && isUtcMicros((v as FlagCursor).at) && isUuid((v as FlagCursor).id);

/**
 * Moderators (MODERATOR, ADMIN) lock, pin and move threads and work the flag queue, but only for what they can
 * see: a thread shared with a few offices stays NOT_FOUND to a moderator of another office.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly threadRows: ThreadsRepository,
    private readonly posts: PostsService,
    private readonly postRows: PostsRepository,
    private readonly flags: FlagsRepository,
    private readonly catalog: CatalogService,
    private readonly events: EventPublisher,
    private readonly audit: AuditService,
  ) {}

  async setThreadState(
    viewer: Viewer,
    threadId: string,
    change: { locked?: boolean; pinned?: boolean; spaceSlug?: string },
  ): Promise<ThreadModel> {
    const moderator = signedInViewer(viewer);
    return this.dataSource.transaction(async (tx) => {
      const thread = await this.threads.visibleThreadIn(tx, moderator, threadId, { lock: true });
      if (!canModerate(moderator)) throw moderatorsOnly('may do this');
      let spaceId = thread.space_id;
      if (change.spaceSlug !== undefined) {
        const found = (await this.catalog.spaceIdsBySlugs([change.spaceSlug])).get(change.spaceSlug);
        if (!found) throw unknownSpace(change.spaceSlug);
        spaceId = found;
      }
      const row = await this.threadRows.setState(tx, thread.id, {
        locked: change.locked ?? thread.locked,
        pinned: change.pinned ?? thread.pinned,
        spaceId,
      });
      const by = { actorId: moderator.memberId, visibility: contentVisibility(row) };
      const moderatorId = moderator.memberId;
      if (row.locked !== thread.locked)
        await this.events.publish(
          tx,
          'discussions.thread-locked',
          { threadId: row.id, locked: row.locked, moderatorId },
          by,
        );
      if (row.pinned !== thread.pinned)
        await this.events.publish(
          tx,
          'discussions.thread-pinned',
          { threadId: row.id, pinned: row.pinned, moderatorId },
          by,
        );
      if (row.space_id !== thread.space_id) {
        const moved = { threadId: row.id, fromSpaceId: thread.space_id, toSpaceId: row.space_id, moderatorId };
        await this.events.publish(tx, 'discussions.thread-moved', moved, by);
      }
      // The audit log (identity's) records every moderation, in this transaction.
      const audited = { actorId: moderatorId, officeId: row.office_id, threadId: row.id };
      if (row.locked !== thread.locked)
        await this.recordModeration(tx, row.locked ? AuditKind.THREAD_LOCKED : AuditKind.THREAD_UNLOCKED, audited);
      if (row.pinned !== thread.pinned)
        await this.recordModeration(tx, row.pinned ? AuditKind.THREAD_PINNED : AuditKind.THREAD_UNPINNED, audited);
      if (row.space_id !== thread.space_id)
        await this.recordModeration(tx, AuditKind.THREAD_MOVED, {
          ...audited,
          fromSpaceId: thread.space_id,
          toSpaceId: row.space_id,
        });
      return toThreadModel(row);
    });
  }

  async flag(viewer: Viewer, postId: string, reason: string): Promise<PostFlagModel> {
    const member = signedInViewer(viewer);
    const text = reason.trim();
    if (text.length < 3 || text.length > 1000)
      throw badInput('The reason must have 3 to 1000 characters', { field: 'reason' });
    const post = await this.posts.visiblePostIn(this.dataSource.manager, member, postId);
    if (post.deleted) throw postDeleted();
    // A transaction for the flag and its event only: both are there, or neither.
    const row = await this.dataSource.transaction(async (tx) => {
      const raised = await this.flags.insertOpen(tx, { postId: post.id, memberId: member.memberId, reason: text });
      if (!raised) throw alreadyFlagged();
      await this.events.publish(
        tx,
        'discussions.flag-raised',
        { flagId: raised.id, postId: post.id, threadId: post.thread_id, memberId: member.memberId },
        { actorId: member.memberId, visibility: contentVisibility(post.thread) },
      );
      return raised;
    });
    return toFlagModel(row);
  }

  /** The flags on posts the moderator can see, oldest first. */
  async queue(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; status: FlagStatus },
  ): Promise<Connection<PostFlagModel>> {
    const moderator = signedInViewer(viewer);
    if (!canModerate(moderator)) throw moderatorsOnly('see the flag queue');
    const limit = pageSize(args.first, 20);
    const after = args.after ? decodeCursor(args.after, isFlagCursor) : null;
    const db = this.dataSource.manager;
    const rows = await this.flags.queuePage(db, moderator, { status: args.status, after, rows: limit + 1 });
    return toConnection(
      rows,
      limit,
      toFlagModel,
      (row) => ({ at: row.cursor_at, id: row.id }),
      () => this.flags.queueCount(db, moderator, args.status),
    );
  }

  async resolveFlag(viewer: Viewer, flagId: string, decision: FlagStatus): Promise<PostFlagModel> {
    const moderator = signedInViewer(viewer);
    // The role first: a non-moderator learns nothing about which flags exist.
    if (!canModerate(moderator)) throw moderatorsOnly('resolve flags');
    if (decision === FlagStatus.OPEN) throw badInput('A decision is DISMISSED or POST_REMOVED', { field: 'decision' });
    if (!isUuid(flagId)) throw flagNotFound();
    return this.dataSource.transaction(async (tx) => {
      const postId = await this.flags.postOf(tx, flagId);
      if (!postId) throw flagNotFound();
      // Always the same order, post then its flags by id, so two moderators settling flags of one post never deadlock.
      // A flag on a post the moderator may not see is as unknown as one that does not exist.
      const post = await this.postRows.lockVisible(tx, moderator, postId);
      if (!post) throw flagNotFound();
      const flag = (await this.flags.lockOfPost(tx, post.id)).find((row) => row.id === flagId);
      if (!flag) throw flagNotFound();
      if (flag.status !== FlagStatus.OPEN) throw flagResolved();
      const settled = { status: decision, moderatorId: moderator.memberId };
      if (decision === FlagStatus.POST_REMOVED) {
        if (!post.deleted) await this.posts.deleteIn(tx, moderator, post.id);
        // Removing the post settles every open flag on it.
        await this.flags.settleOpenOfPost(tx, post.id, settled);
      } else {
        await this.flags.settle(tx, flag.id, settled);
      }
      const updated = await this.flags.byId(tx, flag.id);
      if (!updated) throw flagNotFound();
      await this.audit.record(tx, {
        kind: AuditKind.FLAG_RESOLVED,
        actorId: moderator.memberId,
        memberId: post.author_id,
        details: { flagId: flag.id, postId: post.id, threadId: post.thread_id, decision },
      });
      await this.events.publish(
        tx,
        'discussions.flag-resolved',
        { flagId: flag.id, postId: post.id, threadId: post.thread_id, decision, moderatorId: moderator.memberId },
        { actorId: moderator.memberId, visibility: contentVisibility(post) },
      );
      return toFlagModel(updated);
    });
  }

  private async recordModeration(
    tx: EntityManager,
    kind: AuditKind,
    what: { actorId: string; officeId: string; threadId: string } & Record<string, unknown>,
  ): Promise<void> {
    const { actorId, officeId, ...details } = what;
    await this.audit.record(tx, { kind, actorId, officeId, details });
  }
}
