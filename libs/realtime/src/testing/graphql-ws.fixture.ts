import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from '@forum/testing';
import { LiveSubscriptions } from '../live-subscriptions.js';

/** A real graphql-ws client over HTTP (ws://…/graphql), signed in with `token` through connectionParams. */
export function graphqlWs(api: TestApp, token?: string) {
  const closes: { code: number; reason: string; at: number }[] = [];
  const client: Client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closes.push({ code, reason, at: Date.now() });
      },
    },
  });
  return { client, closes };
}

export interface Received<T> {
  data: T[];
  errors: { message: string; extensions?: { code?: string } }[];
  /** When each of `data` arrived. */
  at: number[];
  completed: boolean;
  waitFor(match: (item: T) => boolean, ms?: number): Promise<{ item: T; at: number }>;
  /** Waits until the subscription ended (completed, or failed). */
  ended(ms?: number): Promise<void>;
  dispose(): void;
}

/** Subscribes and records what arrives; resolves once this instance serves the subscription (or it failed). */
export async function subscribe<T>(
  api: TestApp,
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Received<T>> {
  const live = api.app.get(LiveSubscriptions);
  const before = live.size;
  const received: Received<T> = {
    data: [],
    errors: [],
    at: [],
    completed: false,
    async waitFor(match, ms = 5_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const index = received.data.findIndex(match);
        if (index >= 0) return { item: received.data[index], at: received.at[index] };
        if (Date.now() > deadline) throw new Error(`nothing matching within ${ms} ms; got ${JSON.stringify(received)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async ended(ms = 5_000) {
      const deadline = Date.now() + ms;
      while (!received.completed && received.errors.length === 0) {
        if (Date.now() > deadline) throw new Error(`the subscription did not end within ${ms} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    dispose: () => undefined,
  };
  received.dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) received.errors.push(...(value.errors as Received<T>['errors']));
        if (value.data) {
          received.data.push(value.data as T);
          received.at.push(Date.now());
        }
      },
      // An array of GraphQL errors (refused before it ran), or the socket's close event.
      error: (error) => {
        if (Array.isArray(error)) received.errors.push(...(error as Received<T>['errors']));
        else received.errors.push({ message: String((error as Error).message ?? error) });
      },
      complete: () => {
        received.completed = true;
      },
    },
  );
  const deadline = Date.now() + 10_000;
  while (live.size <= before && received.errors.length === 0 && !received.completed) {
    if (Date.now() > deadline) throw new Error('the subscription was not set up within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return received;
}
