import { MigrationInterface, QueryRunner } from 'typeorm';

// Characters written without word breaks (Han, kana, hangul): indexed as overlapping bigrams.
const CJK = '[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]';

/**
 * Search: the `search_document` read model, kept by triggers in the writer's transaction (a post is findable as soon
 * as its mutation commits; an edit, a deletion or a narrowed thread changes it in the same transaction). Written by
 * hand: TypeORM knows neither triggers nor GIN operator classes. See docs/architecture.md "Search".
 */
export class Search1795781000000 implements MigrationInterface {
  name = 'Search1795781000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE "search_document" (
        "kind" text NOT NULL,
        "source_id" uuid NOT NULL,
        "thread_id" uuid,
        "title" text NOT NULL DEFAULT '',
        "body" text NOT NULL DEFAULT '',
        "language" text NOT NULL,
        "office_id" uuid NOT NULL,
        "visibility" text NOT NULL,
        "shared_with_office_ids" uuid array NOT NULL DEFAULT '{}',
        "space_id" uuid,
        "thread_kind" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "document" tsvector NOT NULL,
        CONSTRAINT "search_document_pkey" PRIMARY KEY ("kind", "source_id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "search_document_document_idx" ON "search_document" USING gin ("document")`);
    await queryRunner.query(
      `CREATE INDEX "search_document_title_trgm_idx" ON "search_document" USING gin ("title" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "search_document_thread_idx" ON "search_document" ("thread_id")`);

    // Text as the index sees it: CJK runs replaced by their overlapping bigrams (a run of one stays as it is).
    await queryRunner.query(`
      CREATE FUNCTION search_text(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT regexp_replace(input, '${CJK}+', ' ', 'g') || ' ' || coalesce((
          SELECT string_agg(
            CASE WHEN length(m.run[1]) = 1 THEN m.run[1] ELSE (
              SELECT string_agg(substr(m.run[1], i, 2), ' ' ORDER BY i) FROM generate_series(1, length(m.run[1]) - 1) i
            ) END, ' ' ORDER BY m.n)
          FROM regexp_matches(input, '(${CJK}+)', 'g') WITH ORDINALITY AS m(run, n)
        ), '')
      $fn$
    `);
    // The text search configuration of a language: stemming for the four Snowball has, exact words for the others.
    await queryRunner.query(`
      CREATE FUNCTION search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT CASE language WHEN 'EN' THEN 'english' WHEN 'FR' THEN 'french' WHEN 'ES' THEN 'spanish'
          WHEN 'RU' THEN 'russian' ELSE 'simple' END::regconfig
      $fn$
    `);
    await queryRunner.query(`
      CREATE FUNCTION search_document_vector() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.document := setweight(to_tsvector(search_config(NEW.language), search_text(NEW.title)), 'A')
          || setweight(to_tsvector(search_config(NEW.language), search_text(NEW.body)), 'B');
        RETURN NEW;
      END
      $fn$
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_document_vector BEFORE INSERT OR UPDATE OF title, body, language ON search_document
      FOR EACH ROW EXECUTE FUNCTION search_document_vector()
    `);

    // A thread is one document (its title and opening post); its posts follow its visibility, space and language.
    await queryRunner.query(`
      CREATE FUNCTION search_thread_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO search_document (kind, source_id, thread_id, title, language, office_id, visibility,
            shared_with_office_ids, space_id, thread_kind, created_at)
          VALUES ('THREAD', NEW.id, NEW.id, NEW.title, NEW.language::text, NEW.office_id, NEW.visibility::text,
            NEW.shared_with_office_ids, NEW.space_id, NEW.kind::text, NEW.created_at);
        ELSIF TG_OP = 'UPDATE' THEN
          UPDATE search_document d SET
            title = CASE WHEN d.kind = 'THREAD' THEN NEW.title ELSE d.title END,
            language = NEW.language::text, office_id = NEW.office_id, visibility = NEW.visibility::text,
            shared_with_office_ids = NEW.shared_with_office_ids, space_id = NEW.space_id, thread_kind = NEW.kind::text,
            updated_at = now()
          WHERE d.thread_id = NEW.id;
        ELSE
          DELETE FROM search_document WHERE thread_id = OLD.id;
        END IF;
        RETURN NULL;
      END
      $fn$
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_thread_written AFTER INSERT OR DELETE ON thread
      FOR EACH ROW EXECUTE FUNCTION search_thread_changed()
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_thread_changed AFTER UPDATE OF title, language, office_id, visibility, shared_with_office_ids, space_id, kind
      ON thread FOR EACH ROW
      WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.language IS DISTINCT FROM NEW.language
        OR OLD.office_id IS DISTINCT FROM NEW.office_id OR OLD.visibility IS DISTINCT FROM NEW.visibility
        OR OLD.shared_with_office_ids IS DISTINCT FROM NEW.shared_with_office_ids OR OLD.space_id IS DISTINCT FROM NEW.space_id
        OR OLD.kind IS DISTINCT FROM NEW.kind)
      EXECUTE FUNCTION search_thread_changed()
    `);

    // The opening post is the thread document's body; a reply is a document of its own until it is deleted.
    await queryRunner.query(`
      CREATE FUNCTION search_post_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.parent_id IS NULL THEN
            UPDATE search_document SET body = '', updated_at = now() WHERE kind = 'THREAD' AND source_id = OLD.thread_id;
          ELSE
            DELETE FROM search_document WHERE kind = 'POST' AND source_id = OLD.id;
          END IF;
        ELSIF NEW.parent_id IS NULL THEN
          UPDATE search_document SET body = CASE WHEN NEW.deleted THEN '' ELSE NEW.body END, updated_at = now()
          WHERE kind = 'THREAD' AND source_id = NEW.thread_id;
        ELSIF NEW.deleted THEN
          DELETE FROM search_document WHERE kind = 'POST' AND source_id = NEW.id;
        ELSIF TG_OP = 'UPDATE' THEN
          UPDATE search_document SET body = NEW.body, updated_at = now() WHERE kind = 'POST' AND source_id = NEW.id;
        ELSE
          INSERT INTO search_document (kind, source_id, thread_id, body, language, office_id, visibility,
            shared_with_office_ids, space_id, thread_kind, created_at)
          SELECT 'POST', NEW.id, t.id, NEW.body, t.language::text, t.office_id, t.visibility::text,
            t.shared_with_office_ids, t.space_id, t.kind::text, NEW.created_at
          FROM thread t WHERE t.id = NEW.thread_id;
        END IF;
        RETURN NULL;
      END
      $fn$
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_post_written AFTER INSERT OR DELETE ON post
      FOR EACH ROW EXECUTE FUNCTION search_post_changed()
    `);
    await queryRunner.query(`
      CREATE TRIGGER search_post_changed AFTER UPDATE OF body, deleted ON post FOR EACH ROW
      WHEN (OLD.body IS DISTINCT FROM NEW.body OR OLD.deleted IS DISTINCT FROM NEW.deleted)
      EXECUTE FUNCTION search_post_changed()
    `);

    // What was written before search existed.
    await queryRunner.query(`
      INSERT INTO search_document (kind, source_id, thread_id, title, body, language, office_id, visibility,
        shared_with_office_ids, space_id, thread_kind, created_at)
      SELECT 'THREAD', t.id, t.id, t.title, coalesce(p.body, ''), t.language::text, t.office_id, t.visibility::text,
        t.shared_with_office_ids, t.space_id, t.kind::text, t.created_at
      FROM thread t LEFT JOIN post p ON p.thread_id = t.id AND p.parent_id IS NULL AND NOT p.deleted
    `);
    await queryRunner.query(`
      INSERT INTO search_document (kind, source_id, thread_id, body, language, office_id, visibility,
        shared_with_office_ids, space_id, thread_kind, created_at)
      SELECT 'POST', p.id, t.id, p.body, t.language::text, t.office_id, t.visibility::text,
        t.shared_with_office_ids, t.space_id, t.kind::text, p.created_at
      FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.parent_id IS NOT NULL AND NOT p.deleted
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_post_changed ON post`);
    await queryRunner.query(`DROP TRIGGER search_post_written ON post`);
    await queryRunner.query(`DROP TRIGGER search_thread_changed ON thread`);
    await queryRunner.query(`DROP TRIGGER search_thread_written ON thread`);
    await queryRunner.query(`DROP FUNCTION search_post_changed()`);
    await queryRunner.query(`DROP FUNCTION search_thread_changed()`);
    await queryRunner.query(`DROP TABLE "search_document"`);
    await queryRunner.query(`DROP FUNCTION search_document_vector()`);
    await queryRunner.query(`DROP FUNCTION search_config(text)`);
    await queryRunner.query(`DROP FUNCTION search_text(text)`);
  }
}
