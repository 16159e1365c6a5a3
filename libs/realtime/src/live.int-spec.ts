import { randomUUID } from 'node:crypto';
import { Role } from '@forum/identity';
import type { TestApp } from '@forum/testing';
import { graphqlWs, subscribe } from './testing/graphql-ws.fixture.js';
import { gql, person, reply, settled, startRealtimeApp, startThread, type Person } from './testing/realtime.fixture.js';

const NOTIFICATION_ADDED = 'subscription { notificationAdded { id reason thread { id } post { id } } }';
const POST_ADDED = 'subscription($threadId: ID!) { postAdded(threadId: $threadId) { id body author { id } } }';

type NotificationAdded = {
  notificationAdded: { id: string; reason: string; thread: { id: string }; post: { id: string } };
};
type PostAdded = { postAdded: { id: string; body: string; author: { id: string } } };

describe('GraphQL subscriptions over graphql-ws', () => {
  let api: TestApp;
  let author: Person;
  let colleague: Person;
  let other: Person;
  let admin: Person;
  const clients: ReturnType<typeof graphqlWs>[] = [];
  const connect = (token?: string) => {
    const connection = graphqlWs(api, token);
    clients.push(connection);
    return connection;
  };

  beforeAll(async () => {
    api = await startRealtimeApp();
    author = await person(api, 'DE');
    colleague = await person(api, 'DE');
    other = await person(api, 'US');
    admin = await person(api, 'CN', Role.ADMIN);
  });
  afterAll(async () => {
    for (const { client } of clients) await client.dispose();
    await api.close();
  });

  it("sends notificationAdded to the member's own connection within 1 s of a reply, and nothing to the author", async () => {
    const threadId = await startThread(api, author.token);
    await gql(api, other.token, 'mutation($input: SubscribeInput!) { subscribe(input: $input) { id } }', {
      input: { level: 'WATCHING', threadId },
    });
    await settled(api);
    const watcher = await subscribe<NotificationAdded>(api, connect(other.token).client, NOTIFICATION_ADDED);
    const writer = await subscribe<NotificationAdded>(api, connect(author.token).client, NOTIFICATION_ADDED);
    const postId = await reply(api, author.token, threadId, 'For the watchers, over GraphQL.');
    const answered = Date.now();
    const { item, at } = await watcher.waitFor((n) => n.notificationAdded.post.id === postId, 1_000);
    expect(at - answered).toBeLessThan(1_000);
    expect(item.notificationAdded).toEqual({
      id: expect.any(String),
      reason: 'WATCHING',
      thread: { id: threadId },
      post: { id: postId },
    });
    await settled(api);
    expect(writer.data).toEqual([]);
    expect(writer.errors).toEqual([]);
  });

  it('sends postAdded to those who may see the thread, anonymous ones included for a public thread', async () => {
    const threadId = await startThread(api, author.token, { visibility: 'PUBLIC' });
    const anonymous = await subscribe<PostAdded>(api, connect().client, POST_ADDED, { threadId });
    const member = await subscribe<PostAdded>(api, connect(other.token).client, POST_ADDED, { threadId });
    const postId = await reply(api, author.token, threadId, 'Public **news**.');
    for (const seen of [anonymous, member])
      expect((await seen.waitFor((p) => p.postAdded.id === postId)).item).toEqual({
        postAdded: { id: postId, body: 'Public **news**.', author: { id: author.id } },
      });
  });

  it('refuses postAdded for a thread the member may not see (NOT_FOUND) and notificationAdded without a member', async () => {
    const threadId = await startThread(api, author.token, { visibility: 'OFFICE' });
    const refused = await subscribe<PostAdded>(api, connect(other.token).client, POST_ADDED, { threadId });
    await refused.ended();
    expect(refused.errors.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const unknown = await subscribe<PostAdded>(api, connect(other.token).client, POST_ADDED, { threadId: 'nope' });
    await unknown.ended();
    expect(unknown.errors.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const anonymous = await subscribe<NotificationAdded>(api, connect().client, NOTIFICATION_ADDED);
    await anonymous.ended();
    expect(anonymous.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a subscription document past the query limits (QUERY_TOO_COMPLEX), as over HTTP', async () => {
    const deep = `subscription($threadId: ID!) { postAdded(threadId: $threadId) { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } }`;
    const refused = await subscribe<PostAdded>(api, connect().client, deep, { threadId: randomUUID() });
    await refused.ended();
    expect(refused.errors.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses a connection with a bad token (4403)', async () => {
    const { client, closes } = connect('not-a-token');
    const refused = await subscribe<PostAdded>(api, client, POST_ADDED, { threadId: randomUUID() });
    await refused.ended();
    expect(closes.map((close) => close.code)).toEqual([4403]);
  });

  it('sends nothing about a thread of another office to a member watching its space, nor once a thread narrowed', async () => {
    for (const member of [other, colleague])
      await gql(api, member.token, 'mutation($input: SubscribeInput!) { subscribe(input: $input) { id } }', {
        input: { level: 'WATCHING', spaceSlug: 'recommendation-3' },
      });
    const open = await startThread(api, author.token, { spaceSlug: 'recommendation-3' });
    await settled(api);
    const outsiderNotifications = await subscribe<NotificationAdded>(
      api,
      connect(other.token).client,
      NOTIFICATION_ADDED,
    );
    const insiderNotifications = await subscribe<NotificationAdded>(
      api,
      connect(colleague.token).client,
      NOTIFICATION_ADDED,
    );
    const outsiderPosts = await subscribe<PostAdded>(api, connect(other.token).client, POST_ADDED, { threadId: open });
    const insiderPosts = await subscribe<PostAdded>(api, connect(colleague.token).client, POST_ADDED, {
      threadId: open,
    });

    const closed = await startThread(api, author.token, { spaceSlug: 'recommendation-3', visibility: 'OFFICE' });
    const hidden = await reply(api, author.token, closed, 'For DE only.');
    await insiderNotifications.waitFor((n) => n.notificationAdded.post.id === hidden);

    // The open thread becomes OFFICE after the US member subscribed: its next post is not sent to it.
    await api.db.query(`UPDATE thread SET visibility = 'OFFICE' WHERE id = $1`, [open]);
    const narrowed = await reply(api, author.token, open, 'Now for DE only.');
    await insiderPosts.waitFor((p) => p.postAdded.id === narrowed);
    await insiderNotifications.waitFor((n) => n.notificationAdded.post.id === narrowed);
    await settled(api);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(outsiderNotifications.data).toEqual([]);
    expect(outsiderPosts.data).toEqual([]);
  });

  it('closes the connections of a member deactivated while connected within 1 s, and of a session signed out', async () => {
    const victim = await person(api, 'FR');
    const threadId = await startThread(api, author.token, { visibility: 'PUBLIC' });
    const device = connect(victim.token);
    const posts = await subscribe<PostAdded>(api, device.client, POST_ADDED, { threadId });
    await gql(api, admin.token, 'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }', { id: victim.id });
    const answered = Date.now();
    const deadline = answered + 5_000;
    while (device.closes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(device.closes.map((close) => close.code)).toEqual([4403]);
    expect(device.closes[0].at - answered).toBeLessThan(1_000);
    await reply(api, author.token, threadId, 'After the deactivation.');
    await settled(api);
    expect(posts.data).toEqual([]);

    const leaving = await person(api, 'FR');
    const staying = await person(api, 'FR');
    const left = connect(leaving.token);
    const stays = connect(staying.token);
    await subscribe<PostAdded>(api, left.client, POST_ADDED, { threadId });
    const kept = await subscribe<PostAdded>(api, stays.client, POST_ADDED, { threadId });
    await gql(api, leaving.token, 'mutation { signOut }');
    const signedOut = Date.now();
    while (left.closes.length === 0 && Date.now() < signedOut + 5_000) await new Promise((r) => setTimeout(r, 10));
    expect(left.closes[0].at - signedOut).toBeLessThan(1_000);
    const postId = await reply(api, author.token, threadId, 'Still here?');
    await kept.waitFor((p) => p.postAdded.id === postId);
    expect(stays.closes).toEqual([]);
  });

  it("answers each event for the member as it is now: moved to another office, it gets no more of the old office's posts", async () => {
    const mover = await person(api, 'DE');
    const threadId = await startThread(api, author.token, { visibility: 'OFFICE' });
    const posts = await subscribe<PostAdded>(api, connect(mover.token).client, POST_ADDED, { threadId });
    const before = await reply(api, author.token, threadId, 'While the mover is of DE.');
    await posts.waitFor((p) => p.postAdded.id === before);
    await gql(api, admin.token, 'mutation($id: ID!) { moveMember(memberId: $id, officeCode: "US") { id } }', {
      id: mover.id,
    });
    const after = await reply(api, author.token, threadId, 'Now that the mover is of US.');
    await settled(api);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(posts.data.map((p) => p.postAdded.id)).toEqual([before]);
    expect(JSON.stringify(posts.data)).not.toContain(after);
  });
});
