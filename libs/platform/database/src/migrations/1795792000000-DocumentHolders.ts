import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents: images a post's Markdown shows kept with the post (embedded), documents as versions of an ICT strategy
 * or an experience report, and the first-page preview of their text. Written by hand.
 */
export class DocumentHolders1795792000000 implements MigrationInterface {
  name = 'DocumentHolders1795792000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "document"
        ADD "embedded" boolean NOT NULL DEFAULT false,
        ADD "strategy_id" uuid,
        ADD "report_id" uuid,
        ADD "version" smallint,
        ADD "attached_at" TIMESTAMP WITH TIME ZONE,
        ADD CONSTRAINT "document_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "ict_strategy"("id") ON DELETE CASCADE,
        ADD CONSTRAINT "document_report_fk" FOREIGN KEY ("report_id") REFERENCES "experience_report"("id") ON DELETE CASCADE,
        ADD CONSTRAINT "document_one_holder_check" CHECK (num_nonnulls("post_id", "strategy_id", "report_id") <= 1)
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_strategy_version_key" ON "document" ("strategy_id", "version") WHERE strategy_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_report_version_key" ON "document" ("report_id", "version") WHERE report_id IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "document_unattached_idx"`);
    await queryRunner.query(
      `CREATE INDEX "document_unattached_idx" ON "document" ("created_at") WHERE post_id IS NULL AND strategy_id IS NULL AND report_id IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "document_text" ADD "page_count" integer, ADD "preview" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_text" DROP COLUMN "preview", DROP COLUMN "page_count"`);
    await queryRunner.query(`DROP INDEX "document_unattached_idx"`);
    await queryRunner.query(`DELETE FROM "document" WHERE strategy_id IS NOT NULL OR report_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "document_unattached_idx" ON "document" ("created_at") WHERE post_id IS NULL`);
    await queryRunner.query(`DROP INDEX "document_report_version_key"`);
    await queryRunner.query(`DROP INDEX "document_strategy_version_key"`);
    await queryRunner.query(`
      ALTER TABLE "document"
        DROP CONSTRAINT "document_one_holder_check",
        DROP CONSTRAINT "document_report_fk",
        DROP CONSTRAINT "document_strategy_fk",
        DROP COLUMN "attached_at",
        DROP COLUMN "version",
        DROP COLUMN "report_id",
        DROP COLUMN "strategy_id",
        DROP COLUMN "embedded"
    `);
  }
}
