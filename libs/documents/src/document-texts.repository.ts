import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { snapshotDocument } from './testing/snapshot-rows.js';
import { PREVIEW_CHARS } from './text-extraction.js';

export type TextStatus = 'DONE' | 'FAILED' | 'UNSUPPORTED';

export interface DocumentTextRow {
  document_id: string;
  status: TextStatus | null;
  text: string | null;
  page_count: number | null;
  preview: string | null;
}

/** Every statement on document_text. */
@Injectable()
export class DocumentTextsRepository {
  /** Records the outcome once per content (a repeated delivery changes nothing). */
  @SqlSnapshot({
    params: async (db) => [
      (await snapshotDocument(db)).sha256,
      { status: 'DONE', text: 'words', error: null, pageCount: 1, preview: 'words' },
    ],
  })
  async record(
    db: EntityManager,
    sha256: string,
    outcome: {
      status: TextStatus;
      text: string | null;
      error: string | null;
      pageCount: number | null;
      preview: string | null;
    },
  ): Promise<void> {
    await db.query(
      `INSERT INTO document_text (sha256, status, text, error, page_count, preview) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (sha256) DO NOTHING`,
      [sha256, outcome.status, outcome.text, outcome.error, outcome.pageCount, outcome.preview],
    );
  }

  /** Whether the content is still stored (an upload may expire before its text is read). */
  @SqlSnapshot({ params: async (db) => [(await snapshotDocument(db)).sha256] })
  async contentExists(db: EntityManager, sha256: string): Promise<boolean> {
    const rows = (await db.query('SELECT 1 FROM document_blob WHERE sha256 = $1', [sha256])) as unknown[];
    return rows.length === 1;
  }

  /** The text of each document (status null while not extracted yet). */
  @SqlSnapshot({ params: async (db) => [[(await snapshotDocument(db)).documentId]] })
  ofDocuments(db: EntityManager, documentIds: readonly string[]): Promise<DocumentTextRow[]> {
    return db.query(
      // Texts read before previews were kept show the start of their text instead.
      `SELECT d.id AS document_id, t.status, t.text, t.page_count,
         COALESCE(t.preview, left(t.text, $2)) AS preview
       FROM document d LEFT JOIN document_text t ON t.sha256 = d.sha256
       WHERE d.id = ANY($1::uuid[])`,
      [documentIds, PREVIEW_CHARS],
    ) as Promise<DocumentTextRow[]>;
  }
}
