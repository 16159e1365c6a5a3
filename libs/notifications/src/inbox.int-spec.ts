import { startNotificationsForum, type NotificationsForum } from './testing/notifications.fixture.js';

describe('subscriptions and the inbox', () => {
  let forum: NotificationsForum;
  beforeAll(async () => {
    forum = await startNotificationsForum();
  });
  afterAll(() => forum.close());

  const MINE = '{ mySubscriptions { id level spaceSlug threadId tag officeCode } }';

  it('subscribes to exactly one target, changes the level of the same target, lists and ends subscriptions', async () => {
    const { french, other } = forum.cast;
    const id = await forum.subscribe(french.token, { level: 'WATCHING', spaceSlug: 'recommendation-2' });
    expect(await forum.subscribe(french.token, { level: 'TRACKING', spaceSlug: 'recommendation-2' })).toBe(id);
    await forum.subscribe(french.token, { level: 'MUTED', officeCode: 'de' });
    await forum.subscribe(french.token, { level: 'WATCHING', tag: 'cloud' });
    const { mySubscriptions } = await forum.gql<{ mySubscriptions: unknown[] }>(french.token, MINE);
    expect(mySubscriptions).toEqual([
      { id, level: 'TRACKING', spaceSlug: 'recommendation-2', threadId: null, tag: null, officeCode: null },
      expect.objectContaining({ level: 'MUTED', officeCode: 'DE' }),
      expect.objectContaining({ level: 'WATCHING', tag: 'cloud' }),
    ]);
    const unsubscribe = 'mutation($id: ID!) { unsubscribe(id: $id) }';
    expect(await forum.errorCodes(other.token, unsubscribe, { id })).toEqual(['NOT_FOUND']);
    expect(await forum.gql(french.token, unsubscribe, { id })).toEqual({ unsubscribe: true });
    expect(await forum.errorCodes(french.token, unsubscribe, { id })).toEqual(['NOT_FOUND']);
  });

  it('refuses no target, two targets, unknown ones, and a thread the member may not see (NOT_FOUND)', async () => {
    const { author, other } = forum.cast;
    const subscribe = 'mutation($input: SubscribeInput!) { subscribe(input: $input) { id } }';
    const refused = (input: Record<string, unknown>) =>
      forum.api.client.request(subscribe, { input }, { token: other.token });
    expect((await refused({ level: 'WATCHING' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await refused({ level: 'WATCHING', tag: 'cloud', officeCode: 'DE' })).errors?.[0].extensions).toMatchObject(
      {
        code: 'BAD_USER_INPUT',
      },
    );
    expect((await refused({ level: 'WATCHING', spaceSlug: 'nowhere' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'spaceSlug',
    });
    expect((await refused({ level: 'WATCHING', tag: 'Not A Tag' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'tag',
    });
    const { threadId } = await forum.startThread(author.token, { visibility: 'OFFICE' });
    expect(await forum.errorCodes(other.token, subscribe, { input: { level: 'WATCHING', threadId } })).toEqual([
      'NOT_FOUND',
    ]);
    expect(await forum.errorCodes('', MINE)).toEqual(['UNAUTHENTICATED']);
  });

  it('pages the inbox newest first, groups it per thread, and marks notifications read', async () => {
    const { author, colleague, other } = forum.cast;
    const first = await forum.startThread(author.token, { spaceSlug: 'recommendation-7' });
    const second = await forum.startThread(author.token, { spaceSlug: 'recommendation-7' });
    for (const thread of [first, second])
      await forum.subscribe(other.token, { level: 'WATCHING', threadId: thread.threadId });
    for (let i = 0; i < 3; i += 1) await forum.reply(colleague.token, first.threadId, `Reply ${i}.`);
    await forum.reply(colleague.token, second.threadId, 'Another.');

    const all = await forum.inbox(other.token, { first: 2 });
    expect(all).toMatchObject({ totalCount: 4, unreadCount: 4, pageInfo: { hasNextPage: true } });
    const rest = await forum.inbox(other.token, { first: 10, after: all.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(2);
    const ids = [...all.edges, ...rest.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(4);

    const grouped = await forum.inbox(other.token, { groupByThread: true });
    expect(grouped.totalCount).toBe(2);
    const groups = new Map(grouped.edges.map((edge) => [edge.node.thread.id, edge.node.count]));
    expect(groups).toEqual(
      new Map([
        [first.threadId, 3],
        [second.threadId, 1],
      ]),
    );

    const mark =
      'mutation($ids: [ID!], $threadIds: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, threadIds: $threadIds, all: $all) }';
    expect(await forum.gql(other.token, mark, { threadIds: [first.threadId] })).toEqual({ markNotificationsRead: 3 });
    // Someone else's notification is not marked: the ids are the caller's only.
    expect(await forum.gql(author.token, mark, { ids })).toEqual({ markNotificationsRead: 0 });
    const unread = await forum.inbox(other.token, { unreadOnly: true });
    expect(unread).toMatchObject({ totalCount: 1, unreadCount: 1 });
    expect(unread.edges[0].node.thread.id).toBe(second.threadId);
    expect(await forum.gql(other.token, mark, { all: true })).toEqual({ markNotificationsRead: 1 });
    expect((await forum.inbox(other.token)).unreadCount).toBe(0);
    expect(await forum.errorCodes(other.token, mark, {})).toEqual(['BAD_USER_INPUT']);
  });

  it('leaves threads the member may no longer see out of the page and of every count', async () => {
    const { author, colleague, french } = forum.cast;
    const kept = await forum.startThread(author.token, { spaceSlug: 'recommendation-8' });
    const narrowed = await forum.startThread(author.token, { spaceSlug: 'recommendation-8' });
    for (const thread of [kept, narrowed])
      await forum.subscribe(french.token, { level: 'WATCHING', threadId: thread.threadId });
    const keptPost = await forum.reply(colleague.token, kept.threadId, 'Stays visible.');
    for (let i = 0; i < 2; i += 1) await forum.reply(colleague.token, narrowed.threadId, `Soon hidden ${i}.`);
    const before = await forum.inbox(french.token, { first: 1 });
    const groupedBefore = await forum.inbox(french.token, { groupByThread: true, unreadOnly: true });

    // The thread becomes OFFICE (DE): the French member may no longer see it, nor count what it was told about it.
    await forum.api.db.query(`UPDATE thread SET visibility = 'OFFICE' WHERE id = $1`, [narrowed.threadId]);
    const after = await forum.inbox(french.token, { first: 1 });
    expect(after.totalCount).toBe(before.totalCount - 2);
    expect(after.unreadCount).toBe(before.unreadCount - 2);
    // The newest notification left is the kept thread's: the page is full, not one row short.
    expect(after.edges.map((edge) => edge.node.post?.id)).toEqual([keptPost]);
    const groupedAfter = await forum.inbox(french.token, { groupByThread: true, unreadOnly: true });
    expect(groupedAfter.totalCount).toBe(groupedBefore.totalCount - 1);
    expect(groupedAfter.edges.map((edge) => edge.node.thread.id)).not.toContain(narrowed.threadId);

    // Visible again: counted again.
    await forum.api.db.query(`UPDATE thread SET visibility = 'COMMUNITY' WHERE id = $1`, [narrowed.threadId]);
    expect((await forum.inbox(french.token, { first: 1 })).unreadCount).toBe(before.unreadCount);
  });
});
