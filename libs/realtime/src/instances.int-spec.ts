import { startTestRedis, type TestApp, type TestRedis } from '@forum/testing';
import {
  connectClient,
  join,
  person,
  record,
  reply,
  startRealtimeApp,
  startThread,
} from './testing/realtime.fixture.js';
import { graphqlWs, subscribe } from './testing/graphql-ws.fixture.js';

// Two API instances on different ports and one database: a client of the first receives what was written through
// the second, through socket.io's adapter (the outbox gives each delivery to one instance only).
describe.each([
  ['the PostgreSQL adapter (default)', false],
  ['the Redis adapter (REDIS_URL)', true],
])('real time across two API instances with %s', (_name, withRedis: boolean) => {
  let first: TestApp;
  let second: TestApp;
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    redis = withRedis ? await startTestRedis() : undefined;
    const env: Record<string, string> = redis ? { REDIS_URL: redis.url } : {};
    // Instance 1 takes no deliveries: every socket event its client gets was emitted by instance 2.
    first = await startRealtimeApp({ env: { ...env, EVENTS_WORKER: 'false' } });
    second = await startRealtimeApp({ env, database: first.db });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await redis?.stop();
  });

  it('delivers post.created to a client of instance 1 for a reply written through instance 2', async () => {
    const author = await person(second, 'DE');
    const reader = await person(first, 'FR');
    const threadId = await startThread(second, author.token);
    const socket = await connectClient(first.url, reader.token);
    try {
      expect(await join(socket, { threadId })).toEqual({ ok: true });
      const seen = record(socket);
      for (let i = 0; i < 5; i += 1) {
        const postId = await reply(second, author.token, threadId, `Reply ${i} through instance 2.`);
        expect((await seen.waitFor('post.created', (p: { postId: string }) => p.postId === postId)).payload).toEqual({
          threadId,
          postId,
          parentId: expect.any(String),
        });
      }
      expect(seen.received.filter((item) => item.event === 'post.created')).toHaveLength(5);
    } finally {
      socket.close();
    }
  });

  it('delivers postAdded over graphql-ws to a subscriber of instance 1 for a reply written through instance 2', async () => {
    const author = await person(second, 'DE');
    const reader = await person(first, 'DE');
    const threadId = await startThread(second, author.token, { visibility: 'OFFICE' });
    const { client } = graphqlWs(first, reader.token);
    try {
      const posts = await subscribe<{ postAdded: { id: string } }>(
        first,
        client,
        'subscription($threadId: ID!) { postAdded(threadId: $threadId) { id } }',
        { threadId },
      );
      const postId = await reply(second, author.token, threadId, 'Through instance 2, for DE.');
      await posts.waitFor((p) => p.postAdded.id === postId);
      expect(posts.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });
});
