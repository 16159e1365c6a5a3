import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource, QueryRunner } from 'typeorm';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import { ConsumerRegistry } from './consumer-registry.js';
import type { ContentVisibility, DeliveredEvent, EventName } from './event-map.js';
import { EVENTS_CHANNEL } from './event-publisher.js';
import { endConnection, HandlerTimedOut, within } from './handler-timeout.js';

const MAX_BACKOFF_MS = 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;

interface DueRow {
  delivery_id: string;
  consumer: string;
  attempts: number;
  id: string;
  name: string;
  payload: unknown;
  actor_id: string | null;
  visibility: ContentVisibility | null;
  occurred_at: Date;
  /** Takes of this delivery that did not settle it (a process that died in it, or a failure), if any. */
  taken_before: number | null;
}

/** The delay before attempt `attempts + 1`: the base, doubled per failure, capped at an hour. */
export function retryDelay(attempts: number, baseMs: number): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * The deliveries one take runs, of those due in order. One taken before and not settled since (its process may have
 * died in it) runs alone, so that a consumer that ends its process is counted, and buried, by itself, never with the
 * deliveries that shared its batch; otherwise those in line before the first such one.
 */
export function takeable<T extends { taken_before: number | null }>(rows: T[]): T[] {
  if (rows[0].taken_before) return rows.slice(0, 1);
  const first = rows.findIndex((row) => row.taken_before);
  return first < 0 ? rows : rows.slice(0, first);
}

/** What is kept of a failure: its class and message, shortened, with credentials of URLs blotted out. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\/\/[^\s/@]+@/g, '//***@').slice(0, 1_000);
}

/**
 * Delivers this process's consumers' pending events. Each delivery is taken with FOR NO KEY UPDATE SKIP LOCKED in a
 * transaction that also runs the handler and marks the delivery done, so several instances on one database never
 * run the same delivery at once, and a consumer's writes commit with its progress. Woken by LISTEN/NOTIFY, and by a
 * poll as the fallback (missed notifications, a restart, retries another instance scheduled).
 */
