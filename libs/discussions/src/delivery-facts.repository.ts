import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import type { Visibility } from '@forum/identity';
import { snapshotPost } from './testing/snapshot-rows.js';

/** A post and its thread as they are now, with who the post speaks to (see DeliveryFactsService). */
export interface PostFactsRow {
  post_id: string;
  thread_id: string;
  space_id: string;
  title: string;
  thread_author_id: string;
  office_id: string;
  visibility: Visibility;
  shared_with_office_ids: string[];
  tags: string[];
  author_id: string;
  parent_id: string | null;
  parent_author_id: string | null;
  deleted: boolean;
  mentioned_member_ids: string[];
  mentioned_office_ids: string[];
}

/** A thread as it is now: where it is and who may see it (see DeliveryFactsService.ofThreads). */
export interface ThreadFactsRow {
  thread_id: string;
  space_id: string;
  title: string;
  office_id: string;
  visibility: Visibility;
  shared_with_office_ids: string[];
}

/** The one read that delivering a post needs (notifications, real time), with no viewer: the deliverer checks each. */
@Injectable()
export class DeliveryFactsRepository {
  @SqlSnapshot({ params: async (db) => [(await snapshotPost(db)).postId] })
  async ofPost(db: EntityManager, postId: string): Promise<PostFactsRow | null> {
    const rows = (await db.query(
      `SELECT p.id AS post_id, t.id AS thread_id, t.space_id, t.title, t.author_id AS thread_author_id, t.office_id,
              t.visibility, t.shared_with_office_ids, t.tags, p.author_id, p.parent_id,
              parent.author_id AS parent_author_id, p.deleted,
              ARRAY(SELECT m.member_id FROM post_mention m WHERE m.post_id = p.id AND m.member_id IS NOT NULL)
                AS mentioned_member_ids,
              ARRAY(SELECT m.office_id FROM post_mention m WHERE m.post_id = p.id AND m.office_id IS NOT NULL)
                AS mentioned_office_ids
       FROM post p JOIN thread t ON t.id = p.thread_id LEFT JOIN post parent ON parent.id = p.parent_id
       WHERE p.id = $1`,
      [postId],
    )) as PostFactsRow[];
    return rows[0] ?? null;
  }

  /** Threads by id as they are now (the ones that still exist), for a deliverer that checks each recipient. */
  @SqlSnapshot({ params: async (db) => [[(await snapshotPost(db)).threadId]] })
  async ofThreads(db: EntityManager, threadIds: readonly string[]): Promise<ThreadFactsRow[]> {
    return (await db.query(
      `SELECT t.id AS thread_id, t.space_id, t.title, t.office_id, t.visibility, t.shared_with_office_ids
       FROM thread t WHERE t.id = ANY($1::uuid[])`,
      [[...threadIds]],
    )) as ThreadFactsRow[];
  }
}
