import { MigrationInterface, QueryRunner } from 'typeorm';
import { SearchReindex1795783000000 } from './1795783000000-SearchReindex.js';

/** The columns of the read model a reindex or a trigger fills (document is computed by search_document_vector). */
export const COLUMNS = `kind, source_id, thread_id, parent_id, title, body, language, office_id, visibility,
  shared_with_office_ids, space_id, thread_kind, created_at`;

/** A document's text as the read model holds it: attached to a post that is not deleted, its text read. */
const FILES = `SELECT 'DOCUMENT', f.id, t.id, f.post_id, f.name, x.text, t.language::text, t.office_id, t.visibility::text,
    t.shared_with_office_ids, t.space_id, t.kind::text, f.created_at
  FROM document f
  JOIN document_text x ON x.sha256 = f.sha256 AND x.status = 'DONE' AND x.text IS NOT NULL AND x.text <> ''
  JOIN post p ON p.id = f.post_id AND NOT p.deleted
  JOIN thread t ON t.id = p.thread_id`;

/** A stack component as the read model holds it: its product as the title, the rest as the body. */
export const COMPONENTS = (from: string) => `SELECT 'COMPONENT', c.id, NULL::uuid, c.stack_id, c.product,
    concat_ws(E'\\n', c.layer, c.version, c.hosting::text, c.status::text, c.successor),
    coalesce(t.language::text, 'EN'), s.office_id, s.visibility::text, s.shared_with_office_ids, t.space_id,
    t.kind::text, s.published_at
  FROM ${from} c JOIN tech_stack s ON s.id = c.stack_id LEFT JOIN thread t ON t.id = s.thread_id`;

/** search_reindex(): the whole read model again in one statement, in time order, with `files` as the documents' rows. */
export const reindexFunction = (files: string) => `
      CREATE OR REPLACE FUNCTION search_reindex() RETURNS bigint LANGUAGE plpgsql AS $fn$
      DECLARE
        indexed bigint;
      BEGIN
        LOCK TABLE search_document IN ACCESS EXCLUSIVE MODE;
        TRUNCATE search_document;
        -- Loading first and indexing once is several times faster than growing the GIN indexes row by row; loading
        -- in time order keeps each time window of the index a compact run of pages.
        DROP INDEX search_document_document_idx;
        DROP INDEX search_document_title_trgm_idx;
        INSERT INTO search_document (${COLUMNS})
        SELECT * FROM (
          SELECT 'THREAD', t.id, t.id, NULL::uuid, t.title, coalesce(p.body, ''), t.language::text, t.office_id,
            t.visibility::text, t.shared_with_office_ids, t.space_id, t.kind::text, t.created_at
          FROM thread t LEFT JOIN post p ON p.thread_id = t.id AND p.parent_id IS NULL AND NOT p.deleted
          UNION ALL
          SELECT 'POST', p.id, t.id, NULL, '', p.body, t.language::text, t.office_id, t.visibility::text,
            t.shared_with_office_ids, t.space_id, t.kind::text, p.created_at
          FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.parent_id IS NOT NULL AND NOT p.deleted
          UNION ALL
          SELECT 'STRATEGY', s.id, s.thread_id, NULL, s.title, s.summary || E'\\n' || s.body, s.language::text,
            s.office_id, s.visibility::text, s.shared_with_office_ids, t.space_id, t.kind::text, s.created_at
          FROM ict_strategy s LEFT JOIN thread t ON t.id = s.thread_id
          UNION ALL
          SELECT 'REPORT', r.id, r.thread_id, NULL, r.title,
            r.project_name || E'\\n' || r.outcome || E'\\n' || r.lessons_learned || E'\\n'
              || array_to_string(r.technologies, ', ') || E'\\n' || coalesce(r.sourcing_notes, ''),
            r.language::text, r.office_id, r.visibility::text, r.shared_with_office_ids, t.space_id, t.kind::text,
            r.created_at
          FROM experience_report r LEFT JOIN thread t ON t.id = r.thread_id
          UNION ALL ${COMPONENTS('stack_component')}
          UNION ALL ${files}
        ) everything ORDER BY 13;
        CREATE INDEX search_document_document_idx ON search_document USING gin (document);
        CREATE INDEX search_document_title_trgm_idx ON search_document USING gin (title gin_trgm_ops);
        SELECT count(*) INTO indexed FROM search_document;
        RETURN indexed;
      END
      $fn$
    `;

