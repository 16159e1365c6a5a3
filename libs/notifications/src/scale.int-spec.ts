import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SqlStatementCounter } from '@forum/database';
import type { DeliveredEvent } from '@forum/events';
import { FanOutConsumer } from './fan-out.consumer.js';
import { startNotificationsForum, type NotificationsForum } from './testing/notifications.fixture.js';

// The fan-out is set-based: the same few statements for 2 watchers or 10,000, never a loop of inserts.
describe('the fan-out to 10,000 watchers of a space', () => {
  let forum: NotificationsForum;
  beforeAll(async () => {
    // No worker: the test delivers itself, and the statement count holds only the fan-out's own statements.
    forum = await startNotificationsForum({ EVENTS_WORKER: 'false' });
  });
  afterAll(() => forum.close());

  const watchers = (count: number, spaceSlug: string) =>
    forum.api.db.query(
      `WITH office AS (SELECT id FROM office WHERE code = 'FR'),
            made AS (
              INSERT INTO member (email, display_name, office_id)
              SELECT 'watcher-' || $2 || '-' || g || '@fr.example.org', 'Watcher ' || $2 || ' ' || g, office.id
              FROM generate_series(1, $1::int) g, office RETURNING id)
       INSERT INTO topic_subscription (member_id, level, space_id)
       SELECT made.id, 'WATCHING', (SELECT id FROM space WHERE slug = $2) FROM made`,
      [count, spaceSlug],
    );

  const deliver = async (postId: string, threadId: string) => {
    const event: DeliveredEvent<'discussions.post-created'> = {
      id: randomUUID(),
      name: 'discussions.post-created',
      payload: { postId, threadId, parentPostId: null, authorId: forum.cast.author.id },
      actorId: forum.cast.author.id,
      visibility: null,
      occurredAt: new Date(),
      attempt: 1,
    };
    const consumer = forum.api.app.get(FanOutConsumer);
    const counter = forum.api.app.get(SqlStatementCounter);
    const started = Date.now();
    const { count } = await counter.measure(() =>
      forum.api.app.get(DataSource).transaction((tx) => consumer.postCreated(tx, event)),
    );
    const [{ notified }] = await forum.api.db.query<{ notified: number }>(
      'SELECT count(*)::int AS notified FROM notification WHERE event_id = $1',
      [event.id],
    );
    return { statements: count, notified, ms: Date.now() - started };
  };

  it('notifies every watcher with the same number of statements as for two', async () => {
    const { author } = forum.cast;
    await watchers(2, 'recommendation-1');
    await watchers(10_000, 'recommendation-10');
    const small = await forum.startThread(author.token, { spaceSlug: 'recommendation-1' });
    const large = await forum.startThread(author.token, { spaceSlug: 'recommendation-10' });
    const smallPost = await forum.reply(author.token, small.threadId, 'To two watchers.');
    const largePost = await forum.reply(author.token, large.threadId, 'To ten thousand watchers.');

    const few = await deliver(smallPost, small.threadId);
    const many = await deliver(largePost, large.threadId);
    expect(few.notified).toBe(2);
    expect(many.notified).toBe(10_000);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(8);
    expect(many.ms).toBeLessThan(10_000);
  });
});
