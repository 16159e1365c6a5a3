import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { DeliveredEvent } from '@forum/events';
import { FanOutConsumer } from './fan-out.consumer.js';
import { startNotificationsForum, type NotificationsForum } from './testing/notifications.fixture.js';

describe('the fan-out of discussions events into notifications', () => {
  let forum: NotificationsForum;
  beforeAll(async () => {
    forum = await startNotificationsForum();
  });
  afterAll(() => forum.close());

  const reasons = async (token: string, threadId: string) =>
    (await forum.inbox(token, { first: 100 })).edges
      .filter((edge) => edge.node.thread.id === threadId)
      .map((edge) => edge.node.reason)
      // Deliveries that start in the same millisecond have no order among themselves.
      .sort();

  it('notifies a member watching a thread of a reply, unread in its inbox; the replying author gets none', async () => {
    const { author, colleague } = forum.cast;
    const { threadId } = await forum.startThread(author.token);
    await forum.subscribe(colleague.token, { level: 'WATCHING', threadId });
    const before = (await forum.inbox(colleague.token)).unreadCount;
    const postId = await forum.reply(author.token, threadId, 'An update from us.');
    const inbox = await forum.inbox(colleague.token);
    expect(inbox.unreadCount).toBe(before + 1);
    expect(inbox.edges[0].node).toMatchObject({
      reason: 'WATCHING',
      readAt: null,
      thread: { id: threadId },
      post: { id: postId },
    });
    expect(await reasons(author.token, threadId)).toEqual([]);
  });

  it('lets authors watch their own threads, and tells a member of a reply to its post and of a mention', async () => {
    const { author, colleague, french } = forum.cast;
    const { threadId } = await forum.startThread(author.token);
    const frenchPost = await forum.reply(french.token, threadId, 'A question from France.');
    // A reply to the opening post is a reply to the thread's author.
    expect(await reasons(author.token, threadId)).toEqual(['REPLY']);
    await forum.reply(colleague.token, threadId, 'An answer.', frenchPost);
    expect(await reasons(french.token, threadId)).toEqual(['REPLY']);
    await forum.reply(french.token, threadId, 'Thanks @[Carl Colleague].');
    expect(await reasons(colleague.token, threadId)).toEqual(['MENTION']);
  });

  it('tells every member of an office mentioned with @CODE', async () => {
    const { author, colleague, french, other } = forum.cast;
    const { threadId } = await forum.startThread(author.token);
    await forum.reply(french.token, threadId, 'What does @DE think?');
    expect(await reasons(colleague.token, threadId)).toEqual(['MENTION']);
    expect(await reasons(author.token, threadId)).toEqual(['MENTION']);
    expect(await reasons(other.token, threadId)).toEqual([]);
  });

  it('decides by the most specific subscription: a muted thread in a watched space, a watched thread in a muted space', async () => {
    const { author, french, other } = forum.cast;
    await forum.subscribe(french.token, { level: 'WATCHING', spaceSlug: 'recommendation-3' });
    await forum.subscribe(other.token, { level: 'MUTED', spaceSlug: 'recommendation-3' });
    const { threadId } = await forum.startThread(author.token, { spaceSlug: 'recommendation-3' });
    expect(await reasons(french.token, threadId)).toEqual(['NEW_THREAD']);
    expect(await reasons(other.token, threadId)).toEqual([]);
    await forum.subscribe(french.token, { level: 'MUTED', threadId });
    await forum.subscribe(other.token, { level: 'WATCHING', threadId });
    await forum.reply(author.token, threadId, 'More news @[Fleur French].');
    expect(await reasons(french.token, threadId)).toEqual(['NEW_THREAD']); // muted: not even the mention
    expect(await reasons(other.token, threadId)).toEqual(['WATCHING']);
  });

  it('tells TRACKING members of new threads only, by tag and by office too', async () => {
    const { author, colleague, french, other } = forum.cast;
    await forum.subscribe(french.token, { level: 'TRACKING', tag: 'ai-search' });
    await forum.subscribe(other.token, { level: 'TRACKING', officeCode: 'DE' });
    const { threadId } = await forum.startThread(author.token, { spaceSlug: 'recommendation-4', tags: ['ai-search'] });
    await forum.reply(colleague.token, threadId, 'A reply nobody tracking hears of.');
    expect(await reasons(french.token, threadId)).toEqual(['NEW_THREAD']);
    expect(await reasons(other.token, threadId)).toEqual(['NEW_THREAD']);
  });

  it('notifies no one who may not see the thread: an OFFICE thread of DE, watched space or not', async () => {
    const { author, colleague, french, other } = forum.cast;
    for (const member of [colleague, french, other])
      await forum.subscribe(member.token, { level: 'WATCHING', spaceSlug: 'recommendation-5' });
    const { threadId } = await forum.startThread(author.token, { spaceSlug: 'recommendation-5', visibility: 'OFFICE' });
    await forum.reply(author.token, threadId, 'Only for DE, @FR and @[Oscar Other] cannot read this.');
    expect(await reasons(colleague.token, threadId)).toEqual(['NEW_THREAD', 'WATCHING']);
    expect(await reasons(french.token, threadId)).toEqual([]);
    expect(await reasons(other.token, threadId)).toEqual([]);
  });

  it('checks who may see the thread at delivery, not as the event said, and never notifies twice for one event', async () => {
    const { author, colleague, french } = forum.cast;
    const { threadId } = await forum.startThread(author.token, { spaceSlug: 'recommendation-6' });
    await forum.subscribe(colleague.token, { level: 'WATCHING', threadId });
    await forum.subscribe(french.token, { level: 'WATCHING', threadId });
    const postId = await forum.reply(author.token, threadId, 'Before the thread was narrowed.');
    await forum.settled();
    // The thread became OFFICE after the post: a delivery now (a late one, or a retry) reaches DE only.
    await forum.api.db.query(`UPDATE thread SET visibility = 'OFFICE' WHERE id = $1`, [threadId]);
    const event: DeliveredEvent<'discussions.post-created'> = {
      id: randomUUID(),
      name: 'discussions.post-created',
      payload: { postId, threadId, parentPostId: null, authorId: author.id },
      actorId: author.id,
      visibility: { visibility: 'COMMUNITY', officeId: randomUUID(), sharedWithOfficeIds: [] },
      occurredAt: new Date(),
      attempt: 1,
    };
    const consumer = forum.api.app.get(FanOutConsumer);
    const deliver = () => forum.api.app.get(DataSource).transaction((tx) => consumer.postCreated(tx, event));
    await deliver();
    await deliver();
    const rows = await forum.api.db.query<{ member_id: string }>(
      'SELECT member_id FROM notification WHERE event_id = $1',
      [event.id],
    );
    expect(rows).toEqual([{ member_id: colleague.id }]);
    // The French member's earlier notification about the thread is no longer listed (nor does it break the inbox).
    expect(await reasons(french.token, threadId)).toEqual([]);
    expect(await reasons(colleague.token, threadId)).toEqual(['WATCHING', 'WATCHING']);
  });
});
