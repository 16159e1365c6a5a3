import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent, type DeliveredEvent } from '@forum/events';
import './documents.events.js';
import { DocumentTextsRepository } from './document-texts.repository.js';
import { BLOB_STORE, type BlobStore } from './storage/blob-store.js';
import { extractable, extractTextOf } from './text-extraction.js';

/** An extraction that takes longer is given up (the document stays downloadable; its text says FAILED). */
const EXTRACTION_TIMEOUT_MS = 30_000;

/**
 * Reads the text of new content in the background, from the outbox, never in the upload's request: PDF (unpdf),
 * DOCX and plain text. The outcome is recorded in the delivery's transaction, once per content.
 */
@Injectable()
export class TextExtractor {
  constructor(
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    private readonly texts: DocumentTextsRepository,
  ) {}

  @ConsumeEvent('documents.content-stored', { consumer: 'documents.extract-text' })
  async extract(tx: EntityManager, event: DeliveredEvent<'documents.content-stored'>): Promise<void> {
    const { sha256, contentType, size } = event.payload;
    if (!(await this.texts.contentExists(tx, sha256))) return;
    const bytes = extractable(contentType) && size > 0 ? await this.bytesOf(sha256, size) : Buffer.alloc(0);
    const outcome = await extractTextOf(bytes, contentType, { timeoutMs: EXTRACTION_TIMEOUT_MS });
    await this.texts.record(tx, sha256, outcome);
  }

  private async bytesOf(sha256: string, size: number): Promise<Buffer> {
    const pieces: Buffer[] = [];
    for await (const piece of await this.store.read(sha256, { start: 0, end: size - 1 })) pieces.push(piece as Buffer);
    return Buffer.concat(pieces);
  }
}
