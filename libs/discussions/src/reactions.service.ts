import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signedInViewer, type Viewer } from '@forum/identity';
import { toPostModel } from './discussion.rows.js';
import { postDeleted } from './discussions.errors.js';
import type { PostModel } from './dto/post.model.js';
import { PostsService } from './posts.service.js';
import { ReactionsRepository } from './reactions.repository.js';
import type { ReactionKind } from './thread-kind.js';

/** Reactions: one of each kind per member and post, on posts the member may see and that are not deleted. */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly reactions: ReactionsRepository,
  ) {}

  /** Adds the member's reaction of this kind (a second one is no change). */
  async react(viewer: Viewer, postId: string, kind: ReactionKind): Promise<PostModel> {
    const member = signedInViewer(viewer);
    const post = await this.reactablePost(viewer, postId);
    await this.reactions.add(this.dataSource.manager, { postId: post.id, memberId: member.memberId, kind });
    return post;
  }

  /** Takes back the member's reaction of this kind. */
  async unreact(viewer: Viewer, postId: string, kind: ReactionKind): Promise<PostModel> {
    const member = signedInViewer(viewer);
    const post = await this.reactablePost(viewer, postId);
    await this.reactions.remove(this.dataSource.manager, { postId: post.id, memberId: member.memberId, kind });
    return post;
  }

  private async reactablePost(viewer: Viewer, postId: string): Promise<PostModel> {
    const post = await this.posts.visiblePostIn(this.dataSource.manager, signedInViewer(viewer), postId);
    if (post.deleted) throw postDeleted();
    return toPostModel(post);
  }
}
