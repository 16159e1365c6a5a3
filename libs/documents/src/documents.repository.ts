import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { SNAPSHOT, snapshotDocument } from './testing/snapshot-rows.js';

/** A document's row as its SQL returns it (bigint sizes as numbers: files are far below 2^53). */
export interface DocumentRow {
  id: string;
  owner_id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  post_id: string | null;
  position: number | null;
  embedded: boolean;
  strategy_id: string | null;
  report_id: string | null;
  version: number | null;
  attached_at: Date | null;
  created_at: Date;
}

export interface NewDocument {
  ownerId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

const COLUMNS = `id, owner_id, name, content_type, size::float8 AS size, sha256, post_id, position, embedded,
  strategy_id, report_id, version, attached_at, created_at`;

/** Every statement on document and document_blob. */
@Injectable()
export class DocumentsRepository {
  /**
   * True when this call stored the blob row (the content is new); false when it was there already. Either way the
   * row stays locked until the caller's transaction ends, so a concurrent removal of unreferenced content waits for
   * this upload's document instead of deleting the content under it.
   */
  @SqlSnapshot({ params: ['c'.repeat(64), 3] })
  async insertBlob(db: EntityManager, sha256: string, size: number): Promise<boolean> {
    const [row] = (await db.query(
      `INSERT INTO document_blob (sha256, size) VALUES ($1, $2)
       ON CONFLICT (sha256) DO UPDATE SET size = EXCLUDED.size RETURNING (xmax = 0) AS inserted`,
      [sha256, size],
    )) as { inserted: boolean }[];
    return row.inserted;
  }

