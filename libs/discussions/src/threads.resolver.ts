import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { SpaceModel } from '@forum/catalog';
import { loadOrFail } from '@forum/core';
import { notFound, preloadFields, selects, type ForumContext } from '@forum/graphql';
import { CurrentMember, CurrentViewer, MemberModel, OfficeModel, Public, SignedIn, type Viewer } from '@forum/identity';
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
  ) {}

  @Public()
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
    @CurrentMember() viewer: NonNullable<Viewer>,
  ): Promise<ThreadModel> {
    return this.threads.start(viewer, input);
  }

  @Public()
  @ResolveField(() => SpaceModel, { description: 'The space the thread is in.' })
  async space(@Parent() thread: ThreadModel, @Context() { loaders }: ForumContext): Promise<SpaceModel> {
    return loadOrFail(loaders.discussions.spaces, thread.spaceId, () => notFound('Space not found'));
  }

  @Public()
  @ResolveField(() => MemberModel, { description: 'Who started the thread.' })
  author(@Parent() thread: ThreadModel, @Context() { loaders }: ForumContext): Promise<MemberModel> {
    return loadOrFail(loaders.identity.members, thread.authorId, () => notFound('Member not found'));
  }

  @Public()
  @ResolveField(() => OfficeModel, {
    description: "The office that shares the thread (the author's when it was started).",
  })
  office(@Parent() thread: ThreadModel, @Context() { loaders }: ForumContext): Promise<OfficeModel> {
    return loadOrFail(loaders.identity.offices, thread.officeId, () => notFound('Office not found'));
  }

  @Public()
  @ResolveField(() => [OfficeModel], { description: 'With OFFICES: the other offices the thread is shared with.' })
  async sharedWith(@Parent() thread: ThreadModel, @Context() { loaders }: ForumContext): Promise<OfficeModel[]> {
    const offices = await loaders.identity.offices.loadMany(thread.sharedWithOfficeIds);
    return offices.filter((office): office is OfficeModel => office !== null && !(office instanceof Error));
  }

  @Public()
  @ResolveField(() => PostConnection, {
    description: 'The whole tree in reading order: depth-first, siblings oldest first.',
  })
  async posts(
    @Parent() thread: ThreadModel,
    @Args('first', first(50)) firstArg: number,
    @Args('after', after) afterArg: string | null,
    @Context() { loaders }: ForumContext,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = this.postsService.page(viewer, thread, { first: firstArg, after: afterArg });
    const members = loaders.identity.members;
    const authorIds = ({ connection }: Awaited<typeof page>) => connection.edges.map((edge) => edge.node.authorId);
    const withAuthors = selects(info, ['edges', 'node', 'author']);
    // The page's authors join the members batch of the thread's own author (asked for beside this field): one
    // statement for both, held until the page is read. (Not awaiting loadMany there: the batch waits for the hold.)
    if (withAuthors) loaders.identity.holdMembers(page.then((read) => void members.loadMany(authorIds(read))));
    const read = await page;
    const { connection, reactions } = read;
    const authors = withAuthors ? await members.loadMany(authorIds(read)) : [];
    const discussions = loaders.discussions;
    discussions.threads.prime(thread.id, thread);
    connection.edges.forEach(({ node }, i) => {
      discussions.posts.prime(node.id, node);
      // Loaded with the page: answered as plain values (preloadFields), not by a resolver call per post.
      const author = authors[i];
      preloadFields(node, {
        reactions: reactions.get(node.id) ?? [],
        ...(author && !(author instanceof Error) ? { author } : {}),
      });
    });
    return connection;
  }
}

@Resolver(() => SpaceModel)
export class SpaceThreadsResolver {
  @Public()
  @ResolveField(() => ThreadConnection, {
    description: 'The threads the caller may see: pinned first, then newest activity first.',
  })
  async threads(
    @Parent() space: SpaceModel,
    @Args('first', first(20)) firstArg: number,
    @Args('after', after) afterArg: string | null,
    @Args('kind', { type: () => ThreadKind, nullable: true, description: 'Only threads of this kind.' })
    kind: ThreadKind | null,
    @Args('tag', { type: () => String, nullable: true, description: 'Only threads with this tag.' }) tag: string | null,
    @Args('officeCode', { type: () => String, nullable: true, description: 'Only threads shared by this office.' })
    officeCode: string | null,
    @Context() { loaders }: ForumContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Through a loader: a list of spaces asks for all their pages in one statement.
    const args = { first: firstArg, after: afterArg, kind, tag, officeCode };
    const page = await loaders.discussions.spaceThreads.load({ spaceId: space.id, args });
    if (!selects(info, ['edges', 'node', 'author'])) return page;
    // Their authors: one members batch for every space's page, answered as plain values (preloadFields).
    const authors = await loaders.identity.members.loadMany(page.edges.map((edge) => edge.node.authorId));
    page.edges.forEach(({ node }, i) => {
      const author = authors[i];
      if (author && !(author instanceof Error)) preloadFields(node, { author });
    });
    return page;
  }
}
