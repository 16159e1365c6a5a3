import { MigrationInterface, QueryRunner } from "typeorm";

export class Catalog1795600293524 implements MigrationInterface {
    name = 'Catalog1795600293524'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "space" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "position" smallint NOT NULL,
                "recommendation_id" uuid,
                CONSTRAINT "UQ_50c7b3ee045d00fc5e16bb9b1c2" UNIQUE ("slug"),
                CONSTRAINT "REL_8893682f6123664270691b144e" UNIQUE ("recommendation_id"),
                CONSTRAINT "PK_094f5ec727fe052956a11623640" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "recommendation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "number" smallint NOT NULL,
                "topic" text NOT NULL,
                "title" jsonb NOT NULL,
                "actions" jsonb NOT NULL,
                "related_legacy_recommendations" smallint array NOT NULL,
                CONSTRAINT "UQ_e7df0621ee78e723c2bde259443" UNIQUE ("number"),
                CONSTRAINT "PK_17cb51984a6627ef2ce7370e23c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "space"
            ADD CONSTRAINT "FK_8893682f6123664270691b144e7" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "space" DROP CONSTRAINT "FK_8893682f6123664270691b144e7"
        `);
        await queryRunner.query(`
            DROP TABLE "recommendation"
        `);
        await queryRunner.query(`
            DROP TABLE "space"
        `);
    }

}
