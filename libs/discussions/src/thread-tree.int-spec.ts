import { REPLY, reply, START_THREAD, startForum, startThread, type Forum } from './testing/forum.fixture.js';

interface PostsPage {
  thread: {
    postCount: number;
    posts: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; depth: number; body: string; replyCount: number } }[];
    };
  };
}
const POSTS = `query Posts($id: ID!, $first: Int, $after: String) {
  thread(id: $id) { postCount posts(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id depth body replyCount } } } }
}`;

describe("a thread's tree of replies", () => {
  let forum: Forum;
  beforeAll(async () => (forum = await startForum()));
  afterAll(() => forum.close());

  it('reads depth-first with siblings oldest first, and pages 10 at a time through every post exactly once', async () => {
    const { author, colleague } = forum.cast;
    const { threadId, openingPostId } = await startThread(forum, author.token, { body: 'root' });
    // Written out of reading order on purpose: later siblings and deep replies interleave.
    const a = await reply(forum, colleague.token, threadId, null, 'a');
    const b = await reply(forum, author.token, threadId, openingPostId, 'b');
    const a1 = await reply(forum, author.token, threadId, a, 'a1');
    const b1 = await reply(forum, colleague.token, threadId, b, 'b1');
    await reply(forum, colleague.token, threadId, a1, 'a1x');
    await reply(forum, author.token, threadId, a, 'a2');
    await reply(forum, author.token, threadId, a1, 'a1y');
    await reply(forum, author.token, threadId, b1, 'b1x');
    for (let i = 0; i < 17; i++) await reply(forum, colleague.token, threadId, b1, `b1-${String(i).padStart(2, '0')}`);

    const expected = [
      'root',
      'a',
      'a1',
      'a1x',
      'a1y',
      'a2',
      'b',
      'b1',
      'b1x',
      ...Array.from({ length: 17 }, (_, i) => `b1-${String(i).padStart(2, '0')}`),
    ];
    const depths = { root: 0, a: 1, a1: 2, a1x: 3, a1y: 3, a2: 2, b: 1, b1: 2, b1x: 3 } as Record<string, number>;

    const seen: PostsPage['thread']['posts']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { thread }: PostsPage = await forum
        .as(colleague.token)
        .data<PostsPage>(POSTS, { id: threadId, first: 10, after });
      expect(thread.posts.totalCount).toBe(26);
      expect(thread.postCount).toBe(26);
      seen.push(...thread.posts.edges.map((edge) => edge.node));
      after = thread.posts.pageInfo.hasNextPage ? thread.posts.pageInfo.endCursor : null;
      pages += 1;
    } while (after);

    expect(pages).toBe(3);
    expect(seen.map((post) => post.body)).toEqual(expected);
    expect(new Set(seen.map((post) => post.id)).size).toBe(26);
    for (const post of seen) expect(post.depth).toBe(depths[post.body] ?? 3);
    expect(seen.find((post) => post.body === 'a')!.replyCount).toBe(2);
    expect(seen.find((post) => post.body === 'b1')!.replyCount).toBe(18);
  });

  it('keeps every earlier text of an edited post, and a deleted post keeps its place', async () => {
    const { author, colleague, moderator } = forum.cast;
    const { threadId } = await startThread(forum, author.token, { visibility: 'COMMUNITY' });
    const first = await reply(forum, author.token, threadId, null, 'first text');
    const second = await reply(forum, colleague.token, threadId, first, 'an answer');
    await forum
      .as(author.token)
      .data('mutation($id: ID!) { editPost(id: $id, body: "second text") { id } }', { id: first });
    const { editPost } = await forum.as(moderator.token).data<{
      editPost: {
        body: string;
        editedAt: string;
        revisions: { totalCount: number; edges: { node: { body: string } }[] };
      };
    }>('mutation($id: ID!) { editPost(id: $id, body: "third text, tidied by a moderator") { body editedAt revisions { totalCount edges { node { body } } } } }', { id: first });
    expect(editPost.body).toBe('third text, tidied by a moderator');
    expect(editPost.editedAt).toEqual(expect.any(String));
    expect(editPost.revisions.edges.map((edge) => edge.node.body)).toEqual(['first text', 'second text']);

    expect(
      await forum
        .as(colleague.token)
        .errorCodes('mutation($id: ID!) { editPost(id: $id, body: "hijack") { id } }', { id: first }),
    ).toEqual(['FORBIDDEN']);
    // Earlier texts are for the author and moderators: an edit may take out what was not meant to be shared.
    const revisionsAs = async (token: string) =>
      (
        await forum
          .as(token)
          .data<{ thread: { posts: { edges: { node: { id: string; revisions: { totalCount: number } } }[] } } }>(
            'query($id: ID!) { thread(id: $id) { posts { edges { node { id revisions { totalCount } } } } } }',
            { id: threadId },
          )
      ).thread.posts.edges.find((edge) => edge.node.id === first)!.node.revisions.totalCount;
    expect(await revisionsAs(author.token)).toBe(2);
    expect(await revisionsAs(moderator.token)).toBe(2);
    expect(await revisionsAs(colleague.token)).toBe(0);

    const { deletePost } = await forum
      .as(author.token)
      .data<{ deletePost: { deleted: boolean; body: string; bodyHtml: string } }>(
        'mutation($id: ID!) { deletePost(id: $id) { deleted body bodyHtml } }',
        { id: first },
      );
    expect(deletePost).toEqual({ deleted: true, body: '', bodyHtml: '' });
    const { thread } = await forum.as(colleague.token).data<
      PostsPage & {
        thread: { posts: { edges: { node: { deleted: boolean; revisions: { totalCount: number } } }[] } };
      }
    >('query($id: ID!) { thread(id: $id) { postCount posts { totalCount edges { node { id depth body deleted replyCount revisions { totalCount } } } } } }', { id: threadId });
    const nodes = thread.posts.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id)).toEqual([expect.any(String), first, second]);
    expect(nodes[1]).toMatchObject({ deleted: true, body: '', depth: 1, replyCount: 1, revisions: { totalCount: 0 } });
    expect(nodes[2]).toMatchObject({ body: 'an answer', depth: 2, deleted: false });
    expect(thread.postCount).toBe(3);
  });

  it('refuses bad input with a clear code and stores nothing', async () => {
    const { author, moderator } = forum.cast;
    const { threadId, openingPostId } = await startThread(forum, author.token);
    const { threadId: otherThread, openingPostId: otherPost } = await startThread(forum, author.token);
    const countRows = async () =>
      (
        await forum.api.db.query<{ threads: number; posts: number }>(
          'SELECT (SELECT count(*)::int FROM thread) AS threads, (SELECT count(*)::int FROM post) AS posts',
        )
      )[0];
    const before = await countRows();

    const tooLong = 'x'.repeat(64 * 1024 + 1);
    const as = forum.as(author.token);
    expect(await as.errorCodes(REPLY, { input: { threadId, body: tooLong } })).toEqual(['BAD_USER_INPUT']);
    expect(await as.errorCodes(REPLY, { input: { threadId, parentPostId: otherPost, body: 'wrong thread' } })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await as.errorCodes(START_THREAD, {
        input: {
          spaceSlug: 'general',
          title: 'Too many tags',
          body: 'b',
          tags: Array.from({ length: 11 }, (_, i) => `t${i}`),
        },
      }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await as.errorCodes(START_THREAD, { input: { spaceSlug: 'general', title: 'Huge', body: tooLong } }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await as.errorCodes(START_THREAD, {
        input: { spaceSlug: 'general', title: 'Shared?', body: 'b', visibility: 'COMMUNITY', sharedWith: ['FR'] },
      }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await as.errorCodes(START_THREAD, {
        input: { spaceSlug: 'general', title: 'Unknown office', body: 'b', visibility: 'OFFICES', sharedWith: ['ZZ'] },
      }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await as.errorCodes(START_THREAD, { input: { spaceSlug: 'nowhere', title: 'Lost', body: 'b' } })).toEqual([
      'NOT_FOUND',
    ]);
    expect(await as.errorCodes(REPLY, { input: { threadId, body: 'nul \u0000 inside' } })).toEqual(['BAD_USER_INPUT']);
    expect(await as.errorCodes('{ space(slug: "general") { threads(tag: "a\\u0000b") { totalCount } } }')).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await as.errorCodes(REPLY, { input: { threadId: 'not-a-uuid', body: 'hello' } })).toEqual(['NOT_FOUND']);
    expect(
      await as.errorCodes(
        'query($after: String) { space(slug: "general") { threads(after: $after) { totalCount } } }',
        {
          after: Buffer.from(
            JSON.stringify({ pinned: false, at: 'yesterday', id: '00000000-0000-4000-8000-000000000000' }),
          ).toString('base64url'),
        },
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await forum
        .as(undefined)
        .errorCodes(START_THREAD, { input: { spaceSlug: 'general', title: 'Anonymous', body: 'b' } }),
    ).toEqual(['UNAUTHENTICATED']);

    await forum.as(moderator.token).data('mutation($id: ID!) { lockThread(id: $id) { locked } }', { id: threadId });
    expect(
      await as.errorCodes(REPLY, { input: { threadId, parentPostId: openingPostId, body: 'after the lock' } }),
    ).toEqual(['FORBIDDEN']);

    expect(await countRows()).toEqual(before);
    const [{ post_count: postCount }] = await forum.api.db.query<{ post_count: number }>(
      'SELECT post_count FROM thread WHERE id = $1',
      [threadId],
    );
    expect(postCount).toBe(1);
    expect(otherThread).not.toBe(threadId);
  });
});