/**
 * Search at a million posts (issue 13, acceptance 7), and two more kinds in the read model. Written by hand.
 *
 * - Time windows in the full-text index: each document's vector also holds lexemes naming its ten days, month and
 *   year ('dek 2026-11-3', 'month 2026-11', 'year 2026'; a lexeme with a space, which no query can produce), so a
 *   search reads the newest window first and stops when it has enough hits, instead of reading every hit of a
 *   common word (docs/architecture.md "Search", docs/performance.md "Search").
 * - The read model is reloaded in time order by search_reindex(), so a window is a compact run of pages.
 * - Stack components (kind COMPONENT, parent_id = the stack version) and the text of documents attached to posts
 *   (kind DOCUMENT, parent_id = the post), kept by triggers in the writer's transaction like the other kinds.
 */
export class SearchAtScale1795794000000 implements MigrationInterface {
  name = 'SearchAtScale1795794000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_document" ADD "parent_id" uuid`);
    await queryRunner.query(`CREATE INDEX "search_document_parent_idx" ON "search_document" ("parent_id")`);
    await queryRunner.query(`CREATE INDEX "search_document_created_idx" ON "search_document" ("created_at")`);
    await queryRunner.query(`
      CREATE FUNCTION search_windows_of(at timestamptz) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT ARRAY['dek ' || to_char(u, 'YYYY-MM') || '-' || least(3, (extract(day FROM u)::int - 1) / 10 + 1),
          'month ' || to_char(u, 'YYYY-MM'), 'year ' || to_char(u, 'YYYY')]
        FROM (SELECT at AT TIME ZONE 'UTC' AS u) utc
      $fn$
    `);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION search_document_vector() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.document := setweight(to_tsvector(search_config(NEW.language), search_text(NEW.title)), 'A')
          || setweight(to_tsvector(search_config(NEW.language), search_text(NEW.body)), 'B')
          || array_to_tsvector(search_windows_of(NEW.created_at));
        RETURN NEW;
      END
      $fn$
    `);
    await queryRunner.query(`DROP TRIGGER search_document_vector ON search_document`);
    await queryRunner.query(`
      CREATE TRIGGER search_document_vector BEFORE INSERT OR UPDATE OF title, body, language, created_at
      ON search_document FOR EACH ROW EXECUTE FUNCTION search_document_vector()
    `);

    // Stack components: a version's components arrive in one statement; a stack's visibility change follows.
    await queryRunner.query(`
      CREATE FUNCTION search_components_added() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO search_document (${COLUMNS}) ${COMPONENTS('added')};
        RETURN NULL;
      END
      $fn$
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_components_added AFTER INSERT ON stack_component REFERENCING NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION search_components_added()
    `);
    await queryRunner.query(`
      CREATE FUNCTION search_component_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM search_document WHERE kind = 'COMPONENT' AND source_id = OLD.id;
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO search_document (${COLUMNS}) ${COMPONENTS('stack_component')} WHERE c.id = NEW.id;
        END IF;
        RETURN NULL;
      END
      $fn$
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_component_changed AFTER UPDATE OR DELETE ON stack_component
      FOR EACH ROW EXECUTE FUNCTION search_component_changed()
    `);
    await queryRunner.query(`
      CREATE FUNCTION search_stack_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE search_document SET office_id = NEW.office_id, visibility = NEW.visibility::text,
          shared_with_office_ids = NEW.shared_with_office_ids, updated_at = now()
        WHERE kind = 'COMPONENT' AND parent_id = NEW.id;
        RETURN NULL;
      END
      $fn$
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_stack_changed AFTER UPDATE OF office_id, visibility, shared_with_office_ids ON tech_stack
      FOR EACH ROW EXECUTE FUNCTION search_stack_changed()
    `);

    // Documents: found once attached to a post and read (document_text); gone with the post or the attachment.
    await queryRunner.query(`
      CREATE FUNCTION search_file_refresh(file_id uuid) RETURNS void LANGUAGE sql AS $fn$
        DELETE FROM search_document WHERE kind = 'DOCUMENT' AND source_id = file_id;
        INSERT INTO search_document (${COLUMNS}) ${FILES} WHERE f.id = file_id;
      $fn$
    `);
    await queryRunner.query(`
      CREATE FUNCTION search_file_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_TABLE_NAME = 'document_text' THEN
          PERFORM search_file_refresh(f.id) FROM document f WHERE f.sha256 = NEW.sha256;
        ELSIF TG_OP = 'DELETE' THEN
          DELETE FROM search_document WHERE kind = 'DOCUMENT' AND source_id = OLD.id;
        ELSE
          PERFORM search_file_refresh(NEW.id);
        END IF;
        RETURN NULL;
      END
      $fn$
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_file_changed AFTER INSERT OR DELETE OR UPDATE OF post_id, name ON document
      FOR EACH ROW EXECUTE FUNCTION search_file_changed()
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_file_changed AFTER INSERT OR UPDATE OF status, text ON document_text
      FOR EACH ROW EXECUTE FUNCTION search_file_changed()
    `);
    // A deleted post takes its documents' text out of search at once (their files go later, in the background).
    await queryRunner.query(`
      CREATE FUNCTION search_post_files_gone() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM search_document WHERE kind = 'DOCUMENT' AND parent_id = coalesce(NEW.id, OLD.id);
        RETURN NULL;
      END
      $fn$
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_post_files_deleted AFTER UPDATE OF deleted ON post FOR EACH ROW
      WHEN (NEW.deleted AND NOT OLD.deleted) EXECUTE FUNCTION search_post_files_gone()
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_post_files_removed AFTER DELETE ON post
      FOR EACH ROW EXECUTE FUNCTION search_post_files_gone()
    `);

    // The rebuild that knows every kind and loads in time order; then what exists already is read again with it.
    await queryRunner.query(reindexFunction(FILES));
    // As long as a reindex (a minute or more at a million posts): bulk loading beats updating every row's vector.
    await queryRunner.query(`SELECT search_reindex()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_post_files_removed ON post`);
    await queryRunner.query(`DROP TRIGGER search_post_files_deleted ON post`);
    await queryRunner.query(`DROP FUNCTION search_post_files_gone()`);
    await queryRunner.query(`DROP TRIGGER search_file_changed ON document_text`);
    await queryRunner.query(`DROP TRIGGER search_file_changed ON document`);
    await queryRunner.query(`DROP FUNCTION search_file_changed()`);
    await queryRunner.query(`DROP FUNCTION search_file_refresh(uuid)`);
    await queryRunner.query(`DROP TRIGGER search_stack_changed ON tech_stack`);
    await queryRunner.query(`DROP FUNCTION search_stack_changed()`);
    await queryRunner.query(`DROP TRIGGER search_component_changed ON stack_component`);
    await queryRunner.query(`DROP FUNCTION search_component_changed()`);
    await queryRunner.query(`DROP TRIGGER search_components_added ON stack_component`);
    await queryRunner.query(`DROP FUNCTION search_components_added()`);
    await queryRunner.query(`DELETE FROM search_document WHERE kind IN ('COMPONENT', 'DOCUMENT')`);
    await queryRunner.query(`DROP INDEX "search_document_created_idx"`);
    await queryRunner.query(`DROP INDEX "search_document_parent_idx"`);
    await queryRunner.query(`ALTER TABLE "search_document" DROP COLUMN "parent_id"`);
    await queryRunner.query(`DROP FUNCTION search_reindex()`);
    await new SearchReindex1795783000000().up(queryRunner);
    // The vectors keep their window lexemes (harmless: no query names them) until the next search_reindex().
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION search_document_vector() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.document := setweight(to_tsvector(search_config(NEW.language), search_text(NEW.title)), 'A')
          || setweight(to_tsvector(search_config(NEW.language), search_text(NEW.body)), 'B');
        RETURN NEW;
      END
      $fn$
    `);
    await queryRunner.query(`DROP FUNCTION search_windows_of(timestamptz)`);
  }
}
