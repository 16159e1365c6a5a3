import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput, decodeCursor, distinctUuids, instantIdPosition, isInstantIdPosition } from '@forum/core';
import { pageSize, toConnection } from '@forum/graphql';
import { ThreadsService } from '@forum/discussions';
import type { Viewer } from '@forum/identity';
import type { NotificationModel, NotificationPage } from './dto/notification.model.js';
import { NotificationsRepository, type NotificationRow } from './notifications.repository.js';

export interface InboxArgs {
  first?: number | null;
  after?: string | null;
  unreadOnly?: boolean | null;
  groupByThread?: boolean | null;
}

export const toNotificationModel = (row: NotificationRow): NotificationModel => ({
  id: row.id,
  createdAt: row.created_at,
  readAt: row.read_at,
  reason: row.reason,
  count: row.group_count,
  threadId: row.thread_id,
  postId: row.post_id,
});

/** The member's inbox: its notifications, newest first, optionally one per thread; marking them read. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly threads: ThreadsService,
  ) {}

  async inbox(member: NonNullable<Viewer>, args: InboxArgs): Promise<NotificationPage> {
    const limit = pageSize(args.first, 20);
    const after = args.after ? decodeCursor(args.after, isInstantIdPosition) : null;
    const db = this.dataSource.manager;
    const filter = {
      unreadOnly: args.unreadOnly ?? false,
      groupByThread: args.groupByThread ?? false,
      hiddenThreadIds: await this.hiddenThreads(member),
    };
    const rows = await this.notifications.page(db, { memberId: member.memberId, ...filter, after, rows: limit + 1 });
    let counted: Promise<{ total: number; unread: number }> | undefined;
    const counts = () => (counted ??= this.notifications.counts(db, member.memberId, filter));
    const connection = toConnection(
      rows,
      limit,
      toNotificationModel,
      (row) => instantIdPosition(row.created_at, row.id),
      async () => (await counts()).total,
    );
    return Object.defineProperty(connection, 'unreadCount', {
      enumerable: true,
      get: async () => (await counts()).unread,
    }) as NotificationPage;
  }

  /**
   * The threads of the member's notifications that it may no longer see (narrowed, moved, or the member moved to
   * another office): left out of the page and of every count, as if they did not exist.
   */
  private async hiddenThreads(member: NonNullable<Viewer>): Promise<string[]> {
    const threadIds = await this.notifications.threadIdsOf(this.dataSource.manager, member.memberId);
    if (threadIds.length === 0) return [];
    const visible = await this.threads.visibleIds(member, threadIds);
    return threadIds.filter((id) => !visible.has(id));
  }

  /** Marks read the given notifications, every notification of the given threads, or all; returns how many. */
  async markRead(
    member: NonNullable<Viewer>,
    mark: { ids?: readonly string[] | null; threadIds?: readonly string[] | null; all?: boolean | null },
  ): Promise<number> {
    const all = mark.all ?? false;
    if (!all && !mark.ids?.length && !mark.threadIds?.length)
      throw badInput('Name ids, threadIds, or all: true', { field: 'ids' });
    return this.notifications.markRead(this.dataSource.manager, member.memberId, {
      ids: distinctUuids(mark.ids ?? []),
      threadIds: distinctUuids(mark.threadIds ?? []),
      all,
    });
  }
}
