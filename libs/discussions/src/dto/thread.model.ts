import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, Language } from '@forum/graphql';
import { Visibility } from '@forum/identity';
import { ThreadKind } from '../thread-kind.js';

@ObjectType('Thread', { description: 'A thread in a space: its opening post and the tree of replies under it.' })
export class ThreadModel {
  @Field(() => ID, { description: "The thread's id." })
  id!: string;

  @Field({ description: "The thread's title." })
  title!: string;

  @Field(() => ThreadKind, { description: 'What the thread is about.' })
  kind!: ThreadKind;

  @Field(() => Visibility, { description: 'Who may see the thread and everything in it.' })
  visibility!: Visibility;

  @Field(() => Language, { description: 'The language the thread is written in.' })
  language!: Language;

  @Field(() => [String], { description: 'Lower-case slugs, at most 10.' })
  tags!: string[];

  @Field({ description: 'When the thread was started.' })
  createdAt!: Date;

  @Field({ description: 'When the last post was written (or the thread started).' })
  lastActivityAt!: Date;

  @Field(() => Int, { description: 'Posts in the thread, the opening post and deleted posts included.' })
  postCount!: number;

  @Field({ description: 'A locked thread takes no new replies (moderators excepted).' })
  locked!: boolean;

  @Field({ description: 'Pinned threads come first in their space.' })
  pinned!: boolean;

  spaceId!: string;
  authorId!: string;
  officeId!: string;
  sharedWithOfficeIds!: string[];
}

@ObjectType('ThreadConnection', { description: 'A page of threads.' })
export class ThreadConnection extends ConnectionType(ThreadModel, 'Thread') {}
