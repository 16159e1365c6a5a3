import { MigrationInterface, QueryRunner } from 'typeorm';

/** Counts each take of an event delivery outside the delivery's transaction (EventDeliveryClaimEntity says why). */
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_delivery_claim"`);
  }
}
