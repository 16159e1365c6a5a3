import { MigrationInterface, QueryRunner } from 'typeorm';

/** Domain events: the outbox and one delivery row per (event, consumer). Written by hand, names as in the entities. */
export class Events1795772687089 implements MigrationInterface {
  name = 'Events1795772687089';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "domain_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "payload" jsonb NOT NULL,
        "actor_id" uuid,
        "visibility" jsonb,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "domain_event_pkey" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "domain_event_occurred_at_idx" ON "domain_event" ("occurred_at")`);
    await queryRunner.query(`CREATE INDEX "domain_event_name_idx" ON "domain_event" ("name", "occurred_at")`);
    await queryRunner.query(`CREATE TYPE "public"."event_delivery_state" AS ENUM('PENDING', 'DONE', 'DEAD')`);
    await queryRunner.query(`
      CREATE TABLE "event_delivery" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "event_id" uuid NOT NULL,
        "consumer" text NOT NULL,
        "state" "public"."event_delivery_state" NOT NULL DEFAULT 'PENDING',
        "attempts" integer NOT NULL DEFAULT '0',
        "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_error" text,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "event_delivery_event_consumer_key" UNIQUE ("event_id", "consumer"),
        CONSTRAINT "event_delivery_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "event_delivery_event_fk" FOREIGN KEY ("event_id") REFERENCES "domain_event"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "event_delivery_due_idx" ON "event_delivery" ("available_at") WHERE state = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "event_delivery_dead_idx" ON "event_delivery" ("updated_at", "id") WHERE state = 'DEAD'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."event_delivery_state"`);
    await queryRunner.query(`DROP TABLE "domain_event"`);
  }
}
