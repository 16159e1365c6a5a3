import type { TestDatabase } from './test-database.js';

/**
 * Tests that count statements run the event worker with this poll interval: woken by NOTIFY only, it sends nothing
 * while a measured request runs, once `outboxDrained` returned.
 */
export const QUIET_EVENT_WORKER = { EVENTS_POLL_INTERVAL_MS: '600000' };

/**
 * Waits until no event delivery is pending. Statement counters count every statement of the process, the event
 * worker's too: a test that measures a request waits for the deliveries of its setup's writes first (under load they
 * ran alongside the measured request and were counted).
 */
export async function outboxDrained(db: Pick<TestDatabase, 'query'>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ pending }] = await db.query<{ pending: number }>(
      "SELECT count(*)::int AS pending FROM event_delivery WHERE state = 'PENDING'",
    );
    if (pending === 0) return;
    if (Date.now() > deadline)
      throw new Error(`the outbox still has ${pending} pending deliveries after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
