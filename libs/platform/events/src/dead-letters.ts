import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, notFound, pageSize, toConnection, type Connection } from '@forum/graphql';
import { EVENTS_CHANNEL } from './event-publisher.js';

/**
 * A delivery that failed too often. The payload is left out on purpose: it may be about content of an office the
 * admin reading the list cannot see (no role bypasses OFFICE or OFFICES visibility).
 */
export interface DeadLetter {
  id: string;
  eventId: string;
  eventName: string;
  consumer: string;
  attempts: number;
  lastError: string | null;
  occurredAt: Date;
  diedAt: Date;
}

type Position = [string, string]; // [diedAt ISO, delivery id]
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'string' &&
  ISO_INSTANT.test(value[0]) &&
  !Number.isNaN(Date.parse(value[0])) &&
  typeof value[1] === 'string' &&
  UUID.test(value[1]);

interface DeadRow {
  id: string;
  event_id: string;
  event_name: string;
  consumer: string;
  attempts: number;
  last_error: string | null;
  occurred_at: Date;
  died_at: Date;
}

const toDeadLetter = (row: DeadRow): DeadLetter => ({
  id: row.id,
  eventId: row.event_id,
  eventName: row.event_name,
  consumer: row.consumer,
  attempts: row.attempts,
  lastError: row.last_error,
  occurredAt: row.occurred_at,
  diedAt: row.died_at,
});

/** Dead deliveries, for admins: the caller (a resolver) checks the role; this platform lib knows no roles. */
@Injectable()
export class DeadLetters {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged (at the cursor's precision: milliseconds, as JavaScript dates have). */
  async page(args: { first?: number | null; after?: string | null }): Promise<Connection<DeadLetter>> {
    const limit = pageSize(args.first, 20);
    const [diedAt, id] = args.after ? decodeCursor(args.after, isPosition) : [null, null];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT d.id, d.event_id, e.name AS event_name, d.consumer, d.attempts, d.last_error, e.occurred_at,
                date_trunc('milliseconds', d.updated_at) AS died_at
           FROM event_delivery d JOIN domain_event e ON e.id = d.event_id
          WHERE d.state = 'DEAD'
            AND ($1::timestamptz IS NULL OR (date_trunc('milliseconds', d.updated_at), d.id) < ($1, $2::uuid))
          ORDER BY died_at DESC, d.id DESC
          LIMIT $3`,
        [diedAt, id, limit + 1],
      ) as Promise<DeadRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM event_delivery WHERE state = 'DEAD'`) as Promise<
        { total: number }[]
      >,
    ]);
    return toConnection(rows, limit, toDeadLetter, (row) => [row.died_at.toISOString(), row.id], total);
  }

  /** Puts a dead delivery back in line with a fresh set of attempts; NOT_FOUND when no dead delivery has this id. */
  async retry(id: string): Promise<void> {
    if (!UUID.test(id)) throw notFound('No dead event delivery with this id');
    await this.dataSource.transaction(async (tx) => {
      const [rows] = (await tx.query(
        `UPDATE event_delivery d SET state = 'PENDING', attempts = 0, available_at = now(), updated_at = now()
           FROM domain_event e
          WHERE d.id = $1 AND d.state = 'DEAD' AND e.id = d.event_id
          RETURNING e.name`,
        [id],
      )) as [{ name: string }[], number];
      if (!rows[0]) throw notFound('No dead event delivery with this id');
      await tx.query('DELETE FROM event_delivery_claim WHERE delivery_id = $1', [id]);
      await tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, rows[0].name]);
    });
  }
}
