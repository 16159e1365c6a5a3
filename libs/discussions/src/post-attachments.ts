import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput } from '@forum/core';
import type { ContentVisibility } from '@forum/events';
import type { Viewer } from '@forum/identity';

/** The post a write attaches to, and the author doing it. */
export interface PostAttachmentTarget {
  postId: string;
  threadId: string;
  author: NonNullable<Viewer>;
  /** Who may see the post now: for the events about its attachments. */
  visibility: ContentVisibility;
}

/**
 * What discussions needs of a lib that keeps files (documents, which sits above discussions and so cannot be
 * imported here): attach opaque ids to a post inside the post's own transaction, so the post and its attachments
 * commit together or not at all. The implementation refuses ids the author may not attach (BAD_USER_INPUT naming
 * `attachments`), which rolls the post back.
 */
export interface PostAttachmentsPort {
  /** Makes `documentIds` the post's attachments, in this order; documents no longer listed are detached. */
  setIn(tx: EntityManager, target: PostAttachmentTarget, documentIds: readonly string[]): Promise<void>;
}

/**
 * Dependency inversion: discussions owns the port, documents registers its implementation when its module starts
 * (the same shape as GraphQL context contributors). Without one (an app composed without documents), attachments
 * are refused by name rather than ignored.
 */
@Injectable()
export class PostAttachments {
  private port: PostAttachmentsPort | null = null;

  register(port: PostAttachmentsPort): void {
    this.port = port;
  }

  /** `ids` undefined or null: leave the post's attachments as they are (an edit that does not mention them). */
  async setIn(tx: EntityManager, target: PostAttachmentTarget, ids: readonly string[] | null | undefined) {
    if (ids === undefined || ids === null) return;
    if (!this.port) {
      if (ids.length === 0) return;
      throw badInput('This installation keeps no documents', { field: 'attachments' });
    }
    await this.port.setIn(tx, target, ids);
  }
}
