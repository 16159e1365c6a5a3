import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail (issue 12): the platform's outgoing_mail (one row per e-mail owed, unique by key, whose id is the pg-boss
 * job's and the Message-ID's), notifications' email_setting (frequency and language per member) and digest_plan (each
 * digest period planned once), and an index on notification.created_at for finding a period's notifications.
 * pg-boss keeps its own schema (pgboss), which it creates and migrates itself when e-mail is on.
 */
export class Mail1795791000000 implements MigrationInterface {
  name = 'Mail1795791000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outgoing_mail" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "key" text NOT NULL,
        "kind" text NOT NULL,
        "recipient_id" uuid,
        "payload" jsonb NOT NULL,
        "state" text NOT NULL DEFAULT 'PENDING',
        "attempts" integer NOT NULL DEFAULT '0',
        "last_error" text,
        "message_id" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_outgoing_mail" PRIMARY KEY ("id"),
        CONSTRAINT "outgoing_mail_state_check" CHECK (state IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED'))
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "outgoing_mail_key" ON "outgoing_mail" ("key")`);
    await queryRunner.query(
      `CREATE INDEX "outgoing_mail_pending_idx" ON "outgoing_mail" ("created_at") WHERE state = 'PENDING'`,
    );
    await queryRunner.query(`CREATE TYPE "public"."email_frequency" AS ENUM('IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE')`);
    await queryRunner.query(`
      CREATE TABLE "email_setting" (
        "member_id" uuid NOT NULL,
        "frequency" "public"."email_frequency" NOT NULL DEFAULT 'DAILY',
        "language" text NOT NULL DEFAULT 'EN',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_email_setting" PRIMARY KEY ("member_id"),
        CONSTRAINT "email_setting_language_check" CHECK (language IN ('AR', 'EN', 'ES', 'FR', 'RU', 'ZH')),
        CONSTRAINT "FK_email_setting_member" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "digest_plan" (
        "frequency" "public"."email_frequency" NOT NULL,
        "period_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_digest_plan" PRIMARY KEY ("frequency", "period_start")
      )
    `);
    await queryRunner.query(`CREATE INDEX "notification_created_idx" ON "notification" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notification_created_idx"`);
    await queryRunner.query(`DROP TABLE "digest_plan"`);
    await queryRunner.query(`DROP TABLE "email_setting"`);
    await queryRunner.query(`DROP TYPE "public"."email_frequency"`);
    await queryRunner.query(`DROP TABLE "outgoing_mail"`);
  }
}
