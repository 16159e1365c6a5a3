import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, type Connection } from '@forum/graphql';
import { WatchLevel } from '../watch-level.js';

@ObjectType('Notification', {
  description: 'Something new for the member: a post, a reply, a mention or a new thread.',
})
export class NotificationModel {
  @Field(() => ID, { description: "The notification's id." })
  id!: string;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the member marked it read; null while unread.' })
  readAt!: Date | null;

  @Field({
    description: 'Why: MENTION (the member or its office), REPLY (to its post), WATCHING (a post), NEW_THREAD.',
  })
  reason!: string;

  @Field(() => Int, {
    description:
      'With groupByThread: how many notifications of its thread it stands for ("5 new replies"); 1 otherwise.',
  })
  count!: number;

  threadId!: string;
  postId!: string | null;
}

@ObjectType('NotificationConnection', { description: "A page of the member's notifications, newest first." })
export class NotificationConnection extends ConnectionType(NotificationModel, 'Notification') {
  @Field(() => Int, { description: "How many of the member's notifications are unread (whatever the filter)." })
  unreadCount!: number | Promise<number>;
}

export type NotificationPage = Connection<NotificationModel> & { unreadCount: number | Promise<number> };

@ObjectType('TopicSubscription', { description: 'A standing subscription of the member, to exactly one target.' })
export class TopicSubscriptionModel {
  @Field(() => ID, { description: "The subscription's id (for unsubscribe)." })
  id!: string;

  @Field(() => WatchLevel, { description: 'How closely the member follows the target.' })
  level!: WatchLevel;

  @Field(() => String, { nullable: true, description: 'The space followed, e.g. "recommendation-9".' })
  spaceSlug!: string | null;

  @Field(() => ID, { nullable: true, description: 'The thread followed.' })
  threadId!: string | null;

  @Field(() => String, { nullable: true, description: 'The tag followed, in every space.' })
  tag!: string | null;

  @Field(() => String, { nullable: true, description: 'The office followed: threads shared by it (ST.3 code).' })
  officeCode!: string | null;
}
