import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications: members' subscriptions (topic_subscription) and their inbox (notification). */
export class Notifications1795777000000 implements MigrationInterface {
  name = 'Notifications1795777000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."watch_level" AS ENUM('WATCHING', 'TRACKING', 'MUTED')`);
    await queryRunner.query(`
      CREATE TABLE "topic_subscription" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "member_id" uuid NOT NULL,
        "level" "public"."watch_level" NOT NULL,
        "space_id" uuid,
        "thread_id" uuid,
        "tag" text,
        "office_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_topic_subscription" PRIMARY KEY ("id"),
        CONSTRAINT "topic_subscription_one_target" CHECK (num_nonnulls("space_id", "thread_id", "tag", "office_id") = 1),
        CONSTRAINT "FK_topic_subscription_member" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_topic_subscription_space" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_topic_subscription_thread" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_topic_subscription_office" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE
      )
    `);
    for (const column of ['space_id', 'thread_id', 'tag', 'office_id']) {
      const target = column.replace('_id', '');
      await queryRunner.query(
        `CREATE UNIQUE INDEX "topic_subscription_${target}_key" ON "topic_subscription" ("member_id", "${column}") WHERE ${column} IS NOT NULL`,
      );
      await queryRunner.query(
        `CREATE INDEX "topic_subscription_${target}_idx" ON "topic_subscription" ("${column}") WHERE ${column} IS NOT NULL`,
      );
    }
    await queryRunner.query(`
      CREATE TABLE "notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "member_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "thread_id" uuid NOT NULL,
        "post_id" uuid,
        "reason" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_notification" PRIMARY KEY ("id"),
        CONSTRAINT "FK_notification_member" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_notification_thread" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_notification_post" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_event_member_key" ON "notification" ("event_id", "member_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_inbox_idx" ON "notification" ("member_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification" ("member_id", "thread_id") WHERE read_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "topic_subscription"`);
    await queryRunner.query(`DROP TYPE "public"."watch_level"`);
  }
}
