import { DataSource } from 'typeorm';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { DiscussionsModule, discussionsEntities } from '@forum/discussions';
import { eventsEntities } from '@forum/events';
import { IdentityModule, identityEntities, signedInTestMember } from '@forum/identity';
import { createTestApp, type TestApp } from '@forum/testing';
import { NotificationsModule, notificationsEntities } from '../notifications.module.js';

export interface Person {
  id: string;
  token: string;
}

/** The people of the notification tests, each signed in. */
export interface Cast {
  /** Of DE: starts threads. */
  author: Person;
  /** Of DE: a colleague of the author. */
  colleague: Person;
  /** Of FR. */
  french: Person;
  /** Of US: never sees OFFICE threads of DE. */
  other: Person;
}

export interface NotificationsForum {
  api: TestApp;
  cast: Cast;
  gql<T = Record<string, unknown>>(token: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  errorCodes(token: string, query: string, variables?: Record<string, unknown>): Promise<string[]>;
  startThread(token: string, input?: Record<string, unknown>): Promise<{ threadId: string; openingPostId: string }>;
  reply(token: string, threadId: string, body: string, parentPostId?: string | null): Promise<string>;
  subscribe(token: string, input: Record<string, unknown>): Promise<string>;
  /** Waits until every delivery of the outbox is done (so that "nothing arrived" means something). */
  settled(): Promise<void>;
  inbox(token: string, args?: Record<string, unknown>): Promise<Inbox>;
  close(): Promise<void>;
}

export interface Inbox {
  totalCount: number;
  unreadCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    cursor: string;
    node: {
      id: string;
      reason: string;
      count: number;
      readAt: string | null;
      thread: { id: string };
      post: { id: string } | null;
    };
  }[];
}

const INBOX = `query($first: Int, $after: String, $unreadOnly: Boolean, $groupByThread: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly, groupByThread: $groupByThread) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id reason count readAt thread { id } post { id } } }
  }
}`;

export async function startNotificationsForum(env: Record<string, string> = {}): Promise<NotificationsForum> {
  const api = await createTestApp({
    imports: [CatalogModule, IdentityModule, DiscussionsModule, NotificationsModule],
    entities: [
      ...catalogEntities,
      ...identityEntities,
      ...discussionsEntities,
      ...eventsEntities,
      ...notificationsEntities,
    ],
    env: { ADMIN_PASSWORD: 'bootstrap-admin-password', EVENTS_POLL_INTERVAL_MS: '200', ...env },
  });
  const dataSource = api.app.get(DataSource);
  const person = (officeCode: string, displayName: string): Promise<Person> =>
    signedInTestMember({ dataSource, client: api.client }, { officeCode, displayName });
  const cast: Cast = {
    author: await person('DE', 'Anna Author'),
    colleague: await person('DE', 'Carl Colleague'),
    french: await person('FR', 'Fleur French'),
    other: await person('US', 'Oscar Other'),
  };
  const gql = <T>(token: string, query: string, variables?: Record<string, unknown>) =>
    api.client.data<T>(query, variables, { token });
  const forum: NotificationsForum = {
    api,
    cast,
    gql,
    errorCodes: (token, query, variables) => api.client.errorCodes(query, variables, { token }),
    async startThread(token, input = {}) {
      const { startThread } = await gql<{ startThread: { id: string } }>(
        token,
        'mutation($input: StartThreadInput!) { startThread(input: $input) { id } }',
        {
          input: {
            spaceSlug: 'recommendation-9',
            title: 'Moving search to the cloud',
            body: 'What we learned.',
            ...input,
          },
        },
      );
      const { thread } = await gql<{ thread: { posts: { edges: { node: { id: string } }[] } } }>(
        token,
        'query($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { id } } } } }',
        { id: startThread.id },
      );
      // The thread-started fan-out reads subscriptions when it is delivered: let it finish now, so that a test that
      // subscribes right after starting a thread is not notified of the thread's start by a delivery that was late.
      if (api.config.events.worker) await forum.settled();
      return { threadId: startThread.id, openingPostId: thread.posts.edges[0].node.id };
    },
    async reply(token, threadId, body, parentPostId = null) {
      const { reply } = await gql<{ reply: { id: string } }>(
        token,
        'mutation($input: ReplyInput!) { reply(input: $input) { id } }',
        { input: { threadId, parentPostId, body } },
      );
      return reply.id;
    },
    async subscribe(token, input) {
      const { subscribe } = await gql<{ subscribe: { id: string } }>(
        token,
        'mutation($input: SubscribeInput!) { subscribe(input: $input) { id } }',
        { input },
      );
      return subscribe.id;
    },
    async settled() {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const [{ pending }] = await api.db.query<{ pending: number }>(
          `SELECT count(*)::int AS pending FROM event_delivery WHERE state = 'PENDING'`,
        );
        if (pending === 0) return;
        if (Date.now() > deadline) throw new Error(`${pending} deliveries still pending`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async inbox(token, args = {}) {
      await forum.settled();
      return (await gql<{ notifications: Inbox }>(token, INBOX, args)).notifications;
    },
    close: () => api.close(),
  };
  return forum;
}
