import { io as connect, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { DiscussionsModule, discussionsEntities } from '@forum/discussions';
import { eventsEntities } from '@forum/events';
import { IdentityModule, identityEntities, Role, signedInTestMember } from '@forum/identity';
import { NotificationsModule, notificationsEntities } from '@forum/notifications';
import { createTestApp, type TestApp, type TestDatabase } from '@forum/testing';
import type { ClientToServerEvents, RoomAnswer, RoomTarget, ServerToClientEvents } from '../realtime.events.js';
import { RealtimeModule } from '../realtime.module.js';

export type ForumClient = Socket<ServerToClientEvents, ClientToServerEvents>;
export interface Person {
  id: string;
  token: string;
}

/** The API with real time, listening on its own port; pass `database` to start a second instance on the same one. */
export function startRealtimeApp(
  options: { env?: Record<string, string>; database?: TestDatabase } = {},
): Promise<TestApp> {
  return createTestApp({
    imports: [CatalogModule, IdentityModule, DiscussionsModule, NotificationsModule, RealtimeModule],
    entities: [
      ...catalogEntities,
      ...identityEntities,
      ...discussionsEntities,
      ...eventsEntities,
      ...notificationsEntities,
    ],
    env: { ADMIN_PASSWORD: 'bootstrap-admin-password', EVENTS_POLL_INTERVAL_MS: '200', ...options.env },
    database: options.database,
  });
}

export function person(api: TestApp, officeCode: string, role: Role = Role.MEMBER): Promise<Person> {
  return signedInTestMember({ dataSource: api.app.get(DataSource), client: api.client }, { officeCode, role });
}

/** A real socket.io client over HTTP (websocket), connected, or rejected with the handshake's error. */
export async function connectClient(url: string, token?: string): Promise<ForumClient> {
  const client: ForumClient = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    auth: token ? { token } : {},
  });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('connect_error', (error) => {
      client.close();
      reject(error);
    });
  });
  return client;
}

export const join = (client: ForumClient, target: RoomTarget) =>
  new Promise<RoomAnswer>((resolve) => client.emit('join', target, resolve));

/** Everything a client receives, for later assertions. */
export function record(client: ForumClient) {
  const received: { event: string; payload: unknown; at: number }[] = [];
  client.onAny((event: string, payload: unknown) => received.push({ event, payload, at: Date.now() }));
  return {
    received,
    /** Waits for the first event matching, up to `ms`. */
    async waitFor(event: string, match: (payload: never) => boolean = () => true, ms = 5_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = received.find((item) => item.event === event && match(item.payload as never));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no ${event} within ${ms} ms; got ${JSON.stringify(received)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

export const gql = <T = Record<string, unknown>>(
  api: TestApp,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
) => api.client.data<T>(query, variables, { token });

export async function startThread(api: TestApp, token: string, input: Record<string, unknown> = {}) {
  const { startThread: thread } = await gql<{ startThread: { id: string } }>(
    api,
    token,
    'mutation($input: StartThreadInput!) { startThread(input: $input) { id } }',
    { input: { spaceSlug: 'recommendation-9', title: 'Real time', body: 'Opening.', ...input } },
  );
  return thread.id;
}

export async function reply(api: TestApp, token: string, threadId: string, body = 'A reply.') {
  const { reply: post } = await gql<{ reply: { id: string } }>(
    api,
    token,
    'mutation($input: ReplyInput!) { reply(input: $input) { id } }',
    { input: { threadId, body } },
  );
  return post.id;
}

/** Waits until the outbox has delivered everything (so that "nothing arrived" means something). */
export async function settled(api: TestApp): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [{ pending }] = await api.db.query<{ pending: number }>(
      `SELECT count(*)::int AS pending FROM event_delivery WHERE state = 'PENDING'`,
    );
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} deliveries still pending`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
