import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EventPublisher } from '@forum/events';
import { signedInViewer, type Viewer } from '@forum/identity';
import { toPostModel } from './discussion.rows.js';
import { postDeleted } from './discussions.errors.js';
import { contentVisibility } from './discussions.events.js';
import type { PostModel } from './dto/post.model.js';
import { PostsService, type VisiblePost } from './posts.service.js';
import { ReactionsRepository } from './reactions.repository.js';
import type { ReactionKind } from './thread-kind.js';

/** Reactions: one of each kind per member and post, on posts the member may see and that are not deleted. */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly reactions: ReactionsRepository,
    private readonly events: EventPublisher,
  ) {}

  /** Adds the member's reaction of this kind (a second one is no change). */
  async react(viewer: Viewer, postId: string, kind: ReactionKind): Promise<PostModel> {
    const member = signedInViewer(viewer);
    const post = await this.reactablePost(viewer, postId);
    await this.dataSource.transaction(async (tx) => {
      await this.reactions.add(tx, { postId: post.id, memberId: member.memberId, kind });
      await this.publishChange(tx, post, { memberId: member.memberId, kind, reacted: true });
    });
    return toPostModel(post);
  }

  /** Takes back the member's reaction of this kind. */
  async unreact(viewer: Viewer, postId: string, kind: ReactionKind): Promise<PostModel> {
    const member = signedInViewer(viewer);
    const post = await this.reactablePost(viewer, postId);
    await this.dataSource.transaction(async (tx) => {
      await this.reactions.remove(tx, { postId: post.id, memberId: member.memberId, kind });
      await this.publishChange(tx, post, { memberId: member.memberId, kind, reacted: false });
    });
    return toPostModel(post);
  }

  private async reactablePost(viewer: Viewer, postId: string): Promise<VisiblePost> {
    const post = await this.posts.visiblePostIn(this.dataSource.manager, signedInViewer(viewer), postId);
    if (post.deleted) throw postDeleted();
    return post;
  }

  private publishChange(
    tx: EntityManager,
    post: VisiblePost,
    change: { memberId: string; kind: ReactionKind; reacted: boolean },
  ): Promise<string> {
    return this.events.publish(
      tx,
      'discussions.reaction-changed',
      { postId: post.id, threadId: post.thread_id, ...change },
      { actorId: change.memberId, visibility: contentVisibility(post.thread) },
    );
  }
}
