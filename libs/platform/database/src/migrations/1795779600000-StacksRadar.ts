import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stacks: editions of the technology radar (yearly and on demand). Written by hand. */
export class StacksRadar1795779600000 implements MigrationInterface {
  name = 'StacksRadar1795779600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "radar_edition" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "yearly" boolean NOT NULL,
        "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "taken_by_id" uuid,
        CONSTRAINT "radar_edition_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "radar_edition_taken_by_fk" FOREIGN KEY ("taken_by_id") REFERENCES "member"("id") ON DELETE SET NULL
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "radar_edition_name_key" ON "radar_edition" ("name")`);
    await queryRunner.query(`
      CREATE TABLE "radar_edition_entry" (
        "edition_id" uuid NOT NULL,
        "product_key" text NOT NULL,
        "product" text NOT NULL,
        "ring" text NOT NULL,
        "offices" integer NOT NULL,
        "movement" text NOT NULL,
        CONSTRAINT "radar_edition_entry_pkey" PRIMARY KEY ("edition_id", "product_key"),
        CONSTRAINT "radar_edition_entry_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "radar_edition"("id") ON DELETE CASCADE
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "radar_edition_entry"`);
    await queryRunner.query(`DROP TABLE "radar_edition"`);
  }
}