  @SqlSnapshot({
    params: async (db) => {
      const s = await snapshotDocument(db);
      return [{ ownerId: s.memberId, name: 'b.pdf', contentType: 'application/pdf', size: 3, sha256: s.sha256 }];
    },
  })
  async insert(db: EntityManager, document: NewDocument): Promise<DocumentRow> {
    const [row] = (await db.query(
      `INSERT INTO document (owner_id, name, content_type, size, sha256) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [document.ownerId, document.name, document.contentType, document.size, document.sha256],
    )) as DocumentRow[];
    return row;
  }

  @SqlSnapshot({ params: async (db) => [(await snapshotDocument(db)).documentId] })
  async byId(db: EntityManager, id: string): Promise<DocumentRow | null> {
    const rows = (await db.query(`SELECT ${COLUMNS} FROM document WHERE id = $1`, [id])) as DocumentRow[];
    return rows[0] ?? null;
  }

  /** The bytes a member's documents take (each upload counts, even of content stored once). */
  @SqlSnapshot({ params: async (db) => [(await snapshotDocument(db)).memberId] })
  async bytesOf(db: EntityManager, ownerId: string): Promise<number> {
    const [{ bytes }] = (await db.query(
      'SELECT COALESCE(SUM(size), 0)::float8 AS bytes FROM document WHERE owner_id = $1',
      [ownerId],
    )) as { bytes: number }[];
    return bytes;
  }

  /** The listed attachments of these posts, each post's in order (not the files their Markdown embeds). */
  @SqlSnapshot({ params: async (db) => [[(await snapshotDocument(db)).postId]] })
  attachedTo(db: EntityManager, postIds: readonly string[]): Promise<DocumentRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM document WHERE post_id = ANY($1::uuid[]) AND NOT embedded ORDER BY post_id, position`,
      [postIds],
    ) as Promise<DocumentRow[]>;
  }

  /** Every document of a post, listed ones in order then embedded ones, locked for a change of them. */
  @SqlSnapshot({ params: async (db) => [(await snapshotDocument(db)).postId] })
  lockOfPost(db: EntityManager, postId: string): Promise<DocumentRow[]> {
    return db.query(`SELECT ${COLUMNS} FROM document WHERE post_id = $1 ORDER BY embedded, position, id FOR UPDATE`, [
      postId,
    ]) as Promise<DocumentRow[]>;
  }

  /** Locks these documents (for an attach that checks then writes them). */
  @SqlSnapshot({ params: async (db) => [[(await snapshotDocument(db)).documentId]] })
  lockMany(db: EntityManager, ids: readonly string[]): Promise<DocumentRow[]> {
    return db.query(`SELECT ${COLUMNS} FROM document WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      ids,
    ]) as Promise<DocumentRow[]>;
  }

  /** Gives the post `listed` (each at its index) and `embedded` (shown by its Markdown, unordered). */
  @SqlSnapshot({ params: async (db) => [(await snapshotDocument(db)).postId, [SNAPSHOT.documentId], []] })
  async attach(db: EntityManager, postId: string, listed: readonly string[], embedded: readonly string[]) {
    await db.query(
      `UPDATE document d SET post_id = $1,
         position = CASE WHEN named.n <= $3 THEN named.n - 1 END, embedded = named.n > $3,
         attached_at = COALESCE(d.attached_at, now())
       FROM unnest($2::uuid[]) WITH ORDINALITY AS named(id, n) WHERE d.id = named.id`,
      [postId, [...listed, ...embedded], listed.length],
    );
  }

  /**
   * Makes the document the next version of a strategy's (`strategyId`) or report's (`reportId`) documents; answers
   * its number. The caller holds the strategy's or report's row lock, so two additions do not take one number.
   */
  @SqlSnapshot({ params: async (db) => [(await snapshotDocument(db)).documentId, null, null] })
  async addVersion(
    db: EntityManager,
    documentId: string,
    strategyId: string | null,
    reportId: string | null,
  ): Promise<number> {
    const [[row]] = (await db.query(
      `UPDATE document SET strategy_id = $2, report_id = $3, attached_at = now(),
         version = (SELECT COALESCE(MAX(v.version), 0) + 1 FROM document v WHERE v.strategy_id = $2 OR v.report_id = $3)
       WHERE id = $1 RETURNING version`,
      [documentId, strategyId, reportId],
    )) as [{ version: number }[], number];
    return row.version;
  }

  /** The document versions of these strategies and reports, newest first. */
  @SqlSnapshot({ params: async (db) => [[(await snapshotDocument(db)).documentId], []] })
  versionsOf(db: EntityManager, strategyIds: readonly string[], reportIds: readonly string[]): Promise<DocumentRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM document WHERE strategy_id = ANY($1::uuid[]) OR report_id = ANY($2::uuid[])
       ORDER BY version DESC`,
      [strategyIds, reportIds],
    ) as Promise<DocumentRow[]>;
  }

  /** Deletes the post's documents not in `keep`; answers their ids and content addresses. */
  @SqlSnapshot({ params: async (db) => [(await snapshotDocument(db)).postId, []] })
  async removeFromPost(
    db: EntityManager,
    postId: string,
    keep: readonly string[],
  ): Promise<{ id: string; sha256: string }[]> {
    const [rows] = (await db.query(
      'DELETE FROM document WHERE post_id = $1 AND NOT (id = ANY($2::uuid[])) RETURNING id, sha256',
      [postId, keep],
    )) as [{ id: string; sha256: string }[], number];
    return rows;
  }

  /** Deletes the uploads never attached that were made before `before`; answers their content addresses. */
  @SqlSnapshot({ params: [new Date('2026-01-01T00:00:00Z')] })
  async removeUnattached(db: EntityManager, before: Date): Promise<string[]> {
    const [rows] = (await db.query(
      `DELETE FROM document WHERE post_id IS NULL AND strategy_id IS NULL AND report_id IS NULL AND created_at < $1
       RETURNING sha256`,
      [before],
    )) as [{ sha256: string }[], number];
    return rows.map((row) => row.sha256);
  }

  /** Deletes the blob rows of these addresses that no document references any more; answers those deleted. */
  @SqlSnapshot({ params: [['c'.repeat(64)]] })
  async removeUnreferencedBlobs(db: EntityManager, sha256s: readonly string[]): Promise<string[]> {
    const [rows] = (await db.query(
      `DELETE FROM document_blob b WHERE b.sha256 = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM document d WHERE d.sha256 = b.sha256) RETURNING b.sha256`,
      [sha256s],
    )) as [{ sha256: string }[], number];
    return rows.map((row) => row.sha256);
  }
}
