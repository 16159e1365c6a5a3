import { REPLY, START_THREAD, startForum, startThread, type Forum } from './testing/forum.fixture.js';

describe('concurrent writes over HTTP', () => {
  let forum: Forum;
  beforeAll(async () => (forum = await startForum()));
  afterAll(() => forum.close());

  it('keeps postCount right and loses no post when 50 replies arrive at once', async () => {
    const { author, colleague } = forum.cast;
    const { threadId, openingPostId } = await startThread(forum, author.token);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        forum
          .as(i % 2 ? author.token : colleague.token)
          .request(REPLY, { input: { threadId, parentPostId: openingPostId, body: `reply ${i}` } }),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const { thread } = await forum.as(author.token).data<{
      thread: {
        postCount: number;
        posts: { totalCount: number; edges: { node: { body: string; replyCount: number } }[] };
      };
    }>('query($id: ID!) { thread(id: $id) { postCount posts(first: 100) { totalCount edges { node { body replyCount } } } } }', { id: threadId });
    expect(thread.postCount).toBe(51);
    expect(thread.posts.totalCount).toBe(51);
    expect(thread.posts.edges[0].node.replyCount).toBe(50);
    expect(new Set(thread.posts.edges.slice(1).map((edge) => edge.node.body))).toEqual(
      new Set(Array.from({ length: 50 }, (_, i) => `reply ${i}`)),
    );
  });

  it('creates exactly one post for 20 concurrent retries with one clientMutationId', async () => {
    const { author } = forum.cast;
    const { threadId } = await startThread(forum, author.token);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        forum.as(author.token).request<{ reply: { id: string } }>(REPLY, {
          input: { threadId, body: 'sent once, retried', clientMutationId: 'retry-42' },
        }),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(new Set(results.map((result) => result.data!.reply.id)).size).toBe(1);
    const rows = await forum.api.db.query<{ posts: number; post_count: number }>(
      'SELECT (SELECT count(*)::int FROM post WHERE thread_id = $1) AS posts, post_count FROM thread WHERE id = $1',
      [threadId],
    );
    expect(rows[0]).toEqual({ posts: 2, post_count: 2 });
  });

  it('starts exactly one thread for concurrent retries of startThread with one clientMutationId', async () => {
    const { author, colleague } = forum.cast;
    const input = { spaceSlug: 'recommendation-8', title: 'Our stack', body: 'Details', clientMutationId: 'start-7' };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        forum.as(author.token).request<{ startThread: { id: string } }>(START_THREAD, { input }),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(new Set(results.map((result) => result.data!.startThread.id)).size).toBe(1);
    // The key belongs to its member: another member's same key is another thread.
    const theirs = await forum.as(colleague.token).data<{ startThread: { id: string } }>(START_THREAD, { input });
    expect(theirs.startThread.id).not.toBe(results[0].data!.startThread.id);
    const [{ n }] = await forum.api.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM thread WHERE client_mutation_id = 'start-7'",
    );
    expect(n).toBe(2);
  });
});
