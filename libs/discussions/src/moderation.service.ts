import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogService } from '@forum/catalog';
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
import { signedInViewer, visibleSql, type Viewer } from '@forum/identity';
import { returning, THREAD_COLUMNS, toThreadModel, type ThreadRow } from './discussion.rows.js';
import { isUtcMicros, isUuid, UTC_MICROS_SQL } from './discussion.rules.js';
import type { PostFlagModel } from './dto/flag.model.js';
import type { ThreadModel } from './dto/thread.model.js';
import { isModerator, PostsService } from './posts.service.js';
import { FlagStatus } from './thread-kind.js';
import { ThreadsService } from './threads.service.js';

interface FlagRow {
  id: string;
  post_id: string;
  member_id: string;
  reason: string;
  status: FlagStatus;
  created_at: Date;
  resolved_at: Date | null;
}
const FLAG_COLUMNS = 'f.id, f.post_id, f.member_id, f.reason, f.status, f.created_at, f.resolved_at';
const toFlagModel = (row: FlagRow): PostFlagModel => ({
  id: row.id,
  postId: row.post_id,
  memberId: row.member_id,
  reason: row.reason,
  status: row.status,
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
});

type FlagCursor = { at: string; id: string };
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
    private readonly posts: PostsService,
    private readonly catalog: CatalogService,
  ) {}

  async setThreadState(
    viewer: Viewer,
    threadId: string,
    change: { locked?: boolean; pinned?: boolean; spaceSlug?: string },
  ): Promise<ThreadModel> {
    const moderator = signedInViewer(viewer);
    return this.dataSource.transaction(async (tx) => {
      const thread = await this.threads.visibleThread(moderator, threadId, tx, true);
      if (!isModerator(moderator)) throw forbidden('Only moderators may do this');
      let spaceId = thread.space_id;
      if (change.spaceSlug !== undefined) {
        const found = (await this.catalog.spaceIdsBySlugs([change.spaceSlug])).get(change.spaceSlug);
        if (!found) throw badInput(`No space "${change.spaceSlug}"`, { field: 'spaceSlug' });
        spaceId = found;
      }
      const [row] = await returning<ThreadRow>(
        tx,
        `UPDATE thread t SET locked = $2, pinned = $3, space_id = $4 WHERE t.id = $1 RETURNING ${THREAD_COLUMNS}`,
        [thread.id, change.locked ?? thread.locked, change.pinned ?? thread.pinned, spaceId],
      );
      return toThreadModel(row);
    });
  }

  async flag(viewer: Viewer, postId: string, reason: string): Promise<PostFlagModel> {
    const member = signedInViewer(viewer);
    const text = reason.trim();
    if (text.length < 3 || text.length > 1000)
      throw badInput('The reason must have 3 to 1000 characters', { field: 'reason' });
    const post = await this.posts.visiblePost(member, postId);
    if (post.deleted) throw conflict('The post is deleted');
    const [row] = (await this.dataSource.query(
      `INSERT INTO post_flag AS f (post_id, member_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (post_id, member_id) WHERE status = 'OPEN' DO NOTHING RETURNING ${FLAG_COLUMNS}`,
      [post.id, member.memberId, text],
    )) as FlagRow[];
    if (!row) throw conflict('You flagged this post already');
    return toFlagModel(row);
  }

  /** The flags on posts the moderator can see, oldest first. */
  async queue(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; status: FlagStatus },
  ): Promise<Connection<PostFlagModel>> {
    const moderator = signedInViewer(viewer);
    if (!isModerator(moderator)) throw forbidden('Only moderators see the flag queue');
    const limit = pageSize(args.first, 20);
    const visible = visibleSql(moderator, {
      visibility: 't.visibility',
      officeId: 't.office_id',
      sharedWith: 't.shared_with_office_ids',
    });
    const filter = this.dataSource
      .createQueryBuilder()
      .from('post_flag', 'f')
      .innerJoin('post', 'p', 'p.id = f.post_id')
      .innerJoin('thread', 't', 't.id = p.thread_id')
      .where('f.status = :status', { status: args.status })
      .andWhere(visible.sql, visible.params);
    const page = filter.clone().select(FLAG_COLUMNS).addSelect(UTC_MICROS_SQL('f.created_at'), 'cursor_at');
    if (args.after) {
      const cursor = decodeCursor(args.after, isFlagCursor);
      page.andWhere('(f.created_at, f.id) > (CAST(:cAt AS timestamptz), CAST(:cId AS uuid))', {
        cAt: cursor.at,
        cId: cursor.id,
      });
    }
    const rows = (await page
      .orderBy('f.created_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(limit + 1)
      .getRawMany()) as (FlagRow & { cursor_at: string })[];
    const count = async () =>
      Number((await filter.clone().select('count(*)', 'count').getRawOne<{ count: string }>())?.count ?? 0);
    return toConnection(rows, limit, toFlagModel, (row) => ({ at: row.cursor_at, id: row.id }), count);
  }

  async resolveFlag(viewer: Viewer, flagId: string, decision: FlagStatus): Promise<PostFlagModel> {
    const moderator = signedInViewer(viewer);
    // The role first: a non-moderator learns nothing about which flags exist.
    if (!isModerator(moderator)) throw forbidden('Only moderators resolve flags');
    if (decision === FlagStatus.OPEN) throw badInput('A decision is DISMISSED or POST_REMOVED', { field: 'decision' });
    if (!isUuid(flagId)) throw notFound('Flag not found');
    return this.dataSource.transaction(async (tx) => {
      const [found] = (await tx.query('SELECT post_id FROM post_flag WHERE id = $1', [flagId])) as {
        post_id: string;
      }[];
      if (!found) throw notFound('Flag not found');
      // Always the same order, post then its flags by id, so two moderators settling flags of one post never deadlock.
      let post;
      try {
        post = await this.posts.visiblePost(moderator, found.post_id, tx, true);
      } catch {
        throw notFound('Flag not found');
      }
      const flags = (await tx.query(
        `SELECT ${FLAG_COLUMNS} FROM post_flag f WHERE f.post_id = $1 ORDER BY f.id FOR UPDATE`,
        [post.id],
      )) as FlagRow[];
      const flag = flags.find((row) => row.id === flagId)!;
      if (flag.status !== FlagStatus.OPEN) throw conflict('The flag is resolved already');
      if (decision === FlagStatus.POST_REMOVED && !post.deleted) await this.posts.delete(moderator, post.id, tx);
      // Removing the post settles every open flag on it; dismissing settles this flag only.
      const [where, target] =
        decision === FlagStatus.POST_REMOVED ? [`post_id = $1 AND status = 'OPEN'`, post.id] : ['id = $1', flag.id];
      await tx.query(`UPDATE post_flag SET status = $2, resolved_by_id = $3, resolved_at = now() WHERE ${where}`, [
        target,
        decision,
        moderator.memberId,
      ]);
      const [updated] = (await tx.query(`SELECT ${FLAG_COLUMNS} FROM post_flag f WHERE f.id = $1`, [
        flag.id,
      ])) as FlagRow[];
      return toFlagModel(updated);
    });
  }
}
