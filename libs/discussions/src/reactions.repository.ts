import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { SNAPSHOT, snapshotPost } from './testing/snapshot-rows.js';
import { ReactionKind } from './thread-kind.js';

export interface ReactionCountRow {
  post_id: string;
  kind: ReactionKind;
  count: number;
  mine: boolean;
}

/** The SQL of reactions: one of each kind per member and post. */
@Injectable()
export class ReactionsRepository {
  /** Adds the reaction; a second one of the same kind is no change. */
  @SqlSnapshot({
    params: async (db) => {
      const { postId, memberId } = await snapshotPost(db);
      return [{ postId, memberId, kind: ReactionKind.LIKE }];
    },
  })
  async add(db: EntityManager, reaction: { postId: string; memberId: string; kind: ReactionKind }): Promise<void> {
    await db.query('INSERT INTO post_reaction (post_id, member_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      reaction.postId,
      reaction.memberId,
      reaction.kind,
    ]);
  }

  @SqlSnapshot({ params: [{ postId: SNAPSHOT.postId, memberId: SNAPSHOT.memberId, kind: ReactionKind.LIKE }] })
  async remove(db: EntityManager, reaction: { postId: string; memberId: string; kind: ReactionKind }): Promise<void> {
    await db.query('DELETE FROM post_reaction WHERE post_id = $1 AND member_id = $2 AND kind = $3', [
      reaction.postId,
      reaction.memberId,
      reaction.kind,
    ]);
  }

  /** Counts per post and kind, with whether `memberId` (null: nobody) is among them: one statement for many posts. */
  @SqlSnapshot({ params: [SNAPSHOT.memberId, [SNAPSHOT.postId, SNAPSHOT.otherId]] })
  async countsFor(db: EntityManager, memberId: string | null, postIds: readonly string[]): Promise<ReactionCountRow[]> {
    return (await db.query(
      `SELECT post_id, kind, count(*)::int AS count, COALESCE(bool_or(member_id = $2::uuid), false) AS mine
       FROM post_reaction WHERE post_id = ANY($1::uuid[]) GROUP BY post_id, kind ORDER BY kind`,
      [postIds, memberId],
    )) as ReactionCountRow[];
  }
}
