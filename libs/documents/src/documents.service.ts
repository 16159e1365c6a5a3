import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { ErrorCode, ForumError, isUuid } from '@forum/core';
import { EventPublisher, type ContentVisibility } from '@forum/events';
import {
  PostAttachments,
  PostsService,
  type PostAttachmentsPort,
  type PostAttachmentTarget,
  type PostFiles,
} from '@forum/discussions';
import { signedInViewer, type Viewer } from '@forum/identity';
import { ReportsService, StrategiesService } from '@forum/reports';
import { acceptedContentType } from './content-type.js';
import { toDocumentModel } from './document.mapper.js';
import { documentNotFound, notAttachable, quotaExceeded, tooManyFiles, typeNotAllowed } from './documents.errors.js';
import { DocumentTextsRepository } from './document-texts.repository.js';
import './documents.events.js';
import { DocumentsRepository, type DocumentRow } from './documents.repository.js';
import type { DocumentModel } from './dto/document.model.js';
import type { DocumentPreviewModel } from './dto/document-preview.model.js';
import type { DocumentTextModel, TextExtraction } from './dto/document-text.model.js';
import { BLOB_STORE, type BlobStore, type ByteRange } from './storage/blob-store.js';
import { receiveFile } from './upload-intake.js';

/** A document the viewer may download, and how to read its bytes. */
export interface Download {
  document: DocumentRow;
  open(range: ByteRange): Promise<Readable>;
  /** A short-lived URL of the store to redirect to instead of streaming (object storage only), or null. */
  signedUrl(): Promise<string | null>;
}

/** What was read of a document: its text, and the preview made with it. */
export interface DocumentReading {
  text: DocumentTextModel;
  preview: DocumentPreviewModel;
}

/** An upload as the HTTP route hands it over: the file's stream and the name its sender gave. */
export interface IncomingFile {
  name: string;
  stream: Readable;
}

/**
 * Documents: uploads (checked, hashed, stored once per content), their attachment to posts inside the post's own
 * transaction (implementing discussions' PostAttachmentsPort), and downloads with the visibility of the thread.
 */
