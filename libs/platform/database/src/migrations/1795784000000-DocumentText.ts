import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents: the text extracted from each content, for search and readers. Written by hand. */
export class DocumentText1795784000000 implements MigrationInterface {
  name = 'DocumentText1795784000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "document_text" (
        "sha256" text NOT NULL,
        "status" text NOT NULL,
        "text" text,
        "error" text,
        "extracted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "document_text_pkey" PRIMARY KEY ("sha256"),
        CONSTRAINT "document_text_blob_fk" FOREIGN KEY ("sha256") REFERENCES "document_blob"("sha256") ON DELETE CASCADE
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "document_text"`);
  }
}
