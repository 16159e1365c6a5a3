import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SpaceModel } from '@forum/catalog';
import type { ForumContext } from '@forum/graphql';
import { CurrentViewer, IdentityLoaders, MemberModel, OfficeModel, SignedIn, type Viewer } from '@forum/identity';
import { DiscussionsLoaders } from './discussions.loaders.js';
import { StartThreadInput } from './dto/discussion.inputs.js';
import { PostConnection } from './dto/post.model.js';
import { ThreadConnection, ThreadModel } from './dto/thread.model.js';
import { PostsService } from './posts.service.js';
import { ThreadKind } from './thread-kind.js';
import { ThreadsService } from './threads.service.js';

const first = (defaultValue: number) => ({ type: () => Int, defaultValue, description: 'Page size, at most 100.' });
const after = { type: () => String, nullable: true, description: 'The endCursor of the previous page.' };

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly postsService: PostsService,
    private readonly loaders: DiscussionsLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => ThreadModel, {
    nullable: true,
    description: 'A thread; NOT_FOUND when it does not exist or may not be seen.',
  })
  thread(
    @Args('id', { type: () => ID, description: "The thread's id." }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadModel> {
    return this.threads.thread(viewer, id);
  }

  @SignedIn()
  @Mutation(() => ThreadModel, { description: 'Starts a thread with its opening post, in one transaction.' })
  startThread(
    @Args('input', { description: 'The thread and its opening post.' }) input: StartThreadInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadModel> {
    return this.threads.start(viewer, input);
  }

  @ResolveField(() => SpaceModel, { description: 'The space the thread is in.' })
  async space(
    @Parent() thread: ThreadModel,
    @Context() { req }: ForumContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SpaceModel> {
    return (await this.loaders.forRequest(req, viewer).spaces.load(thread.spaceId))!;
  }

  @ResolveField(() => MemberModel, { description: 'Who started the thread.' })
  async author(@Parent() thread: ThreadModel, @Context() { req }: ForumContext): Promise<MemberModel> {
    return (await this.identity.forRequest(req).members.load(thread.authorId))!;
  }

  @ResolveField(() => OfficeModel, {
    description: "The office that shares the thread (the author's when it was started).",
  })
  async office(@Parent() thread: ThreadModel, @Context() { req }: ForumContext): Promise<OfficeModel> {
    return (await this.identity.forRequest(req).offices.load(thread.officeId))!;
  }

  @ResolveField(() => [OfficeModel], { description: 'With OFFICES: the other offices the thread is shared with.' })
  async sharedWith(@Parent() thread: ThreadModel, @Context() { req }: ForumContext): Promise<OfficeModel[]> {
    const offices = await this.identity.forRequest(req).offices.loadMany(thread.sharedWithOfficeIds);
    return offices.filter((office): office is OfficeModel => office !== null && !(office instanceof Error));
  }

  @ResolveField(() => PostConnection, {
    description: 'The whole tree in reading order: depth-first, siblings oldest first.',
  })
  async posts(
    @Parent() thread: ThreadModel,
    @Args('first', first(50)) firstArg: number,
    @Args('after', after) afterArg: string | null,
    @Context() { req }: ForumContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    const { connection, reactions } = await this.postsService.page(viewer, thread, {
      first: firstArg,
      after: afterArg,
    });
    const loaders = this.loaders.forRequest(req, viewer);
    loaders.threads.prime(thread.id, thread);
    for (const [postId, counts] of reactions) loaders.reactions.prime(postId, counts);
    for (const edge of connection.edges) loaders.posts.prime(edge.node.id, edge.node);
    return connection;
  }
}

@Resolver(() => SpaceModel)
export class SpaceThreadsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => ThreadConnection, {
    description: 'The threads the caller may see: pinned first, then newest activity first.',
  })
  threads(
    @Parent() space: SpaceModel,
    @Args('first', first(20)) firstArg: number,
    @Args('after', after) afterArg: string | null,
    @Args('kind', { type: () => ThreadKind, nullable: true, description: 'Only threads of this kind.' })
    kind: ThreadKind | null,
    @Args('tag', { type: () => String, nullable: true, description: 'Only threads with this tag.' }) tag: string | null,
    @Args('officeCode', { type: () => String, nullable: true, description: 'Only threads shared by this office.' })
    officeCode: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.threadsService.listInSpace(viewer, space.id, {
      first: firstArg,
      after: afterArg,
      kind,
      tag,
      officeCode,
    });
  }
}