@Injectable()
export class EventWorker implements OnApplicationBootstrap, OnModuleDestroy {
  /** Names this process in logs (several instances share a database). */
  readonly instanceId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly timers = new Set<NodeJS.Timeout>();
  private listener?: pg.Client;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private names: string[] = [];
  private consumers: string[] = [];
  private readonly notificationListeners = new Set<(eventName: string | null) => void>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly registry: ConsumerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.events.worker) return;
    this.stopped = false;
    this.every(PRUNE_EVERY_MS, () => void this.prune());
    void this.prune();
    const consumers = this.registry.all();
    if (consumers.length === 0) return;
    this.names = consumers.map((consumer) => consumer.event);
    this.consumers = consumers.map((consumer) => consumer.consumer);
    this.every(this.config.events.pollIntervalMs, () => this.wake());
    void this.listen(1_000);
    this.wake();
    this.logger.info(
      { instance: this.instanceId, consumers: consumers.map((c) => `${c.event} -> ${c.consumer}`) },
      'event worker started',
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /**
   * Calls `listener` on this instance with the name of every event published on any instance, as soon as PostgreSQL
   * notifies (a delivery reaches one instance only; this reaches each), and with null when the listening connection
   * (re)connects, since notifications may have been missed meanwhile. Nothing arrives while the connection is down,
   * without consumers, or with the worker off: a cache kept per instance must expire on its own too.
   */
  onNotification(listener: (eventName: string | null) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  private notifyListeners(eventName: string | null): void {
    for (const listener of this.notificationListeners) listener(eventName);
  }

  /** Looks for due deliveries now (coalesces: one drain at a time, and one more if woken meanwhile). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.deliverBatch()));
    } catch (error) {
      // The database is away or the pool is closing: the poll tries again.
      if (!this.stopped) this.logger.warn({ err: error }, 'event worker could not take a delivery');
    }
  }

  /**
   * Takes due deliveries (up to EVENTS_BATCH_SIZE, in order), runs each in its own savepoint and settles them all in
   * one transaction; false when none is due. A batch costs START, the take, the claims, a savepoint per delivery,
   * one UPDATE of those done and COMMIT, where one delivery at a time cost six statements each.
   */
  private async deliverBatch(): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // Every delivery leaves an entry for its PENDING row in the partial due index until VACUUM (at most once a
      // minute): a bitmap scan rechecks each of them on every take (8 ms per take after 3,700 deliveries, in the
      // replies benchmark), where an index scan marks those it finds dead and skips them from then on.
      await runner.query('SET LOCAL enable_bitmapscan = off');
      const rows = (await runner.query(
        `SELECT d.id AS delivery_id, d.consumer, d.attempts, e.id, e.name, e.payload, e.actor_id, e.visibility,
                e.occurred_at, c.claims AS taken_before
           FROM event_delivery d JOIN domain_event e ON e.id = d.event_id
           LEFT JOIN event_delivery_claim c ON c.delivery_id = d.id
          WHERE d.state = 'PENDING' AND d.available_at <= now()
            AND (e.name, d.consumer) IN (SELECT * FROM unnest($1::text[], $2::text[]))
          ORDER BY d.available_at, e.occurred_at
          LIMIT $3
          FOR NO KEY UPDATE OF d SKIP LOCKED`,
        [this.names, this.consumers, this.config.events.batchSize],
      )) as DueRow[];
      if (rows.length === 0) {
        await runner.commitTransaction();
        return false;
      }
      // The consumers' own statements keep the planner's choice (an OR of two indexes needs a bitmap scan).
      await runner.query('RESET enable_bitmapscan');
      const batch = takeable(rows);
      const claims = await this.claim(batch.map((row) => row.delivery_id));
      const done: string[] = [];
      const after: (() => void)[] = [];
      for (const row of batch) {
        const taken = claims.get(row.delivery_id)!;
        if (taken > this.config.events.maxAttempts) {
          after.push(await this.bury(runner, row, taken));
          continue;
        }
        const outcome = await this.settle(runner, row, taken);
        if (outcome === 'timed-out') return true; // its connection, and with it this transaction, is gone
        if (outcome === 'done') done.push(row.delivery_id);
        else after.push(outcome);
      }
      if (done.length > 0) {
        await runner.query(
          `WITH claim AS (DELETE FROM event_delivery_claim WHERE delivery_id = ANY($1::uuid[]))
           UPDATE event_delivery SET state = 'DONE', attempts = attempts + 1, updated_at = now()
            WHERE id = ANY($1::uuid[])`,
          [done],
        );
      }
      await runner.commitTransaction();
      for (const report of after) report();
      return true;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /**
   * Counts this take of each delivery in its own committed statement (another connection: the deliveries' rows are
   * locked by ours), so that a take whose process dies counts too. Returns the takes so far, this one included.
   */
  private async claim(deliveryIds: string[]): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      `INSERT INTO event_delivery_claim (delivery_id, claims) SELECT unnest($1::uuid[]), 1
       ON CONFLICT (delivery_id) DO UPDATE SET claims = event_delivery_claim.claims + 1
       RETURNING delivery_id, claims`,
      [deliveryIds],
    )) as { delivery_id: string; claims: number }[];
    return new Map(rows.map((row) => [row.delivery_id, row.claims]));
  }

  /** A delivery whose takes outnumber the attempts allowed: its consumer keeps ending its process. Not run again. */
  private async bury(runner: QueryRunner, row: DueRow, claims: number): Promise<() => void> {
    const attempts = claims - 1;
    await runner.query(
      `UPDATE event_delivery SET attempts = $2, state = 'DEAD', last_error = $3, updated_at = now() WHERE id = $1`,
      [row.delivery_id, attempts, `the process ended while delivering it (${attempts - row.attempts} times)`],
    );
    return () =>
      this.logger.error(
        { event: row.name, eventId: row.id, consumer: row.consumer, attempts },
        'event delivery is dead: its consumer kept ending the process; an admin may retry it',
      );
  }

  /**
   * Runs one delivery's handler in a savepoint of the batch's transaction: 'done' (marked with the batch), a failure
   * recorded in the transaction (with what to log once it commits), or 'timed-out' (the connection was ended).
   */
  private async settle(runner: QueryRunner, row: DueRow, claims: number): Promise<'done' | 'timed-out' | (() => void)> {
    const consumer = this.registry.handlerFor(row.name, row.consumer)!;
    const event: DeliveredEvent = {
      id: row.id,
      name: row.name as EventName,
      payload: row.payload as DeliveredEvent['payload'],
      actorId: row.actor_id,
      visibility: row.visibility,
      occurredAt: row.occurred_at,
      // Takes so far, those whose process died included.
      attempt: claims,
    };
    // The savepoint keeps the delivery locked while a failure is undone and recorded: no other instance can take
    // it in between and count the same attempt twice.
    await runner.query('SAVEPOINT consume');
    try {
      await within(consumer.handler(runner.manager, event), this.config.events.handlerTimeoutMs);
      return 'done';
    } catch (error) {
      // A handler that ran out of time may still hold the connection: end it (and with it the handler's writes and
      // the batch's), then record the failure from the pool. Otherwise undo the handler's writes and record it in
      // this transaction.
      const timedOut = error instanceof HandlerTimedOut;
      if (timedOut) await endConnection(this.dataSource, runner);
      else await runner.query('ROLLBACK TO SAVEPOINT consume');
      const attempts = claims;
      const dead = attempts >= this.config.events.maxAttempts;
      const delay = retryDelay(attempts, this.config.events.retryBaseMs);
      // SKIP LOCKED: after a timeout, another instance may already have taken the delivery again; it records its own.
      // clock_timestamp(), not now(): now() is when the batch's transaction began, earlier than this failure.
      await (timedOut ? this.dataSource : runner).query(
        `UPDATE event_delivery
            SET attempts = $2, state = $3, available_at = clock_timestamp() + $4::int * interval '1 millisecond',
                last_error = $5,
                updated_at = now()
          WHERE id = (SELECT id FROM event_delivery WHERE id = $1 AND state = 'PENDING' FOR NO KEY UPDATE SKIP LOCKED)`,
        [row.delivery_id, attempts, dead ? 'DEAD' : 'PENDING', delay, describeFailure(error)],
      );
      const context = { event: row.name, eventId: row.id, consumer: row.consumer, attempts, err: error };
      const report = () => {
        if (dead) this.logger.error(context, 'event delivery is dead: an admin may retry it');
        else {
          this.logger.warn({ ...context, retryInMs: delay }, 'event consumer failed: retrying later');
          this.after(delay, () => this.wake());
        }
      };
      if (!timedOut) return report;
      report();
      return 'timed-out';
    }
  }

  /** A dedicated connection that LISTENs; reconnects with a growing delay, and looks for work on each reconnect. */
  private async listen(retryMs: number): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.config.databaseUrl, application_name: 'forum-events' });
    let lost = false;
    const reconnect = (error?: unknown) => {
      if (lost || this.stopped) return;
      lost = true;
      if (this.listener === client) this.listener = undefined;
      client.end().catch(() => undefined);
      this.logger.warn({ err: error, retryInMs: retryMs }, 'event listener connection lost: reconnecting');
      this.after(retryMs, () => void this.listen(Math.min(retryMs * 2, 30_000)));
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    client.on('notification', (message) => {
      this.notifyListeners(message.payload ?? null);
      this.wake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      if (this.stopped) {
        lost = true;
        await client.end();
        return;
      }
      this.listener = client;
      this.notifyListeners(null);
      this.wake();
    } catch (error) {
      reconnect(error);
    }
  }

  /**
   * Deletes events every consumer is done with, after the retention period (in batches); dead and pending ones stay.
   * Runs at start and hourly; returns how many events it deleted.
   */
  async prune(): Promise<number> {
    let total = 0;
    try {
      for (let batch = 0; batch < 100 && !this.stopped; batch++) {
        const [{ deleted }] = (await this.dataSource.query(
          `WITH old AS (
             SELECT e.id FROM domain_event e
              WHERE e.occurred_at < now() - $1::int * interval '1 day'
                AND NOT EXISTS (SELECT 1 FROM event_delivery d WHERE d.event_id = e.id AND d.state <> 'DONE')
              LIMIT 1000
           ), gone AS (DELETE FROM domain_event WHERE id IN (SELECT id FROM old) RETURNING 1)
           SELECT count(*)::int AS deleted FROM gone`,
          [this.config.events.retentionDays],
        )) as { deleted: number }[];
        total += deleted;
        if (deleted < 1000) break;
      }
    } catch (error) {
      if (!this.stopped) this.logger.warn({ err: error }, 'could not prune delivered events');
    }
    return total;
  }

  private every(ms: number, work: () => void): void {
    const timer = setInterval(work, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private after(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }
}
