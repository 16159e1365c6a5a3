import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Experience reports and ICT strategies (libs/reports): strategies with their versions and yearly reviews, reports
 * with their revisions. Each share keeps its thread's visibility columns (one visibility for all). Written by hand.
 */
export class Reports1795778000000 implements MigrationInterface {
  name = 'Reports1795778000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."delivery_model" AS ENUM('IN_HOUSE', 'EXTERNAL', 'HYBRID')`);
    await queryRunner.query(
      `CREATE TYPE "public"."project_phase" AS ENUM('PLANNING', 'MANAGEMENT', 'DELIVERY', 'REVIEW')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."budget_band" AS ENUM('UNDER_100K', 'FROM_100K_TO_1M', 'FROM_1M_TO_10M', 'OVER_10M')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."team_size_band" AS ENUM('UP_TO_5', 'FROM_6_TO_20', 'FROM_21_TO_50', 'OVER_50')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."would_do_again" AS ENUM('YES', 'NO', 'PARTLY')`);
    await queryRunner.query(`
      CREATE TABLE "ict_strategy" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "office_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "thread_id" uuid NOT NULL,
        "title" text NOT NULL,
        "period_start" integer NOT NULL,
        "period_end" integer NOT NULL,
        "language" "public"."language" NOT NULL DEFAULT 'EN',
        "summary" text NOT NULL,
        "body" text NOT NULL,
        "goals" text array NOT NULL DEFAULT '{}',
        "version" integer NOT NULL DEFAULT '1',
        "visibility" "public"."visibility" NOT NULL,
        "shared_with_office_ids" uuid array NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ict_strategy_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "ict_strategy_thread_key" UNIQUE ("thread_id"),
        CONSTRAINT "ict_strategy_period_check" CHECK ("period_end" >= "period_start"),
        CONSTRAINT "ict_strategy_office_fk" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT,
        CONSTRAINT "ict_strategy_author_fk" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT,
        CONSTRAINT "ict_strategy_thread_fk" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(`CREATE INDEX "ict_strategy_office_idx" ON "ict_strategy" ("office_id")`);
    await queryRunner.query(`CREATE INDEX "ict_strategy_listing_idx" ON "ict_strategy" ("updated_at", "id")`);
    await queryRunner.query(`
      CREATE TABLE "ict_strategy_version" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "strategy_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "author_id" uuid NOT NULL,
        "title" text NOT NULL,
        "period_start" integer NOT NULL,
        "period_end" integer NOT NULL,
        "language" "public"."language" NOT NULL DEFAULT 'EN',
        "summary" text NOT NULL,
        "body" text NOT NULL,
        "goals" text array NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ict_strategy_version_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "ict_strategy_version_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "ict_strategy"("id") ON DELETE CASCADE,
        CONSTRAINT "ict_strategy_version_author_fk" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ict_strategy_version_key" ON "ict_strategy_version" ("strategy_id", "version")`,
    );
    await queryRunner.query(`
      CREATE TABLE "strategy_review" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "strategy_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "author_id" uuid NOT NULL,
        "summary" text NOT NULL,
        "what_changed" text NOT NULL DEFAULT '',
        "goal_statuses" jsonb NOT NULL DEFAULT '[]',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "strategy_review_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "strategy_review_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "ict_strategy"("id") ON DELETE CASCADE,
        CONSTRAINT "strategy_review_author_fk" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "strategy_review_year_key" ON "strategy_review" ("strategy_id", "year")`,
    );
    await queryRunner.query(`
      CREATE TABLE "experience_report" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "office_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "thread_id" uuid NOT NULL,
        "title" text NOT NULL,
        "project_name" text NOT NULL,
        "delivery_model" "public"."delivery_model" NOT NULL,
        "phases" "public"."project_phase" array NOT NULL DEFAULT '{}',
        "recommendations" integer array NOT NULL,
        "technologies" text array NOT NULL DEFAULT '{}',
        "technology_keys" text array NOT NULL DEFAULT '{}',
        "outcome" text NOT NULL,
        "lessons_learned" text NOT NULL,
        "planned_months" integer,
        "actual_months" integer,
        "budget_band" "public"."budget_band",
        "team_size_band" "public"."team_size_band",
        "sourcing_notes" text,
        "would_do_again" "public"."would_do_again",
        "language" "public"."language" NOT NULL DEFAULT 'EN',
        "visibility" "public"."visibility" NOT NULL,
        "shared_with_office_ids" uuid array NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "experience_report_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "experience_report_thread_key" UNIQUE ("thread_id"),
        CONSTRAINT "experience_report_recommendations_check"
          CHECK (cardinality("recommendations") > 0 AND 1 <= ALL("recommendations") AND 10 >= ALL("recommendations")),
        CONSTRAINT "experience_report_office_fk" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT,
        CONSTRAINT "experience_report_author_fk" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT,
        CONSTRAINT "experience_report_thread_fk" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(`CREATE INDEX "experience_report_office_idx" ON "experience_report" ("office_id")`);
    await queryRunner.query(`CREATE INDEX "experience_report_listing_idx" ON "experience_report" ("updated_at", "id")`);
    await queryRunner.query(
      `CREATE INDEX "experience_report_recommendations_gin_idx" ON "experience_report" USING gin ("recommendations")`,
    );
    await queryRunner.query(
      `CREATE INDEX "experience_report_technology_keys_gin_idx" ON "experience_report" USING gin ("technology_keys")`,
    );
    await queryRunner.query(`
      CREATE TABLE "experience_report_revision" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "report_id" uuid NOT NULL,
        "content" jsonb NOT NULL,
        "written_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "replaced_by_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "experience_report_revision_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "experience_report_revision_report_fk" FOREIGN KEY ("report_id") REFERENCES "experience_report"("id") ON DELETE CASCADE,
        CONSTRAINT "experience_report_revision_member_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "member"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "experience_report_revision_report_idx" ON "experience_report_revision" ("report_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "experience_report_revision"`);
    await queryRunner.query(`DROP TABLE "experience_report"`);
    await queryRunner.query(`DROP TABLE "strategy_review"`);
    await queryRunner.query(`DROP TABLE "ict_strategy_version"`);
    await queryRunner.query(`DROP TABLE "ict_strategy"`);
    for (const type of ['would_do_again', 'team_size_band', 'budget_band', 'project_phase', 'delivery_model'])
      await queryRunner.query(`DROP TYPE "public"."${type}"`);
  }
}
