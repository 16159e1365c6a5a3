import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Real time: the table @socket.io/postgres-adapter keeps payloads too large for a NOTIFY in (it deletes them after
 * 30 s). Owned by libs/realtime; only the adapter writes it.
 */
export class Realtime1795779000000 implements MigrationInterface {
  name = 'Realtime1795779000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "socket_io_attachments" (
        "id" bigserial UNIQUE,
        "created_at" TIMESTAMP WITH TIME ZONE DEFAULT now(),
        "payload" bytea
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "socket_io_attachments"`);
  }
}
