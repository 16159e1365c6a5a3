import { MigrationInterface, QueryRunner } from 'typeorm';

/** Technology stacks (libs/stacks): versions, components, roadmap items, product aliases. Written by hand. */
export class Stacks1795774556875 implements MigrationInterface {
  name = 'Stacks1795774556875';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."component_status" AS ENUM('PLANNED', 'PILOT', 'PRODUCTION', 'PHASE_OUT', 'DECOMMISSIONING', 'RETIRED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."stack_hosting" AS ENUM('ON_PREMISES', 'CLOUD', 'HYBRID', 'SAAS')`);
    await queryRunner.query(
      `CREATE TYPE "public"."roadmap_action" AS ENUM('ADOPT', 'UPGRADE', 'MIGRATE', 'DECOMMISSION')`,
    );
    await queryRunner.query(`
      CREATE TABLE "product_alias" (
        "alias_key" text NOT NULL,
        "product" text NOT NULL,
        "product_key" text NOT NULL,
        CONSTRAINT "product_alias_pkey" PRIMARY KEY ("alias_key")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "tech_stack" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "office_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "thread_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "visibility" "public"."visibility" NOT NULL,
        "shared_with_office_ids" uuid array NOT NULL DEFAULT '{}',
        "named_in_who_runs" boolean NOT NULL DEFAULT true,
        "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "tech_stack_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "tech_stack_office_fk" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT,
        CONSTRAINT "tech_stack_thread_fk" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE RESTRICT,
        CONSTRAINT "tech_stack_author_fk" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "tech_stack_office_version_key" ON "tech_stack" ("office_id", "version")`,
    );
    await queryRunner.query(`
      CREATE TABLE "stack_component" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "stack_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "layer" text NOT NULL,
        "product" text NOT NULL,
        "product_key" text NOT NULL,
        "version" text,
        "hosting" "public"."stack_hosting" NOT NULL,
        "status" "public"."component_status" NOT NULL,
        "status_since" date,
        "decommission_by" date,
        "vendor_end_of_support" date,
        "successor" text,
        CONSTRAINT "stack_component_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "stack_component_stack_fk" FOREIGN KEY ("stack_id") REFERENCES "tech_stack"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "stack_component_stack_position_key" ON "stack_component" ("stack_id", "position")`,
    );
    await queryRunner.query(`CREATE INDEX "stack_component_product_key_idx" ON "stack_component" ("product_key")`);
    await queryRunner.query(`
      CREATE TABLE "roadmap_item" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "stack_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "title" text NOT NULL,
        "component" text,
        "component_key" text,
        "target_date" date NOT NULL,
        "action" "public"."roadmap_action" NOT NULL,
        CONSTRAINT "roadmap_item_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "roadmap_item_stack_fk" FOREIGN KEY ("stack_id") REFERENCES "tech_stack"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "roadmap_item_stack_position_key" ON "roadmap_item" ("stack_id", "position")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "roadmap_item"`);
    await queryRunner.query(`DROP TABLE "stack_component"`);
    await queryRunner.query(`DROP TABLE "tech_stack"`);
    await queryRunner.query(`DROP TABLE "product_alias"`);
    await queryRunner.query(`DROP TYPE "public"."roadmap_action"`);
    await queryRunner.query(`DROP TYPE "public"."stack_hosting"`);
    await queryRunner.query(`DROP TYPE "public"."component_status"`);
  }
}
