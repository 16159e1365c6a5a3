import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/graphql';
import { ReactionKind } from '../thread-kind.js';

@ObjectType('ReactionCount', { description: 'How many members reacted to a post in one way.' })
export class ReactionCountModel {
  @Field(() => ReactionKind, { description: 'The reaction.' })
  kind!: ReactionKind;

  @Field(() => Int, { description: 'How many members reacted so.' })
  count!: number;

  @Field({ description: 'Whether the caller is one of them.' })
  reactedByMe!: boolean;
}

@ObjectType('Post', { description: 'A post: the opening post of a thread or a reply at any depth.' })
export class PostModel {
  @Field(() => ID, { description: "The post's id." })
  id!: string;

  @Field(() => Int, { description: '0 for the opening post, 1 for a reply to it, and so on.' })
  depth!: number;

  @Field({ description: 'The text as written (Markdown); empty once deleted.' })
  body!: string;

  @Field({ description: 'The text rendered to sanitized HTML: no scripts, event handlers or script URLs.' })
  bodyHtml!: string;

  @Field({ description: 'When the post was written.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the post was last edited, if ever.' })
  editedAt!: Date | null;

  @Field({ description: 'A deleted post keeps its place in the tree, with an empty body.' })
  deleted!: boolean;

  @Field(() => Int, { description: 'Direct replies to this post.' })
  replyCount!: number;

  threadId!: string;
  parentId!: string | null;
  authorId!: string;
  path!: string;
}

@ObjectType('PostConnection', { description: 'A page of posts in reading order.' })
export class PostConnection extends ConnectionType(PostModel, 'Post') {}

@ObjectType('PostRevision', { description: 'An earlier text of an edited post.' })
export class PostRevisionModel {
  @Field(() => ID, { description: "The revision's id." })
  id!: string;

  @Field({ description: 'The text as it was (Markdown).' })
  body!: string;

  @Field({ description: 'When this text was written.' })
  writtenAt!: Date;

  @Field({ description: 'When this text was replaced by an edit.' })
  replacedAt!: Date;

  replacedById!: string;
}

@ObjectType('PostRevisionConnection', { description: "A page of a post's earlier texts, oldest first." })
export class PostRevisionConnection extends ConnectionType(PostRevisionModel, 'PostRevision') {}
