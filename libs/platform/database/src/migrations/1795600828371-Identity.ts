import { MigrationInterface, QueryRunner } from "typeorm";

// Offices, members, sessions and refresh tokens, invitations, the audit log (issue 3).
// Replaces 1795600798330-Identity, a first draft that was committed by mistake and could not run (it created the
// member_role type twice).
export class Identity1795600828371 implements MigrationInterface {
    name = 'Identity1795600828371'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "kind" text NOT NULL,
                "actor_id" uuid,
                "member_id" uuid,
                "office_id" uuid,
                "email" text,
                "ip" text,
                "details" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5e17158fec0039930c5870f0e4" ON "audit_event" ("at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fd44b05959064b9d6a32f94e6b" ON "audit_event" ("kind", "ip", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_584dd25c1c85e496585b5c07ce" ON "audit_event" ("kind", "email", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "office" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "name" text NOT NULL,
                "region" text,
                CONSTRAINT "UQ_f327efa51a74e5c588b9df2170d" UNIQUE ("code"),
                CONSTRAINT "PK_200185316ba169fda17e3b6ba00" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."member_role" AS ENUM('MEMBER', 'OFFICE_ADMIN', 'MODERATOR', 'ADMIN')
        `);
        await queryRunner.query(`
            CREATE TABLE "member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "office_id" uuid NOT NULL,
                "role" "public"."member_role" NOT NULL DEFAULT 'MEMBER',
                "active" boolean NOT NULL DEFAULT true,
                "password_hash" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_97cbbe986ce9d14ca5894fdc072" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6fe079bc23c707181c779ed6e1" ON "member" ("office_id")
        `);
        // Written by hand (TypeORM cannot express it; the entity declares it with synchronize: false):
        // e-mails are unique whatever their case.
        await queryRunner.query(`
            CREATE UNIQUE INDEX "member_email_lower_key" ON "member" (lower("email"))
        `);
        await queryRunner.query(`
            CREATE TABLE "session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_reason" text,
                CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d89c936c1022875dade62be24e" ON "session" ("member_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "rotated_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"),
                CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7643a722ca45fb721be1c63dc0" ON "refresh_token" ("session_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "office_id" uuid NOT NULL,
                "role" "public"."member_role" NOT NULL,
                "token_hash" text NOT NULL,
                "invited_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "member_id" uuid,
                CONSTRAINT "UQ_b827d3749ffbb3b5ab5099afd64" UNIQUE ("token_hash"),
                CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_47255fe4460915f1dda2e47b7f" ON "invitation" ("office_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "member"
            ADD CONSTRAINT "FK_6fe079bc23c707181c779ed6e19" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "session"
            ADD CONSTRAINT "FK_d89c936c1022875dade62be24ec" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_47255fe4460915f1dda2e47b7fc" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3" FOREIGN KEY ("invited_by_id") REFERENCES "member"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_2cd02613944c1f9d45bec637b54" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_2cd02613944c1f9d45bec637b54"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_47255fe4460915f1dda2e47b7fc"
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"
        `);
        await queryRunner.query(`
            ALTER TABLE "session" DROP CONSTRAINT "FK_d89c936c1022875dade62be24ec"
        `);
        await queryRunner.query(`
            ALTER TABLE "member" DROP CONSTRAINT "FK_6fe079bc23c707181c779ed6e19"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_47255fe4460915f1dda2e47b7f"
        `);
        await queryRunner.query(`
            DROP TABLE "invitation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7643a722ca45fb721be1c63dc0"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d89c936c1022875dade62be24e"
        `);
        await queryRunner.query(`
            DROP TABLE "session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."member_email_lower_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6fe079bc23c707181c779ed6e1"
        `);
        await queryRunner.query(`
            DROP TABLE "member"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."member_role"
        `);
        await queryRunner.query(`
            DROP TABLE "office"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_584dd25c1c85e496585b5c07ce"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fd44b05959064b9d6a32f94e6b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5e17158fec0039930c5870f0e4"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    }

}
