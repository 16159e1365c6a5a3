import { Args, Context, Extensions, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isUuid, loadOrFail } from '@forum/core';
import { badInput, decodeCursor, notFound, pageSize, toConnection, type ForumContext } from '@forum/graphql';
import {
  canReadRevisions,
  CurrentMember,
  CurrentViewer,
  MemberModel,
  Public,
  SignedIn,
  type Viewer,
} from '@forum/identity';
import { threadNotFound } from './discussions.errors.js';
import { ReplyInput } from './dto/discussion.inputs.js';
import { PostModel, PostRevisionConnection, ReactionCountModel } from './dto/post.model.js';
import { ThreadModel } from './dto/thread.model.js';
import { PostsService } from './posts.service.js';
import { ReactionsService } from './reactions.service.js';
import { ReactionKind } from './thread-kind.js';

const postId = { type: () => ID, description: "The post's id." };
const isRevisionCursor = (v: unknown): v is { id: string } =>
  typeof v === 'object' && v !== null && isUuid((v as { id?: string }).id);

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly reactionsService: ReactionsService,
  ) {}

  @SignedIn()
  @Mutation(() => PostModel, {
    description:
      'Replies to a post (or the opening post); a retry with the same clientMutationId returns the first post.',
  })
  reply(
    @Args('input', { description: 'The reply.' }) input: ReplyInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ): Promise<PostModel> {
    return this.posts.reply(viewer, input);
  }

  @SignedIn()
  @Mutation(() => PostModel, {
    description: 'Edits a post (its author or a moderator); the earlier text is kept in revisions.',
  })
  editPost(
    @Args('id', postId) id: string,
    @Args('body', { description: 'The new text, in Markdown.' }) body: string,
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('attachments', {
      type: () => [ID],
      nullable: true,
      description: "The post's documents after the edit, in order: null keeps them, [] removes them all.",
    })
    attachments?: string[] | null,
  ): Promise<PostModel> {
    return this.posts.edit(viewer, id, body, { attachments });
  }

  @SignedIn()
  @Mutation(() => PostModel, {
    description: 'Deletes a post (its author or a moderator); it keeps its place in the tree.',
  })
  deletePost(@Args('id', postId) id: string, @CurrentMember() viewer: NonNullable<Viewer>): Promise<PostModel> {
    return this.posts.delete(viewer, id);
  }

  @SignedIn()
  @Mutation(() => PostModel, { description: "Adds the caller's reaction to a post (once per kind)." })
  react(
    @Args('postId', postId) id: string,
    @Args('kind', { type: () => ReactionKind, description: 'The reaction.' }) kind: ReactionKind,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.reactionsService.react(viewer, id, kind);
  }

  @SignedIn()
  @Mutation(() => PostModel, { description: "Takes back the caller's reaction to a post." })
  unreact(
    @Args('postId', postId) id: string,
    @Args('kind', { type: () => ReactionKind, description: 'The reaction.' }) kind: ReactionKind,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.reactionsService.unreact(viewer, id, kind);
  }

  @Public()
  @ResolveField(() => ThreadModel, { description: 'The thread the post is in.' })
  thread(@Parent() post: PostModel, @Context() { loaders }: ForumContext): Promise<ThreadModel> {
    return loadOrFail(loaders.discussions.threads, post.threadId, threadNotFound);
  }

  @Public()
  @ResolveField(() => PostModel, {
    nullable: true,
    description: 'The post this one answers; null for the opening post.',
  })
  parent(@Parent() post: PostModel, @Context() { loaders }: ForumContext): Promise<PostModel | null> | null {
    return post.parentId ? loaders.discussions.posts.load(post.parentId) : null;
  }

  @Public()
  @ResolveField(() => MemberModel, { description: 'Who wrote the post.' })
  author(@Parent() post: PostModel, @Context() { loaders }: ForumContext): Promise<MemberModel> {
    return loadOrFail(loaders.identity.members, post.authorId, () => notFound('Member not found'));
  }

  @Public()
  // One count per kind used: a page of 100 posts with their reactions stays within the query limits.
  @Extensions({ listSize: Object.keys(ReactionKind).length })
  @ResolveField(() => [ReactionCountModel], {
    description: 'Reaction counts by kind (kinds nobody used are left out).',
  })
  reactions(@Parent() post: PostModel, @Context() { loaders }: ForumContext): Promise<ReactionCountModel[]> {
    return loaders.discussions.reactions.load(post.id);
  }

  @Public()
  @ResolveField(() => PostRevisionConnection, {
    description:
      'The earlier texts of an edited post, oldest first: for its author and moderators only (an edit may take out what was not meant to be shared).',
  })
  async revisions(
    @Parent() post: PostModel,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, at most 100.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Context() { loaders }: ForumContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    const limit = pageSize(first, 20);
    const all = canReadRevisions(viewer, post.authorId) ? await loaders.discussions.revisions.load(post.id) : [];
    const start = after ? all.findIndex((revision) => revision.id === decodeCursor(after, isRevisionCursor).id) + 1 : 0;
    if (after && start === 0) throw badInput('Invalid cursor', { argument: 'after' });
    return toConnection(
      all.slice(start, start + limit + 1),
      limit,
      (r) => r,
      (r) => ({ id: r.id }),
      all.length,
    );
  }
}
