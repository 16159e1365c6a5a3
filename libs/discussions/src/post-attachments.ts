import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput } from '@forum/core';
import type { ContentVisibility } from '@forum/events';
import type { Viewer } from '@forum/identity';
import { documentReferences } from './markdown.js';

/** The post a write attaches to, and the author doing it. */
export interface PostAttachmentTarget {
  postId: string;
  threadId: string;
  author: NonNullable<Viewer>;
  /** Who may see the post now: for the events about its attachments. */
  visibility: ContentVisibility;
}

/** The files a post names after a write. */
export interface PostFiles {
  /** The listed attachments, in order; null: leave them as they are (an edit that does not mention them). */
  attachments: readonly string[] | null;
  /** Forum files the post's Markdown shows or links to (`/api/documents/<id>`), from documentReferences. */
  referenced: readonly string[];
}

/**
 * What discussions needs of a lib that keeps files (documents, which sits above discussions and so cannot be
 * imported here): attach opaque ids to a post inside the post's own transaction, so the post and its attachments
 * commit together or not at all. The implementation refuses listed ids the author may not attach (BAD_USER_INPUT
 * naming `attachments`), which rolls the post back; a referenced id it may not keep stays a mere link.
 */
export interface PostAttachmentsPort {
  /**
   * Makes `files.attachments` the post's attachments, in this order, and keeps the referenced files that are the
   * author's own uploads with the post (embedded); documents no longer listed or referenced are detached.
   */
  setIn(tx: EntityManager, target: PostAttachmentTarget, files: PostFiles): Promise<void>;
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

  /**
   * `ids` undefined or null: leave the post's listed attachments as they are. `body` is the post's Markdown after
   * the write: the files it shows are kept with the post. A new post naming no file asks nothing of the port.
   */
  async setIn(
    tx: EntityManager,
    target: PostAttachmentTarget,
    ids: readonly string[] | null | undefined,
    { body, isNew }: { body: string; isNew: boolean },
  ) {
    const attachments = ids ?? null;
    if (!this.port) {
      if (!attachments?.length) return;
      throw badInput('This installation keeps no documents', { field: 'attachments' });
    }
    const referenced = documentReferences(body);
    if (isNew && !attachments?.length && !referenced.length) return;
    await this.port.setIn(tx, target, { attachments, referenced });
  }
}