@Injectable()
export class DocumentsService implements PostAttachmentsPort, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    private readonly documents: DocumentsRepository,
    private readonly posts: PostsService,
    private readonly attachments: PostAttachments,
    private readonly events: EventPublisher,
    private readonly texts: DocumentTextsRepository,
    private readonly strategies: StrategiesService,
    private readonly reports: ReportsService,
  ) {}

  onModuleInit(): void {
    this.attachments.register(this);
  }

  /** Receives a file (refused while streaming past UPLOAD_MAX_BYTES), checks its type and the quota, stores it. */
  async upload(viewer: Viewer, file: IncomingFile): Promise<DocumentModel> {
    const owner = signedInViewer(viewer);
    const limits = this.config.documents;
    const received = await receiveFile(file.stream, { maxBytes: limits.maxBytes });
    try {
      const contentType = await acceptedContentType(received.path);
      if (!contentType) throw typeNotAllowed();
      const name = cleanName(file.name);
      const row = await this.dataSource.transaction(async (tx) => {
        const used = await this.documents.bytesOf(tx, owner.memberId);
        if (used + received.size > limits.memberQuotaBytes) throw quotaExceeded(limits.memberQuotaBytes);
        const isNew = await this.documents.insertBlob(tx, received.sha256, received.size);
        if (isNew) await this.store.put(tx, received.sha256, () => createReadStream(received.path), received.size);
        const document = await this.documents.insert(tx, {
          ownerId: owner.memberId,
          name,
          contentType,
          size: received.size,
          sha256: received.sha256,
        });
        if (isNew) {
          const payload = { sha256: received.sha256, contentType, size: received.size, documentId: document.id };
          await this.events.publish(tx, 'documents.content-stored', payload, { actorId: owner.memberId });
        }
        return document;
      });
      return toDocumentModel(row);
    } finally {
      await received.discard();
    }
  }

  /**
   * PostAttachmentsPort, in the post's transaction. A listed id must be on this post already or be the writer's own
   * unattached upload (else the write is refused); a file the Markdown names is kept the same way when it can be, and
   * otherwise stays a mere link (shown to whoever may see the post that holds it). What the post no longer names goes.
   */
  async setIn(tx: EntityManager, target: PostAttachmentTarget, files: PostFiles): Promise<void> {
    const max = this.config.documents.maxFilesPerPost;
    const current = await this.documents.lockOfPost(tx, target.postId);
    const listed = files.attachments
      ? [...new Set(files.attachments)]
      : current.filter((row) => !row.embedded).map((row) => row.id);
    if (listed.length > max) throw tooManyFiles(max, 'attachments');
    if (!listed.every(isUuid)) throw notAttachable();
    const referenced = [...new Set(files.referenced)].filter((id) => isUuid(id) && !listed.includes(id));
    const named = [...listed, ...referenced];
    const rows = named.length ? await this.documents.lockMany(tx, named) : [];
    const keepable = new Set(
      rows
        .filter((row) => row.post_id === target.postId || (row.owner_id === target.author.memberId && isLoose(row)))
        .map((row) => row.id),
    );
    if (!listed.every((id) => keepable.has(id))) throw notAttachable();
    const embedded = referenced.filter((id) => keepable.has(id));
    if (listed.length + embedded.length > max) throw tooManyFiles(max, 'body');
    const removed = await this.documents.removeFromPost(tx, target.postId, [...listed, ...embedded]);
    if (listed.length || embedded.length) await this.documents.attach(tx, target.postId, listed, embedded);
    const options = { actorId: target.author.memberId, visibility: target.visibility };
    const at = { postId: target.postId, threadId: target.threadId };
    for (const row of rows.filter((document) => keepable.has(document.id) && document.post_id === null))
      await this.events.publish(tx, 'documents.attached', { documentId: row.id, sha256: row.sha256, ...at }, options);
    for (const row of removed)
      await this.events.publish(tx, 'documents.removed', { documentId: row.id, sha256: row.sha256, ...at }, options);
    await this.forgetUnreferenced(
      tx,
      removed.map((row) => row.sha256),
    );
  }

  /** The document if the viewer may see it: its uploader while unattached, else whoever may see its post. */
  async download(viewer: Viewer, id: string): Promise<Download> {
    if (!isUuid(id)) throw documentNotFound();
    const document = await this.documents.byId(this.dataSource.manager, id);
    if (!document || !(await this.mayView(viewer, document))) throw documentNotFound();
    return {
      document,
      open: (range) => this.store.read(document.sha256, range),
      signedUrl: () =>
        this.store.signedUrl(document.sha256, { contentType: document.content_type, fileName: document.name }),
    };
  }

  /** The attachments of posts the caller has already shown the viewer (Post.attachments), each post's in order. */
  async attachedTo(postIds: readonly string[]): Promise<DocumentModel[][]> {
    const rows = await this.documents.attachedTo(this.dataSource.manager, postIds);
    const byPost = new Map<string, DocumentModel[]>(postIds.map((id) => [id, []]));
    for (const row of rows) if (row.post_id) byPost.get(row.post_id)?.push(toDocumentModel(row));
    return postIds.map((id) => byPost.get(id) ?? []);
  }

  /** The text and preview of documents the caller has already shown the viewer (Document.text, .preview). */
  async readingsOf(documentIds: readonly string[]): Promise<DocumentReading[]> {
    const rows = await this.texts.ofDocuments(this.dataSource.manager, documentIds);
    const byId = new Map(rows.map((row) => [row.document_id, row]));
    return documentIds.map((id) => {
      const row = byId.get(id);
      const state = (row?.status ?? 'PENDING') as TextExtraction;
      return {
        text: { state, text: row?.text ?? null },
        preview: { state, pageCount: row?.page_count ?? null, text: row?.preview ?? null },
      };
    });
  }

  /** Removes every document of a post (deleted), and the content no other upload has, in the caller's transaction. */
  async removeAllOfPostIn(
    tx: EntityManager,
    post: { postId: string; threadId: string; actorId: string | null; visibility: ContentVisibility | null },
  ): Promise<void> {
    const removed = await this.documents.removeFromPost(tx, post.postId, []);
    const options = { actorId: post.actorId ?? undefined, visibility: post.visibility ?? undefined };
    for (const row of removed) {
      const payload = { documentId: row.id, sha256: row.sha256, postId: post.postId, threadId: post.threadId };
      await this.events.publish(tx, 'documents.removed', payload, options);
    }
    await this.forgetUnreferenced(
      tx,
      removed.map((row) => row.sha256),
    );
  }

  /** Deletes uploads never attached that are older than `before`, and the content nothing else references. */
  async removeExpired(before: Date): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const removed = await this.documents.removeUnattached(tx, before);
      await this.forgetUnreferenced(tx, removed);
      return removed.length;
    });
  }

  private async forgetUnreferenced(tx: EntityManager, sha256s: string[]): Promise<void> {
    if (!sha256s.length) return;
    for (const sha256 of await this.documents.removeUnreferencedBlobs(tx, [...new Set(sha256s)]))
      await this.store.remove(tx, sha256);
  }

  /** Its holder's visibility, decided by the holder's own lib (discussions, reports); its uploader's while loose. */
  private async mayView(viewer: Viewer, document: DocumentRow): Promise<boolean> {
    if (isLoose(document)) return viewer?.memberId === document.owner_id;
    try {
      if (document.strategy_id) await this.strategies.strategy(viewer, document.strategy_id);
      else if (document.report_id) await this.reports.report(viewer, document.report_id);
      else if (document.post_id) {
        const post = await this.posts.visiblePostIn(this.dataSource.manager, viewer, document.post_id);
        return !post.deleted;
      }
      return true;
    } catch (error) {
      if (error instanceof ForumError && error.code === ErrorCode.NOT_FOUND) return false;
      throw error;
    }
  }
}

/** An upload with no holder yet: its uploader's alone, and it expires. */
const isLoose = (row: DocumentRow) => row.post_id === null && row.strategy_id === null && row.report_id === null;

/** The sender's file name without folders or control characters, at most 200 characters; "file" when empty. */
function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((character) => character.charCodeAt(0) > 0x1f && character.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 200);
  return clean || 'file';
}
