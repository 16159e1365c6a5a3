import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/graphql';
import { FlagStatus } from '../thread-kind.js';

@ObjectType('PostFlag', { description: "A member's report that a post needs a moderator's attention." })
export class PostFlagModel {
  @Field(() => ID, { description: "The flag's id." })
  id!: string;

  @Field({ description: 'Why the member flagged the post.' })
  reason!: string;

  @Field(() => FlagStatus, { description: 'Where the flag stands.' })
  status!: FlagStatus;

  @Field({ description: 'When the post was flagged.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a moderator resolved the flag.' })
  resolvedAt!: Date | null;

  postId!: string;
  memberId!: string;
}

@ObjectType('PostFlagConnection', { description: 'A page of the flag queue, oldest first.' })
export class PostFlagConnection extends ConnectionType(PostFlagModel, 'PostFlag') {}
