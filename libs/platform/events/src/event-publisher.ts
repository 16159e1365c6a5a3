import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumerRegistry } from './consumer-registry.js';
import type { EventName, EventPayload, PublishOptions } from './event-map.js';

/** The channel workers LISTEN on; the payload is the event's name (workers only need to be woken). */
export const EVENTS_CHANNEL = 'forum_events';

/**
 * Publishes domain events into the outbox. Always inside the writer's transaction: the event exists if and only if
 * the write committed, and NOTIFY is delivered by PostgreSQL at commit (never for a rollback).
 */
@Injectable()
export class EventPublisher {
  constructor(private readonly registry: ConsumerRegistry) {}

  /** Returns the event's id. */
  async publish<N extends EventName>(
    tx: EntityManager,
    name: N,
    payload: EventPayload<N>,
    options: PublishOptions = {},
  ): Promise<string> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`publish(${name}) outside a transaction: pass the manager of the write's transaction`);
    }
    const consumers = this.registry.consumersOf(name);
    const rows: { id: string }[] = await tx.query(
      `WITH event AS (
         INSERT INTO domain_event (name, payload, actor_id, visibility)
         VALUES ($1, $2::jsonb, $3, $4::jsonb) RETURNING id
       ), deliveries AS (
         -- This process's consumers, and those other versions registered (a rolling deploy: see EventConsumerEntity).
         INSERT INTO event_delivery (event_id, consumer)
         SELECT event.id, c.consumer
           FROM event, (SELECT unnest($5::text[]) UNION SELECT consumer FROM event_consumer WHERE event_name = $1)
                AS c(consumer)
         RETURNING 1
       )
       -- No consumer, no wake-up: NOTIFY takes a database-wide lock at commit.
       SELECT id, CASE WHEN EXISTS (SELECT FROM deliveries) THEN pg_notify($6, $1) END FROM event`,
      [
        name,
        JSON.stringify(payload),
        options.actorId ?? null,
        options.visibility ? JSON.stringify(options.visibility) : null,
        consumers,
        EVENTS_CHANNEL,
      ],
    );
    return rows[0].id;
  }
}
