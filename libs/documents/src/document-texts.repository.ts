import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { snapshotDocument } from './testing/snapshot-rows.js';

export type TextStatus = 'DONE' | 'FAILED' | 'UNSUPPORTED';

export interface DocumentTextRow {
  document_id: string;
  status: TextStatus | null;
  text: string | null;
}

/** Every statement on document_text. */
@Injectable()
export class DocumentTextsRepository {
  /** Records the outcome once per content (a repeated delivery changes nothing). */
  @SqlSnapshot({
    params: async (db) => [(await snapshotDocument(db)).sha256, { status: 'DONE', text: 'words', error: null }],
  })
  async record(
    db: EntityManager,
    sha256: string,
    outcome: { status: TextStatus; text: string | null; error: string | null },
  ): Promise<void> {
    await db.query(
      `INSERT INTO document_text (sha256, status, text, error) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sha256) DO NOTHING`,
      [sha256, outcome.status, outcome.text, outcome.error],
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
      `SELECT d.id AS document_id, t.status, t.text
       FROM document d LEFT JOIN document_text t ON t.sha256 = d.sha256
       WHERE d.id = ANY($1::uuid[])`,
      [documentIds],
    ) as Promise<DocumentTextRow[]>;
  }
}
