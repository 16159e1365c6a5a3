import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DeliveryFactsService, type PostFacts } from '@forum/discussions';
import { ConsumeEvent, EventPublisher, type DeliveredEvent } from '@forum/events';
import { AudienceService } from '@forum/identity';
import './notifications.events.js';
import { NotificationsRepository } from './notifications.repository.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { NotificationReason, WatchLevel } from './watch-level.js';

/**
 * Turns discussions' events into notifications. Runs in the delivery's transaction: the notifications and the
 * delivery's progress commit together, and (event, member) is unique, so a redelivered event notifies no one twice.
 * Who may see the thread is decided now, at delivery, not by the visibility the event carried.
 */
@Injectable()
export class FanOutConsumer {
  constructor(
    private readonly facts: DeliveryFactsService,
    private readonly audience: AudienceService,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly events: EventPublisher,
  ) {}

  @ConsumeEvent('discussions.thread-started', { consumer: 'notifications.thread-started' })
  async threadStarted(tx: EntityManager, event: DeliveredEvent<'discussions.thread-started'>): Promise<void> {
    // Authors watch their own threads (unless they already chose a level for it).
    await this.subscriptions.watchUnlessChosen(tx, event.payload.authorId, event.payload.threadId);
    await this.fanOut(tx, event.id, event.payload.openingPostId, { newThread: true });
  }

  @ConsumeEvent('discussions.post-created', { consumer: 'notifications.post-created' })
  async postCreated(tx: EntityManager, event: DeliveredEvent<'discussions.post-created'>): Promise<void> {
    await this.fanOut(tx, event.id, event.payload.postId, { newThread: false });
  }

  private async fanOut(tx: EntityManager, eventId: string, postId: string, options: { newThread: boolean }) {
    const post = await this.facts.ofPost(tx, postId);
    if (!post || post.deleted) return;
    const levels = new Map(
      (await this.subscriptions.levelsFor(tx, { ...post, officeId: post.visibility.officeId })).map(
        (row) => [row.member_id, row.level] as const,
      ),
    );
    const followers = [...levels].flatMap(([memberId, level]) =>
      level === WatchLevel.WATCHING || (options.newThread && level === WatchLevel.TRACKING) ? [memberId] : [],
    );
    const audience = await this.audience.whoMaySee(
      tx,
      {
        memberIds: [...followers, ...post.mentionedMemberIds, ...(post.parentAuthorId ? [post.parentAuthorId] : [])],
        officeIds: post.mentionedOfficeIds,
      },
      post.visibility,
    );
    const recipients = audience.flatMap(({ memberId, officeId }) => {
      if (memberId === post.authorId || levels.get(memberId) === WatchLevel.MUTED) return [];
      const reason = reasonFor(post, { memberId, officeId, newThread: options.newThread });
      return [{ memberId, reason }];
    });
    if (recipients.length === 0) return;
    const made = await this.notifications.insertMany(tx, {
      eventId,
      threadId: post.threadId,
      postId: post.postId,
      recipients,
    });
    if (made.length === 0) return;
    await this.events.publish(
      tx,
      'notifications.created',
      {
        threadId: post.threadId,
        postId: post.postId,
        notifications: made.map((row) => ({
          id: row.id,
          memberId: row.member_id,
          reason: row.reason,
          createdAt: row.created_at.toISOString(),
        })),
      },
      { visibility: { ...post.visibility } },
    );
  }
}

/** The strongest reason a member has: a mention, then a reply to its post, then what it follows. */
function reasonFor(
  post: PostFacts,
  recipient: { memberId: string; officeId: string; newThread: boolean },
): NotificationReason {
  if (post.mentionedMemberIds.includes(recipient.memberId) || post.mentionedOfficeIds.includes(recipient.officeId))
    return NotificationReason.MENTION;
  if (post.parentAuthorId === recipient.memberId) return NotificationReason.REPLY;
  return recipient.newThread ? NotificationReason.NEW_THREAD : NotificationReason.WATCHING;
}
