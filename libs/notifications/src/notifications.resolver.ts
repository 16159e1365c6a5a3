import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { loadOrFail } from '@forum/core';
import { PostModel, ThreadModel } from '@forum/discussions';
import { notFound, PageArgs, type ForumContext } from '@forum/graphql';
import { CurrentMember, Public, SignedIn, type Viewer } from '@forum/identity';
import { SubscribeInput } from './dto/notification.inputs.js';
import {
  NotificationConnection,
  NotificationModel,
  TopicSubscriptionModel,
  type NotificationPage,
} from './dto/notification.model.js';
import { NotificationsService } from './notifications.service.js';
import { SubscriptionsService } from './subscriptions.service.js';

@ArgsType()
class InboxArgs extends PageArgs(20) {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only the unread ones.' })
  unreadOnly!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'One notification per thread (its newest), with `count` saying how many it stands for.',
  })
  groupByThread!: boolean | null;
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly subscriptions: SubscriptionsService,
  ) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first." })
  async notifications(
    @CurrentMember() member: NonNullable<Viewer>,
    @Args() args: InboxArgs,
  ): Promise<NotificationPage> {
    // Threads the member may no longer see are left out of the page and its counts (NotificationsService).
    return this.inbox.inbox(member, args);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks notifications read; returns how many were unread.' })
  markNotificationsRead(
    @CurrentMember() member: NonNullable<Viewer>,
    @Args('ids', { type: () => [ID], nullable: true, description: 'These notifications.' }) ids: string[] | null,
    @Args('all', { type: () => Boolean, nullable: true, description: 'Every notification of the caller.' })
    all: boolean | null,
    @Args('threadIds', {
      type: () => [ID],
      nullable: true,
      description: 'Every notification about these threads (a group of groupByThread).',
    })
    threadIds: string[] | null,
  ): Promise<number> {
    return this.inbox.markRead(member, { ids, all, threadIds });
  }

  @SignedIn()
  @Mutation(() => TopicSubscriptionModel, {
    description: 'Subscribes the caller to one target, or changes the level of its subscription to it.',
  })
  subscribe(
    @CurrentMember() member: NonNullable<Viewer>,
    @Args('input', { description: 'The level and exactly one target.' }) input: SubscribeInput,
  ): Promise<TopicSubscriptionModel> {
    return this.subscriptions.subscribe(member, input);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: "Ends one of the caller's subscriptions (NOT_FOUND for anyone else's)." })
  unsubscribe(
    @CurrentMember() member: NonNullable<Viewer>,
    @Args('id', { type: () => ID, description: "The subscription's id." }) id: string,
  ): Promise<boolean> {
    return this.subscriptions.unsubscribe(member, id);
  }

  @SignedIn()
  @Query(() => [TopicSubscriptionModel], { description: "The caller's standing subscriptions." })
  mySubscriptions(@CurrentMember() member: NonNullable<Viewer>): Promise<TopicSubscriptionModel[]> {
    return this.subscriptions.mine(member);
  }

  // Field resolvers declare @Public(): the parent is the caller's own notification, and the loaders check visibility.
  @Public()
  @ResolveField(() => ThreadModel, {
    description: 'The thread it is about (NOT_FOUND if the member may no longer see it).',
  })
  thread(@Parent() notification: NotificationModel, @Context() { loaders }: ForumContext): Promise<ThreadModel> {
    return loadOrFail(loaders.discussions.threads, notification.threadId, () => notFound('Thread not found'));
  }

  @Public()
  @ResolveField(() => PostModel, { nullable: true, description: 'The post it is about, if any (and still visible).' })
  async post(
    @Parent() notification: NotificationModel,
    @Context() { loaders }: ForumContext,
  ): Promise<PostModel | null> {
    return notification.postId ? loaders.discussions.posts.load(notification.postId) : null;
  }
}
