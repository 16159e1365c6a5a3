import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Governance (issue 8): invitations can be revoked (who and when is kept), and one-time password-reset tokens for
 * the operator's `npm run admin -- reset-password` (only the token's SHA-256 is stored). Written by hand.
 */
export class Governance1795776000000 implements MigrationInterface {
  name = 'Governance1795776000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" ADD "revoked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "revoked_by_id" uuid`);
    await queryRunner.query(`
      CREATE TABLE "password_reset" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "member_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "password_reset_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "password_reset_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "password_reset_member_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`CREATE INDEX "password_reset_member_idx" ON "password_reset" ("member_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "revoked_by_id"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "revoked_at"`);
  }
}
