import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every (event, consumer) some version of the forum consumes, for publishers of other versions (EventConsumerEntity). */
export class EventConsumers1795795000000 implements MigrationInterface {
  name = 'EventConsumers1795795000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
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
  }
}
