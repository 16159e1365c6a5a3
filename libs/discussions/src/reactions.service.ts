import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { conflict } from '@forum/graphql';
import { signedInViewer, type Viewer } from '@forum/identity';
import type { PostModel, ReactionCountModel } from './dto/post.model.js';
import { toPostModel } from './discussion.rows.js';
import { PostsService } from './posts.service.js';
import type { ReactionKind } from './thread-kind.js';

/** Reactions: one of each kind per member and post; counted per kind. */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
  ) {}

  async react(viewer: Viewer, postId: string, kind: ReactionKind, on: boolean): Promise<PostModel> {
    const member = signedInViewer(viewer);
    const post = await this.posts.visiblePost(member, postId);
    if (post.deleted) throw conflict('The post is deleted');
    if (on) {
      await this.dataSource.query(
        'INSERT INTO post_reaction (post_id, member_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [post.id, member.memberId, kind],
      );
    } else {
      await this.dataSource.query('DELETE FROM post_reaction WHERE post_id = $1 AND member_id = $2 AND kind = $3', [
        post.id,
        member.memberId,
        kind,
      ]);
    }
    return toPostModel(post);
  }

  /** Reaction counts for many posts in one query, with whether `viewer` reacted. */
  async countsFor(viewer: Viewer, postIds: readonly string[]): Promise<ReactionCountModel[][]> {
    const rows = (await this.dataSource.query(
      `SELECT post_id, kind, count(*)::int AS count, COALESCE(bool_or(member_id = $2::uuid), false) AS mine
       FROM post_reaction WHERE post_id = ANY($1::uuid[]) GROUP BY post_id, kind ORDER BY kind`,
      [postIds, viewer?.memberId ?? null],
    )) as { post_id: string; kind: ReactionKind; count: number; mine: boolean }[];
    return postIds.map((id) =>
      rows
        .filter((row) => row.post_id === id)
        .map((row) => ({ kind: row.kind, count: row.count, reactedByMe: row.mine })),
    );
  }
}
