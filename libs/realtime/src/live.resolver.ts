import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { isUuid } from '@forum/core';
import { PostModel, ThreadsService } from '@forum/discussions';
import { notFound, type ForumContext } from '@forum/graphql';
import {
  canView,
  CurrentMember,
  CurrentViewer,
  Public,
  SignedIn,
  type Viewer,
  type VisibleItem,
} from '@forum/identity';
import { NotificationModel } from '@forum/notifications';
import { LiveSubscriptions, memberTopic, threadTopic } from './live-subscriptions.js';
import type { LiveStream } from './live-stream.js';
import type { InstanceMessage } from './realtime.events.js';

type PostCreated = Extract<InstanceMessage, { kind: 'post-created' }>;
type NotificationsCreated = Extract<InstanceMessage, { kind: 'notifications-created' }>;

/**
 * GraphQL subscriptions over graphql-ws (ws://host/graphql), fed by the same domain events as socket.io. Each event
 * is checked for the subscriber when it arrives: the visibility read at delivery against the viewer as it is now,
 * then the post or thread loaded through the subscriber's own loaders (whose SQL checks visibility again).
 */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LiveSubscriptions,
    private readonly threads: ThreadsService,
  ) {}

  @SignedIn()
  @Subscription(() => NotificationModel, {
    description:
      "The caller's new notifications, as they are made (those about threads it may no longer see are left out).",
  })
  notificationAdded(
    @CurrentMember() member: NonNullable<Viewer>,
    @Context() context: ForumContext,
  ): LiveStream<{ notificationAdded: NotificationModel }> {
    type Answer = { notificationAdded: NotificationModel };
    return this.live.stream<NotificationsCreated, Answer>(
      context,
      memberTopic(member.memberId),
      async (message, now) => {
        const [notification] = message.notifications;
        if (!canView(now.viewer, message.visibility as VisibleItem)) return null;
        if (!(await now.loaders.discussions.threads.load(message.threadId))) return null;
        return {
          notificationAdded: {
            id: notification.id,
            createdAt: new Date(notification.createdAt),
            readAt: null,
            reason: notification.reason,
            count: 1,
            threadId: message.threadId,
            postId: message.postId,
          },
        };
      },
    );
  }

  @Public()
  @Subscription(() => PostModel, {
    description:
      'New posts of a thread, as they are written. NOT_FOUND for a thread the caller may not see; a post the ' +
      'caller may no longer see when it is written (the thread narrowed since) is not sent.',
  })
  async postAdded(
    @Args('threadId', { type: () => ID, description: 'The thread to follow.' }) threadId: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: ForumContext,
  ): Promise<LiveStream<{ postAdded: PostModel }>> {
    if (!isUuid(threadId)) throw notFound('Thread not found');
    await this.threads.thread(viewer, threadId); // NOT_FOUND when it may not be seen, as for a query
    return this.live.stream<PostCreated, { postAdded: PostModel }>(
      context,
      threadTopic(threadId),
      async (message, now) => {
        if (!canView(now.viewer, message.visibility as VisibleItem)) return null;
        const post = await now.loaders.discussions.posts.load(message.postId);
        return post ? { postAdded: post } : null;
      },
    );
  }
}
