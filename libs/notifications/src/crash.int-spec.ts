import { DataSource } from 'typeorm';
import { createTestMember, signInForTest } from '@forum/identity';
import { createTestDatabase, startApiProcess, type ApiProcess, type TestDatabase } from '@forum/testing';

// The built API (npm run build) as real processes on one database. The first one commits a reply and is killed with
// SIGKILL before any worker could fan it out (its worker is off): no shutdown hook runs, only what PostgreSQL
// committed survives. The restarted API delivers every notification, once.
describe('notifications survive an API killed between the commit and the fan-out', () => {
  let db: TestDatabase;
  const running: ApiProcess[] = [];
  const start = async (env: Record<string, string>) => {
    const api = await startApiProcess({
      env: { DATABASE_URL: db.url, ADMIN_PASSWORD: 'bootstrap-admin-password', EVENTS_POLL_INTERVAL_MS: '200', ...env },
    });
    running.push(api);
    return api;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(running.map((api) => api.stop('SIGKILL')));
    await db.drop();
  });

  const notificationsOf = (postId: string) =>
    db.query<{ member_id: string; reason: string }>(
      'SELECT member_id, reason FROM notification WHERE post_id = $1 ORDER BY reason',
      [postId],
    );
  const pendingFanOuts = async () =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM event_delivery WHERE consumer LIKE 'notifications.%' AND state = 'PENDING'`,
      )
    )[0].n;

  it('delivers them after the restart, each exactly once', async () => {
    const killed = await start({ EVENTS_WORKER: 'false' });
    const dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    const person = async (officeCode: string, displayName: string) => {
      const member = await createTestMember(dataSource, { officeCode, displayName });
      return { id: member.id, token: await signInForTest(killed.client, member.email, member.password) };
    };
    const author = await person('DE', 'Kim Killed');
    const watcher = await person('FR', 'Wanda Watcher');
    const mentioned = await person('JP', 'Mo Mentioned');
    await dataSource.destroy();
    const as = (token: string) => ({
      data: <T>(query: string, variables: Record<string, unknown>) =>
        killed.client.data<T>(query, variables, { token }),
    });

    const { startThread } = await as(author.token).data<{ startThread: { id: string } }>(
      'mutation($input: StartThreadInput!) { startThread(input: $input) { id } }',
      { input: { spaceSlug: 'recommendation-9', title: 'Before the crash', body: 'Opening.' } },
    );
    await as(watcher.token).data('mutation($input: SubscribeInput!) { subscribe(input: $input) { id } }', {
      input: { level: 'WATCHING', threadId: startThread.id },
    });
    const { reply } = await as(watcher.token).data<{ reply: { id: string } }>(
      'mutation($input: ReplyInput!) { reply(input: $input) { id } }',
      { input: { threadId: startThread.id, body: 'Committed, then the API dies. cc @[Mo Mentioned]' } },
    );
    expect(await killed.stop('SIGKILL')).toBeNull();
    expect(await notificationsOf(reply.id)).toEqual([]);
    expect(await pendingFanOuts()).toBeGreaterThan(0);

    await start({});
    const deadline = Date.now() + 15_000;
    while ((await pendingFanOuts()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await new Promise((resolve) => setTimeout(resolve, 800)); // a few more polls: nothing runs it again
    expect(await notificationsOf(reply.id)).toEqual([
      { member_id: mentioned.id, reason: 'MENTION' },
      { member_id: author.id, reason: 'REPLY' },
    ]);
    // The thread's fan-out (the author's own subscription) ran once too: one WATCHING subscription, not two.
    expect(
      await db.query('SELECT level FROM topic_subscription WHERE thread_id = $1 AND member_id = $2', [
        startThread.id,
        author.id,
      ]),
    ).toEqual([{ level: 'WATCHING' }]);
  });
});
