import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { SNAPSHOT, snapshotPost } from './testing/snapshot-rows.js';

/** One mention: of an office or of a member. */
export interface MentionTarget {
  officeId: string | null;
  memberId: string | null;
}

/** The SQL of a post's mentions. */
@Injectable()
export class MentionsRepository {
  @SqlSnapshot({ params: [SNAPSHOT.postId] })
  async deleteOfPost(db: EntityManager, postId: string): Promise<void> {
    await db.query('DELETE FROM post_mention WHERE post_id = $1', [postId]);
  }

  @SqlSnapshot({
    params: async (db) => {
      const { postId, officeId, memberId } = await snapshotPost(db);
      return [
        postId,
        [
          { officeId, memberId: null },
          { officeId: null, memberId },
        ],
      ];
    },
  })
  async insert(db: EntityManager, postId: string, targets: readonly MentionTarget[]): Promise<void> {
    await db.query(
      'INSERT INTO post_mention (post_id, office_id, member_id) SELECT $1::uuid, unnest($2::uuid[]), unnest($3::uuid[])',
      [postId, targets.map((target) => target.officeId), targets.map((target) => target.memberId)],
    );
  }
}
