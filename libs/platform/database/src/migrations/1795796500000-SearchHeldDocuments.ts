import { MigrationInterface, QueryRunner } from 'typeorm';
import { COLUMNS, reindexFunction } from './1795794000000-SearchAtScale.js';

/** The documents' rows of the read model: held by a post (DOCUMENT), a strategy or a report (their versions). */
const FILES = `SELECT * FROM (
  SELECT 'DOCUMENT' AS kind, f.id AS source_id, t.id AS thread_id, f.post_id AS parent_id, f.name AS title,
    x.text AS body, t.language::text AS language, t.office_id, t.visibility::text AS visibility,
    t.shared_with_office_ids, t.space_id, t.kind::text AS thread_kind, f.created_at
  FROM document f
  JOIN document_text x ON x.sha256 = f.sha256 AND x.status = 'DONE' AND x.text IS NOT NULL AND x.text <> ''
  JOIN post p ON p.id = f.post_id AND NOT p.deleted
  JOIN thread t ON t.id = p.thread_id
  UNION ALL
  SELECT 'STRATEGY_DOCUMENT', f.id, s.thread_id, f.strategy_id, f.name, x.text, s.language::text, s.office_id,
    s.visibility::text, s.shared_with_office_ids, t.space_id, t.kind::text, f.created_at
  FROM document f
  JOIN document_text x ON x.sha256 = f.sha256 AND x.status = 'DONE' AND x.text IS NOT NULL AND x.text <> ''
  JOIN ict_strategy s ON s.id = f.strategy_id
  LEFT JOIN thread t ON t.id = s.thread_id
  UNION ALL
  SELECT 'REPORT_DOCUMENT', f.id, r.thread_id, f.report_id, f.name, x.text, r.language::text, r.office_id,
    r.visibility::text, r.shared_with_office_ids, t.space_id, t.kind::text, f.created_at
  FROM document f
  JOIN document_text x ON x.sha256 = f.sha256 AND x.status = 'DONE' AND x.text IS NOT NULL AND x.text <> ''
  JOIN experience_report r ON r.id = f.report_id
  LEFT JOIN thread t ON t.id = r.thread_id
) files`;

const KINDS = `('DOCUMENT', 'STRATEGY_DOCUMENT', 'REPORT_DOCUMENT')`;

/**
 * Search: the text of the documents strategies and reports carry as versions (kinds STRATEGY_DOCUMENT and
 * REPORT_DOCUMENT, parent_id = the strategy or report), with the visibility of what holds them, kept by the same
 * triggers as a post's documents; and the text's arrival waits for an attachment being committed (it could be
 * missed). Written by hand. See docs/architecture.md "Search".
 */
export class SearchHeldDocuments1795796500000 implements MigrationInterface {
  name = 'SearchHeldDocuments1795796500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION search_file_refresh(file_id uuid) RETURNS void LANGUAGE sql AS $fn$
        DELETE FROM search_document WHERE kind IN ${KINDS} AND source_id = file_id;
        INSERT INTO search_document (${COLUMNS}) ${FILES} WHERE files.source_id = file_id;
      $fn$
    `);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION search_file_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_TABLE_NAME = 'document_text' THEN
          -- Locked first: an attachment committing meanwhile (its UPDATE holds the row) is waited for and then seen
          -- by search_file_refresh's own statements; without the lock, the text and the attachment, written by two
          -- transactions at once, would each miss the other and the document would never be found.
          PERFORM search_file_refresh(f.id) FROM (SELECT id FROM document WHERE sha256 = NEW.sha256 FOR UPDATE) f;
        ELSIF TG_OP = 'DELETE' THEN
          DELETE FROM search_document WHERE kind IN ${KINDS} AND source_id = OLD.id;
        ELSE
          PERFORM search_file_refresh(NEW.id);
        END IF;
        RETURN NULL;
      END
      $fn$
    `);
    await queryRunner.query(`DROP TRIGGER search_file_changed ON document`);
    await queryRunner.query(`
      CREATE TRIGGER search_file_changed AFTER INSERT OR DELETE OR UPDATE OF post_id, strategy_id, report_id, name
      ON document FOR EACH ROW EXECUTE FUNCTION search_file_changed()
    `);
    // A strategy's or report's change of audience or language follows to its documents, in the same transaction.
    await queryRunner.query(`
      CREATE FUNCTION search_holder_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE search_document SET office_id = NEW.office_id, visibility = NEW.visibility::text,
          shared_with_office_ids = NEW.shared_with_office_ids, language = NEW.language::text, updated_at = now()
        WHERE kind = CASE TG_TABLE_NAME WHEN 'ict_strategy' THEN 'STRATEGY_DOCUMENT' ELSE 'REPORT_DOCUMENT' END
          AND parent_id = NEW.id;
        RETURN NULL;
      END
      $fn$
    `);
    for (const table of ['ict_strategy', 'experience_report'])
      await queryRunner.query(`
        CREATE TRIGGER search_holder_changed AFTER UPDATE OF office_id, visibility, shared_with_office_ids, language
        ON ${table} FOR EACH ROW EXECUTE FUNCTION search_holder_changed()
      `);
    await queryRunner.query(reindexFunction(FILES));
    await queryRunner.query(
      `INSERT INTO search_document (${COLUMNS}) ${FILES} WHERE files.kind IN ('STRATEGY_DOCUMENT', 'REPORT_DOCUMENT')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['ict_strategy', 'experience_report'])
      await queryRunner.query(`DROP TRIGGER search_holder_changed ON ${table}`);
    await queryRunner.query(`DROP FUNCTION search_holder_changed()`);
    await queryRunner.query(`DELETE FROM search_document WHERE kind IN ('STRATEGY_DOCUMENT', 'REPORT_DOCUMENT')`);
    // search_file_refresh(), search_file_changed() and search_reindex() keep reading the held documents (harmless:
    // they find none once the columns are gone with the DocumentHolders migration's down).
  }
}
