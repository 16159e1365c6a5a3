import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counts each take of an event delivery outside the delivery's transaction, and registers every consumer for publishers
 * of other versions (EventDeliveryClaimEntity and EventConsumerEntity say why).
 */
export class EventClaims1795790000000 implements MigrationInterface {
  name = 'EventClaims1795790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "event_delivery_claim" (
        "delivery_id" uuid NOT NULL,
        "claims" integer NOT NULL,
        CONSTRAINT "event_delivery_claim_pkey" PRIMARY KEY ("delivery_id"),
        CONSTRAINT "event_delivery_claim_delivery_fk" FOREIGN KEY ("delivery_id") REFERENCES "event_delivery"("id")
          ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "event_consumer" (
        "event_name" text NOT NULL,
        "consumer" text NOT NULL,
        "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "event_consumer_pkey" PRIMARY KEY ("event_name", "consumer")
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_consumer"`);
    await queryRunner.query(`DROP TABLE "event_delivery_claim"`);
  }
}
