import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { distinctUuids, isUuid } from '@forum/core';
import type { VisibleItem } from '@forum/identity';
import { DeliveryFactsRepository } from './delivery-facts.repository.js';

/** A post and its thread as they are at delivery time, and who the post speaks to. */
export interface PostFacts {
  postId: string;
  threadId: string;
  spaceId: string;
  threadTitle: string;
  threadAuthorId: string;
  tags: string[];
  /** The thread's visibility now (it may have been narrowed since the event). */
  visibility: VisibleItem;
  authorId: string;
  parentId: string | null;
  /** The author of the post replied to (null for the opening post). */
  parentAuthorId: string | null;
  deleted: boolean;
  mentionedMemberIds: string[];
  mentionedOfficeIds: string[];
}

/** A thread as it is now: its place, its title and who may see it. */
export interface ThreadFacts {
  threadId: string;
  spaceId: string;
  title: string;
  visibility: VisibleItem;
}

/**
 * What the domains that deliver content to members (notifications, real time, e-mail) need to know about a post, read in
 * their transaction without a viewer: they decide per recipient who may see it. Null when the post no longer exists.
 */
@Injectable()
export class DeliveryFactsService {
  constructor(private readonly facts: DeliveryFactsRepository) {}

  async ofPost(db: EntityManager, postId: string): Promise<PostFacts | null> {
    if (!isUuid(postId)) return null;
    const row = await this.facts.ofPost(db, postId);
    if (!row) return null;
    return {
      postId: row.post_id,
      threadId: row.thread_id,
      spaceId: row.space_id,
      threadTitle: row.title,
      threadAuthorId: row.thread_author_id,
      tags: row.tags,
      visibility: {
        visibility: row.visibility,
        officeId: row.office_id,
        sharedWithOfficeIds: row.shared_with_office_ids,
      },
      authorId: row.author_id,
      parentId: row.parent_id,
      parentAuthorId: row.parent_author_id,
      deleted: row.deleted,
      mentionedMemberIds: row.mentioned_member_ids,
      mentionedOfficeIds: row.mentioned_office_ids,
    };
  }

  /** The threads that still exist among `threadIds` (one statement), for e-mails that re-check each recipient. */
  async ofThreads(db: EntityManager, threadIds: readonly string[]): Promise<ThreadFacts[]> {
    const ids = distinctUuids(threadIds);
    if (ids.length === 0) return [];
    return (await this.facts.ofThreads(db, ids)).map((row) => ({
      threadId: row.thread_id,
      spaceId: row.space_id,
      title: row.title,
      visibility: {
        visibility: row.visibility,
        officeId: row.office_id,
        sharedWithOfficeIds: row.shared_with_office_ids,
      },
    }));
  }
}
