import type { TestApp } from '@forum/testing';
import {
  connectClient,
  join,
  person,
  record,
  reply,
  startRealtimeApp,
  startThread,
} from './testing/realtime.fixture.js';

// Two API instances on different ports and one database: a client of the first receives what was written through
// the second, through socket.io's adapter (the outbox gives each delivery to one instance only).
describe.each([
  ['the PostgreSQL adapter (default)', {}],
  ['the Redis adapter (REDIS_URL)', { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' }],
])('real time across two API instances with %s', (_name, env: Record<string, string>) => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    // Instance 1 takes no deliveries: every socket event its client gets was emitted by instance 2.
    first = await startRealtimeApp({ env: { ...env, EVENTS_WORKER: 'false' } });
    second = await startRealtimeApp({ env, database: first.db });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
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
});
