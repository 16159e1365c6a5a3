import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stacks: WIPO standards and offices' reports of how far they implement them (recommendation 7). By hand. */
export class StacksStandards1795779700000 implements MigrationInterface {
  name = 'StacksStandards1795779700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."ip_right" AS ENUM('PATENTS', 'TRADEMARKS', 'INDUSTRIAL_DESIGNS')`);
    await queryRunner.query(
      `CREATE TYPE "public"."standard_implementation" AS ENUM('IMPLEMENTED', 'PARTLY_IMPLEMENTED', 'NOT_IMPLEMENTED', 'PLANNED')`,
    );
    await queryRunner.query(`
      CREATE TABLE "wipo_standard" (
        "code" text NOT NULL,
        "title" text NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "wipo_standard_pkey" PRIMARY KEY ("code")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "standard_status" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "office_id" uuid NOT NULL,
        "standard_code" text NOT NULL,
        "ip_right" "public"."ip_right" NOT NULL,
        "status" "public"."standard_implementation" NOT NULL,
        "explanation" text,
        "plan_date" date,
        "comment" text,
        "visibility" "public"."visibility" NOT NULL,
        "shared_with_office_ids" uuid array NOT NULL DEFAULT '{}',
        "author_id" uuid NOT NULL,
        "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "standard_status_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "standard_status_office_fk" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT,
        CONSTRAINT "standard_status_standard_fk" FOREIGN KEY ("standard_code") REFERENCES "wipo_standard"("code") ON DELETE RESTRICT,
        CONSTRAINT "standard_status_author_fk" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "standard_status_current_idx" ON "standard_status" ("office_id", "standard_code", "ip_right", "reported_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "standard_status"`);
    await queryRunner.query(`DROP TABLE "wipo_standard"`);
    await queryRunner.query(`DROP TYPE "public"."standard_implementation"`);
    await queryRunner.query(`DROP TYPE "public"."ip_right"`);
  }
}
