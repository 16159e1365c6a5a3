import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search: `search_reindex()` rebuilds the whole read model from the source tables in one statement per kind (what the
 * triggers keep row by row). For bulk loads that disable the triggers (the benchmark's seeder) and for operators who
 * want to rebuild it; it holds the table's lock until its transaction ends, so writes wait for it. Written by hand.
 */
export class SearchReindex1795783000000 implements MigrationInterface {
  name = 'SearchReindex1795783000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION search_reindex() RETURNS bigint LANGUAGE plpgsql AS $fn$
      DECLARE
        indexed bigint;
      BEGIN
        LOCK TABLE search_document IN ACCESS EXCLUSIVE MODE;
        TRUNCATE search_document;
        -- Loading first and indexing once is several times faster than growing the GIN indexes row by row.
        DROP INDEX search_document_document_idx;
        DROP INDEX search_document_title_trgm_idx;
        INSERT INTO search_document (kind, source_id, thread_id, title, body, language, office_id, visibility,
          shared_with_office_ids, space_id, thread_kind, created_at)
        SELECT 'THREAD', t.id, t.id, t.title, coalesce(p.body, ''), t.language::text, t.office_id, t.visibility::text,
          t.shared_with_office_ids, t.space_id, t.kind::text, t.created_at
        FROM thread t LEFT JOIN post p ON p.thread_id = t.id AND p.parent_id IS NULL AND NOT p.deleted;
        INSERT INTO search_document (kind, source_id, thread_id, body, language, office_id, visibility,
          shared_with_office_ids, space_id, thread_kind, created_at)
        SELECT 'POST', p.id, t.id, p.body, t.language::text, t.office_id, t.visibility::text,
          t.shared_with_office_ids, t.space_id, t.kind::text, p.created_at
        FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.parent_id IS NOT NULL AND NOT p.deleted;
        INSERT INTO search_document (kind, source_id, thread_id, title, body, language, office_id, visibility,
          shared_with_office_ids, space_id, thread_kind, created_at)
        SELECT 'STRATEGY', s.id, s.thread_id, s.title, s.summary || E'\\n' || s.body, s.language::text, s.office_id,
          s.visibility::text, s.shared_with_office_ids, t.space_id, t.kind::text, s.created_at
        FROM ict_strategy s LEFT JOIN thread t ON t.id = s.thread_id;
        INSERT INTO search_document (kind, source_id, thread_id, title, body, language, office_id, visibility,
          shared_with_office_ids, space_id, thread_kind, created_at)
        SELECT 'REPORT', r.id, r.thread_id, r.title,
          r.project_name || E'\\n' || r.outcome || E'\\n' || r.lessons_learned || E'\\n'
            || array_to_string(r.technologies, ', ') || E'\\n' || coalesce(r.sourcing_notes, ''),
          r.language::text, r.office_id, r.visibility::text, r.shared_with_office_ids, t.space_id, t.kind::text,
          r.created_at
        FROM experience_report r LEFT JOIN thread t ON t.id = r.thread_id;
        CREATE INDEX search_document_document_idx ON search_document USING gin (document);
        CREATE INDEX search_document_title_trgm_idx ON search_document USING gin (title gin_trgm_ops);
        SELECT count(*) INTO indexed FROM search_document;
        RETURN indexed;
      END
      $fn$
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION search_reindex()`);
  }
}
