import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents: uploads, their content once per SHA-256, and PostgreSQL's blob store. Written by hand. */
export class Documents1795780000000 implements MigrationInterface {
  name = 'Documents1795780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "document_blob" (
        "sha256" text NOT NULL,
        "size" bigint NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "document_blob_pkey" PRIMARY KEY ("sha256")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "document_chunk" (
        "sha256" text NOT NULL,
        "seq" integer NOT NULL,
        "data" bytea NOT NULL,
        CONSTRAINT "document_chunk_pkey" PRIMARY KEY ("sha256", "seq")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "document" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "owner_id" uuid NOT NULL,
        "name" text NOT NULL,
        "content_type" text NOT NULL,
        "size" bigint NOT NULL,
        "sha256" text NOT NULL,
        "post_id" uuid,
        "position" smallint,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "document_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "document_owner_fk" FOREIGN KEY ("owner_id") REFERENCES "member"("id") ON DELETE CASCADE,
        CONSTRAINT "document_blob_fk" FOREIGN KEY ("sha256") REFERENCES "document_blob"("sha256") ON DELETE RESTRICT,
        CONSTRAINT "document_post_fk" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`CREATE INDEX "document_owner_idx" ON "document" ("owner_id")`);
    await queryRunner.query(`CREATE INDEX "document_sha256_idx" ON "document" ("sha256")`);
    await queryRunner.query(`CREATE INDEX "document_post_idx" ON "document" ("post_id", "position")`);
    await queryRunner.query(`CREATE INDEX "document_unattached_idx" ON "document" ("created_at") WHERE post_id IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(`DROP TABLE "document_chunk"`);
    await queryRunner.query(`DROP TABLE "document_blob"`);
  }
}
