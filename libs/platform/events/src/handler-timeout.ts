import type { DataSource, QueryRunner } from 'typeorm';

/** A consumer still running when its time was up (EVENTS_HANDLER_TIMEOUT_MS). */
export class HandlerTimedOut extends Error {
  override name = 'HandlerTimedOut';
  constructor(ms: number) {
    super(`the consumer was still running after ${ms} ms`);
  }
}

/** Settles with `work`, or rejects with HandlerTimedOut after `ms`; `work` itself cannot be stopped, only left. */
export async function within(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HandlerTimedOut(ms)), ms);
  });
  // A handler left behind fails later, once its connection is gone: that is expected, not an unhandled rejection.
  work.catch(() => undefined);
  try {
    await Promise.race([work, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ends the delivery's connection from another one: a statement the handler is waiting on cannot be interrupted
 * from its own connection, and its transaction (the handler's writes and the delivery's lock) must end now. Waits
 * (up to 5 s) until the backend is gone, so that the lock is released when this returns. The pool drops the
 * connection when it is released.
 */
export async function endConnection(dataSource: DataSource, runner: QueryRunner): Promise<void> {
  const client = (runner as QueryRunner & { databaseConnection?: { processID?: number } }).databaseConnection;
  if (client?.processID === undefined) return;
  await dataSource.query('SELECT pg_terminate_backend($1, 5000)', [client.processID]);
}
