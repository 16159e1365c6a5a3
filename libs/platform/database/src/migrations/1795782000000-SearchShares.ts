import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search: ICT strategies and experience reports join the read model, kept by triggers in the writer's transaction
 * like threads and posts (see 1795781000000-Search.ts and docs/architecture.md "Search"). Their document carries
 * their thread's id, so a change of the thread (space, kind, visibility) follows them too. Written by hand.
 */
export class SearchShares1795782000000 implements MigrationInterface {
  name = 'SearchShares1795782000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION search_share_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        doc_kind text := CASE TG_TABLE_NAME WHEN 'ict_strategy' THEN 'STRATEGY' ELSE 'REPORT' END;
        doc_body text;
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM search_document WHERE kind = doc_kind AND source_id = OLD.id;
          RETURN NULL;
        END IF;
        IF TG_TABLE_NAME = 'ict_strategy' THEN
          doc_body := NEW.summary || E'\\n' || NEW.body;
        ELSE
          doc_body := NEW.project_name || E'\\n' || NEW.outcome || E'\\n' || NEW.lessons_learned || E'\\n'
            || array_to_string(NEW.technologies, ', ') || E'\\n' || coalesce(NEW.sourcing_notes, '');
        END IF;
        IF TG_OP = 'UPDATE' THEN
          UPDATE search_document SET title = NEW.title, body = doc_body, language = NEW.language::text,
            office_id = NEW.office_id, visibility = NEW.visibility::text,
            shared_with_office_ids = NEW.shared_with_office_ids, updated_at = now()
          WHERE kind = doc_kind AND source_id = NEW.id;
        ELSE
          INSERT INTO search_document (kind, source_id, thread_id, title, body, language, office_id, visibility,
            shared_with_office_ids, space_id, thread_kind, created_at)
          SELECT doc_kind, NEW.id, NEW.thread_id, NEW.title, doc_body, NEW.language::text, NEW.office_id,
            NEW.visibility::text, NEW.shared_with_office_ids, t.space_id, t.kind::text, NEW.created_at
          FROM (SELECT 1) one LEFT JOIN thread t ON t.id = NEW.thread_id;
        END IF;
        RETURN NULL;
      END
      $fn$
    `);
    for (const table of ['ict_strategy', 'experience_report']) {
      await queryRunner.query(`
        CREATE TRIGGER search_share_written AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION search_share_changed()
      `);
    }
    // What was shared before.
    await queryRunner.query(`
      INSERT INTO search_document (kind, source_id, thread_id, title, body, language, office_id, visibility,
        shared_with_office_ids, space_id, thread_kind, created_at)
      SELECT 'STRATEGY', s.id, s.thread_id, s.title, s.summary || E'\\n' || s.body, s.language::text, s.office_id,
        s.visibility::text, s.shared_with_office_ids, t.space_id, t.kind::text, s.created_at
      FROM ict_strategy s LEFT JOIN thread t ON t.id = s.thread_id
    `);
    await queryRunner.query(`
      INSERT INTO search_document (kind, source_id, thread_id, title, body, language, office_id, visibility,
        shared_with_office_ids, space_id, thread_kind, created_at)
      SELECT 'REPORT', r.id, r.thread_id, r.title,
        r.project_name || E'\\n' || r.outcome || E'\\n' || r.lessons_learned || E'\\n'
          || array_to_string(r.technologies, ', ') || E'\\n' || coalesce(r.sourcing_notes, ''),
        r.language::text, r.office_id, r.visibility::text, r.shared_with_office_ids, t.space_id, t.kind::text,
        r.created_at
      FROM experience_report r LEFT JOIN thread t ON t.id = r.thread_id
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_share_written ON experience_report`);
    await queryRunner.query(`DROP TRIGGER search_share_written ON ict_strategy`);
    await queryRunner.query(`DROP FUNCTION search_share_changed()`);
    await queryRunner.query(`DELETE FROM search_document WHERE kind IN ('STRATEGY', 'REPORT')`);
  }
}
