import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange, type Operation } from 'urql';
import { refreshAfterRefusal, refreshSession, expiresSoon } from '../session/refresh';
import { sessionStore } from '../session/session-store';
import { cacheUpdates } from './cache-updates';
import { EMBEDDED_TYPES } from './embedded-types';

// Operations whose UNAUTHENTICATED means a wrong password, not an expired token: never retried after a refresh
// (a retry would count as a second failed sign-in).
const CREDENTIAL_OPERATIONS = new Set(['SignIn', 'AcceptInvitation', 'ChangePassword', 'ResetPassword']);

const operationName = (operation: Operation) =>
  operation.query.definitions.find((definition) => definition.kind === 'OperationDefinition')?.name?.value;

/**
 * The GraphQL client: a normalised cache (graphcache: one copy of each Post, Thread ... by id, so a reaction or an
 * edit shows everywhere), the bearer token on every request (refreshed before it expires, once for all tabs), and
 * fetch to /graphql on this origin. One client per member: signing in or out starts with an empty cache.
 */
export function createForumClient(): Client {
  return new Client({
    url: '/graphql',
    // POST always: the API refuses GET queries without a preflight header (Apollo's CSRF prevention).
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: EMBEDDED_TYPES,
        resolvers: {
          Query: { ictStrategies: relayPagination(), experienceReports: relayPagination() },
          Space: { threads: relayPagination() },
          Thread: { posts: relayPagination() },
        },
        updates: cacheUpdates,
      }),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const session = sessionStore.get();
          return session
            ? utils.appendHeaders(operation, { Authorization: `Bearer ${session.accessToken}` })
            : operation;
        },
        willAuthError(operation) {
          const session = sessionStore.get();
          return Boolean(session && expiresSoon(session) && !CREDENTIAL_OPERATIONS.has(operationName(operation) ?? ''));
        },
        didAuthError(error, operation) {
          return (
            Boolean(sessionStore.get()) &&
            !CREDENTIAL_OPERATIONS.has(operationName(operation) ?? '') &&
            error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')
          );
        },
        async refreshAuth() {
          const session = sessionStore.get();
          if (session && !expiresSoon(session)) await refreshAfterRefusal();
          else await refreshSession();
        },
      })),
      fetchExchange,
    ],
    // Pages show what the cache has and ask the API again (a forum changes under the reader).
    requestPolicy: 'cache-and-network',
  });
}
