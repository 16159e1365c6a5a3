import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound, type ForumContext } from '@forum/graphql';
import { CurrentViewer, IdentityLoaders, MemberModel, SignedIn, type Viewer } from '@forum/identity';
import { DiscussionsLoaders } from './discussions.loaders.js';
import { ResolveFlagInput } from './dto/discussion.inputs.js';
import { PostFlagConnection, PostFlagModel } from './dto/flag.model.js';
import { PostModel } from './dto/post.model.js';
import { ThreadModel } from './dto/thread.model.js';
import { ModerationService } from './moderation.service.js';
import { FlagStatus } from './thread-kind.js';

const threadId = { type: () => ID, description: "The thread's id." };

@Resolver(() => PostFlagModel)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly loaders: DiscussionsLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @SignedIn()
  @Mutation(() => ThreadModel, { description: 'Moderators: lock a thread (no new replies) or unlock it.' })
  lockThread(
    @Args('id', threadId) id: string,
    @Args('locked', { defaultValue: true, description: 'false unlocks.' }) locked: boolean,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.moderation.setThreadState(viewer, id, { locked });
  }

  @SignedIn()
  @Mutation(() => ThreadModel, { description: 'Moderators: pin a thread to the top of its space, or unpin it.' })
  pinThread(
    @Args('id', threadId) id: string,
    @Args('pinned', { defaultValue: true, description: 'false unpins.' }) pinned: boolean,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.moderation.setThreadState(viewer, id, { pinned });
  }

  @SignedIn()
  @Mutation(() => ThreadModel, { description: 'Moderators: move a thread to another space.' })
  moveThread(
    @Args('id', threadId) id: string,
    @Args('spaceSlug', { description: 'The space to move it to.' }) spaceSlug: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.moderation.setThreadState(viewer, id, { spaceSlug });
  }

  @SignedIn()
  @Mutation(() => PostFlagModel, { description: 'Flags a post for the moderators, with a reason.' })
  flagPost(
    @Args('postId', { type: () => ID, description: 'The post.' }) postId: string,
    @Args('reason', { description: 'Why (3 to 1000 characters).' }) reason: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.moderation.flag(viewer, postId, reason);
  }

  @SignedIn()
  @Mutation(() => PostFlagModel, {
    description: 'Moderators: dismiss a flag, or remove the post (settling every open flag on it).',
  })
  resolveFlag(
    @Args('input', { description: 'The flag and the decision.' }) input: ResolveFlagInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.moderation.resolveFlag(viewer, input.flagId, input.decision);
  }

  @SignedIn()
  @Query(() => PostFlagConnection, { description: 'Moderators: flags on posts they can see, oldest first.' })
  flagQueue(
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, at most 100.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Args('status', { type: () => FlagStatus, defaultValue: FlagStatus.OPEN, description: 'Which flags.' })
    status: FlagStatus,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.moderation.queue(viewer, { first, after, status });
  }

  @ResolveField(() => PostModel, { description: 'The flagged post.' })
  async post(
    @Parent() flag: PostFlagModel,
    @Context() { req }: ForumContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostModel> {
    const post = await this.loaders.forRequest(req, viewer).posts.load(flag.postId);
    if (!post) throw notFound('Post not found');
    return post;
  }

  @ResolveField(() => MemberModel, { description: 'Who flagged it.' })
  async flaggedBy(@Parent() flag: PostFlagModel, @Context() { req }: ForumContext): Promise<MemberModel> {
    return (await this.identity.forRequest(req).members.load(flag.memberId))!;
  }
}
