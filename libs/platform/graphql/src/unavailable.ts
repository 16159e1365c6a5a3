import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors.js';

// PostgreSQL's SQLSTATEs for "the server went away or cannot take you now": connection exceptions (class 08),
// administrator or crash shutdown and start-up (57P01-57P03), too many connections (53300).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
// Socket-level failures of a connection (the network or the server process is gone).
const UNAVAILABLE_SYSCALL = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// node-postgres reports a lost or never-made connection by message only.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection refused|terminating connection/i;

// TypeORM releases a transaction's query runner when its connection emits 'error'; the transaction's next statement
// then fails with this instead of the driver's error.
const UNAVAILABLE_NAMES = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

/**
 * True when an error says the database is out of reach for the moment (a dropped connection, a full pool, a
 * restarting server), rather than that the request is wrong: the client should retry (UNAVAILABLE, HTTP 503).
 * Looks through the wrappers TypeORM and GraphQL put around the driver's error.
 */
export function isUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current);) {
    seen.add(current);
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return true;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SYSCALL.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    const wrapper = current as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    current = wrapper.driverError ?? wrapper.originalError ?? wrapper.cause;
  }
  return false;
}

/** A response carrying UNAVAILABLE is HTTP 503 with Retry-After, so that proxies and clients know to retry. */
export const unavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        // @nestjs/apollo's own plugin (registered after this one) resets the status of any response with `data` to
        // 200; the hooks start in order, so yielding once lets this status be the one that stays.
        await Promise.resolve();
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (!errors.some((error) => error.extensions?.code === ErrorCode.UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', '1');
      },
    };
  },
};
