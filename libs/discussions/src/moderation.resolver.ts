import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { loadOrFail } from '@forum/core';
import { notFound, type ForumContext } from '@forum/graphql';
import { CurrentMember, MemberModel, Public, Role, Roles, SignedIn, type Viewer } from '@forum/identity';
import { postNotFound } from './discussions.errors.js';
import { ResolveFlagInput } from './dto/discussion.inputs.js';
import { PostFlagConnection, PostFlagModel } from './dto/flag.model.js';
import { PostModel } from './dto/post.model.js';
import { ThreadModel } from './dto/thread.model.js';
import { ModerationService } from './moderation.service.js';
import { FlagStatus } from './thread-kind.js';

const threadId = { type: () => ID, description: "The thread's id." };

@Resolver(() => PostFlagModel)
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Roles(Role.MODERATOR, Role.ADMIN)
  @Mutation(() => ThreadModel, { description: 'Moderators: lock a thread (no new replies) or unlock it.' })
  lockThread(
    @Args('id', threadId) id: string,
    @Args('locked', { defaultValue: true, description: 'false unlocks.' }) locked: boolean,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.moderation.setThreadState(viewer, id, { locked });
  }

  @Roles(Role.MODERATOR, Role.ADMIN)
  @Mutation(() => ThreadModel, { description: 'Moderators: pin a thread to the top of its space, or unpin it.' })
  pinThread(
    @Args('id', threadId) id: string,
    @Args('pinned', { defaultValue: true, description: 'false unpins.' }) pinned: boolean,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.moderation.setThreadState(viewer, id, { pinned });
  }

  @Roles(Role.MODERATOR, Role.ADMIN)
  @Mutation(() => ThreadModel, { description: 'Moderators: move a thread to another space.' })
  moveThread(
    @Args('id', threadId) id: string,
    @Args('spaceSlug', { description: 'The space to move it to.' }) spaceSlug: string,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.moderation.setThreadState(viewer, id, { spaceSlug });
  }

  @SignedIn()
  @Mutation(() => PostFlagModel, { description: 'Flags a post for the moderators, with a reason.' })
  flagPost(
    @Args('postId', { type: () => ID, description: 'The post.' }) postId: string,
    @Args('reason', { description: 'Why (3 to 1000 characters).' }) reason: string,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.moderation.flag(viewer, postId, reason);
  }

  @Roles(Role.MODERATOR, Role.ADMIN)
  @Mutation(() => PostFlagModel, {
    description: 'Moderators: dismiss a flag, or remove the post (settling every open flag on it).',
  })
  resolveFlag(
    @Args('input', { description: 'The flag and the decision.' }) input: ResolveFlagInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.moderation.resolveFlag(viewer, input.flagId, input.decision);
  }

  @Roles(Role.MODERATOR, Role.ADMIN)
  @Query(() => PostFlagConnection, { description: 'Moderators: flags on posts they can see, oldest first.' })
  flagQueue(
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, at most 100.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Args('status', { type: () => FlagStatus, defaultValue: FlagStatus.OPEN, description: 'Which flags.' })
    status: FlagStatus,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.moderation.queue(viewer, { first, after, status });
  }

  @Public()
  @ResolveField(() => PostModel, { description: 'The flagged post.' })
  post(@Parent() flag: PostFlagModel, @Context() { loaders }: ForumContext): Promise<PostModel> {
    return loadOrFail(loaders.discussions.posts, flag.postId, postNotFound);
  }

  @Public()
  @ResolveField(() => MemberModel, { description: 'Who flagged it.' })
  flaggedBy(@Parent() flag: PostFlagModel, @Context() { loaders }: ForumContext): Promise<MemberModel> {
    return loadOrFail(loaders.identity.members, flag.memberId, () => notFound('Member not found'));
  }
}
