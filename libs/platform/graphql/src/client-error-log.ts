import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { ErrorCode } from '@forum/core';
import type { ForumContext } from './request-context.js';

// A wrong password, a refused role and a rate limit are worth a look (a warning); the rest is the client's mistake
// (information). INTERNAL is not here: the error formatter reports it, with its stack, at level error.
const LEVELS: Partial<Record<string, 'info' | 'warn'>> = {
  [ErrorCode.UNAUTHENTICATED]: 'warn',
  [ErrorCode.FORBIDDEN]: 'warn',
  [ErrorCode.RATE_LIMITED]: 'warn',
  [ErrorCode.UNAVAILABLE]: 'warn',
  [ErrorCode.NOT_FOUND]: 'info',
  [ErrorCode.BAD_USER_INPUT]: 'info',
  [ErrorCode.CONFLICT]: 'info',
  [ErrorCode.QUERY_TOO_COMPLEX]: 'info',
};

/**
 * One log line for each expected error a GraphQL response carries, with the request id (as the access log line has
 * it), the operation, the field and the code; no stack trace: nothing went wrong in the server.
 */
export function logClientErrors(logger: Logger): ApolloServerPlugin<ForumContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, request }) {
          if (response.body.kind !== 'single') return;
          const reqId = (contextValue?.req as { id?: unknown } | undefined)?.id;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = String(error.extensions?.code ?? '');
            const level = LEVELS[code];
            if (!level) continue;
            logger[level](
              {
                reqId,
                operation: request.operationName ?? undefined,
                path: error.path?.join('.'),
                code,
                reason: error.extensions?.reason,
              },
              error.message,
            );
          }
        },
      };
    },
  };
}
