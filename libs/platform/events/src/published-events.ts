import type { ContentVisibility, EventName, PublishedEvent } from './event-map.js';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * What the outbox holds, oldest first: every committed event (a rolled-back one was never there). For tests, through
 * any connection to the database (`TestApp.events.published()`).
 */
export async function readPublishedEvents<N extends EventName>(query: Query, name?: N): Promise<PublishedEvent<N>[]> {
  const rows = await query(
    `SELECT id, name, payload, actor_id, visibility, occurred_at FROM domain_event
      WHERE $1::text IS NULL OR name = $1 ORDER BY occurred_at, id`,
    [name ?? null],
  );
  return rows.map((row) => ({
    id: row.id as string,
    name: row.name as N,
    payload: row.payload as PublishedEvent<N>['payload'],
    actorId: row.actor_id as string | null,
    visibility: row.visibility as ContentVisibility | null,
    occurredAt: row.occurred_at as Date,
  }));
}
