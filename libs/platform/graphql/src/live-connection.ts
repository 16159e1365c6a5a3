import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import { GraphQLError, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { assertWithinLimits, DEFAULT_QUERY_LIMITS } from './query-limits.js';
import type { Context as WsContext, ServerOptions } from 'graphql-ws';

/**
 * One GraphQL-over-WebSocket connection (graphql-ws, on /graphql), as the domains see it: the context of each of its
 * subscriptions carries it (`context.connection`), so a domain can close it when its member loses access.
 */
export interface LiveConnection {
  /** Unique per connection (several subscriptions share one). */
  readonly id: string;
  /** Closes the socket (the client sees the code and reason, e.g. 4403 "Forbidden"). */
  close(code: number, reason: string): void;
  /** Calls `listener` once when the socket has closed (at once if it already has); returns how to stop listening. */
  onClose(listener: () => void): () => void;
}

/** What graphql-ws's `ws` integration keeps per socket (the socket and its upgrade request). */
interface WsExtra {
  socket: {
    close(code: number, reason: string): void;
    once(event: 'close', listener: () => void): unknown;
    readyState: number;
  };
  request: IncomingMessage;
  connection?: LiveConnection;
}

export type WsConnectionContext = WsContext<Record<string, unknown> | undefined, WsExtra>;

/** graphql-ws calls the context factory with its connection context first; HTTP requests come as `{ req, res }`. */
export function isWsConnectionContext(value: unknown): value is WsConnectionContext {
  return typeof value === 'object' && value !== null && 'extra' in value && 'subscriptions' in value;
}

let connections = 0;

/** The connection of a graphql-ws context, made once per socket. */
export function liveConnectionOf(ctx: WsConnectionContext): LiveConnection {
  const extra = ctx.extra;
  if (extra.connection) return extra.connection;
  const socket = extra.socket;
  const listeners = new Set<() => void>();
  let closed = false;
  socket.once('close', () => {
    closed = true;
    const waiting = [...listeners];
    listeners.clear();
    for (const listener of waiting) listener();
  });
  extra.connection = {
    id: `ws-${process.pid}-${++connections}`,
    close: (code, reason) => socket.close(code, reason),
    onClose: (listener) => {
      if (closed) listener();
      else listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return extra.connection;
}

/**
 * The request a connection's operations are answered as: its `Authorization` from `connectionParams`
 * (`{ authorization: "Bearer <token>" }`, or `{ token: "<token>" }` as socket.io clients send it), so the domains'
 * context contributors read it exactly as they read an HTTP request's header.
 */
export function connectionRequest(ctx: WsConnectionContext): Request {
  const params = ctx.connectionParams ?? {};
  const authorization =
    typeof params.authorization === 'string'
      ? params.authorization
      : typeof params.token === 'string' && params.token !== ''
        ? `Bearer ${params.token}`
        : undefined;
  const upgrade = ctx.extra.request;
  return {
    headers: { ...(authorization ? { authorization } : {}), 'user-agent': upgrade.headers['user-agent'] },
    ip: upgrade.socket.remoteAddress,
    method: 'GET',
    url: upgrade.url,
  } as unknown as Request;
}

/** graphql-ws's hooks that turn errors into the contract's codes, as Apollo's formatError does for HTTP. */
export function formattedWsErrors(
  format: (formatted: ReturnType<GraphQLError['toJSON']>, error: unknown) => ReturnType<GraphQLError['toJSON']>,
): Pick<ServerOptions, 'onNext' | 'onError'> {
  return {
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) } : undefined,
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => format(error.toJSON(), error)),
  };
}

/** The longest subscription document accepted (as for HTTP bodies). */
const MAX_DOCUMENT = 100 * 1024;

/**
 * graphql-ws's onSubscribe: the query limits of HTTP requests (depth, cost, aliases, fields) for subscription
 * documents too, since each event runs the document again for every subscriber. `schema()` is the served schema.
 */
export function limitedWsSubscriptions(schema: () => GraphQLSchema | undefined): Pick<ServerOptions, 'onSubscribe'> {
  return {
    onSubscribe: (_ctx, _id, payload) => {
      const current = schema();
      if (!current || typeof payload.query !== 'string') return undefined;
      if (payload.query.length > MAX_DOCUMENT)
        return [new GraphQLError('The document is too long', { extensions: { code: 'QUERY_TOO_COMPLEX' } })];
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch {
        return undefined; // graphql-ws answers the syntax error itself
      }
      try {
        assertWithinLimits(current, document, payload.operationName, payload.variables ?? {}, DEFAULT_QUERY_LIMITS);
      } catch (error) {
        if (error instanceof GraphQLError) return [error];
        throw error;
      }
      return undefined;
    },
  };
}
