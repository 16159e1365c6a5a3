import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stacks: personal tokens for the decommission calendar feed. Written by hand. */
export class StacksCalendar1795779500000 implements MigrationInterface {
  name = 'StacksCalendar1795779500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "calendar_feed_token" (
        "member_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "calendar_feed_token_pkey" PRIMARY KEY ("member_id"),
        CONSTRAINT "calendar_feed_token_member_fk" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "calendar_feed_token_hash_key" ON "calendar_feed_token" ("token_hash")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_feed_token"`);
  }
}
