import { Field, ID, InputType } from '@nestjs/graphql';
import { Language } from '@forum/graphql';
import { Visibility } from '@forum/identity';
import { FlagStatus, ThreadKind } from '../thread-kind.js';

@InputType('StartThreadInput', { description: 'A new thread and its opening post.' })
export class StartThreadInput {
  @Field({ description: 'The space to start it in, e.g. "recommendation-9".' })
  spaceSlug!: string;

  @Field({ description: 'The title, 3 to 200 characters.' })
  title!: string;

  @Field({ description: 'The opening post, in Markdown (at most 64 KiB).' })
  body!: string;

  @Field(() => ThreadKind, { defaultValue: ThreadKind.DISCUSSION, description: 'What the thread is about.' })
  kind!: ThreadKind;

  @Field(() => Visibility, { defaultValue: Visibility.COMMUNITY, description: 'Who may see the thread.' })
  visibility!: Visibility;

  @Field(() => [String], {
    nullable: true,
    description: 'With OFFICES: the codes of the other offices it is shared with.',
  })
  sharedWith?: string[] | null;

  @Field(() => Language, { defaultValue: Language.EN, description: 'The language it is written in.' })
  language!: Language;

  @Field(() => [String], { nullable: true, description: 'Lower-case slugs ("cloud", "ai-search"), at most 10.' })
  tags?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same value returns the first result instead of a second thread.',
  })
  clientMutationId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Documents uploaded with POST /api/uploads to attach to the opening post, in this order.',
  })
  attachments?: string[] | null;
}

@InputType('ReplyInput', { description: 'A reply in a thread.' })
export class ReplyInput {
  @Field(() => ID, { description: 'The thread.' })
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The post answered; null answers the opening post.' })
  parentPostId?: string | null;

  @Field({ description: 'The reply, in Markdown (at most 64 KiB).' })
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same value returns the first post instead of a second one.',
  })
  clientMutationId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Documents uploaded with POST /api/uploads to attach to the reply, in this order.',
  })
  attachments?: string[] | null;
}

/** Narrows a space's thread listing (arguments of Space.threads). */
export interface ThreadFilter {
  kind?: ThreadKind | null;
  tag?: string | null;
  officeCode?: string | null;
}

@InputType('ResolveFlagInput', { description: "A moderator's decision on a flag." })
export class ResolveFlagInput {
  @Field(() => ID, { description: 'The flag.' })
  flagId!: string;

  @Field(() => FlagStatus, { description: 'DISMISSED, or POST_REMOVED to delete the post.' })
  decision!: FlagStatus;
}
