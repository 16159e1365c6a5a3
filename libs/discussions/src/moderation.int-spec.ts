import { reply, startForum, startThread, type Forum } from './testing/forum.fixture.js';

const THREADS = `query($slug: String!, $first: Int, $after: String, $kind: ThreadKind, $tag: String, $office: String) {
  space(slug: $slug) { threads(first: $first, after: $after, kind: $kind, tag: $tag, officeCode: $office) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title pinned kind office { code } } } } }
}`;
type Listing = {
  space: {
    threads: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string; title: string; pinned: boolean } }[];
    };
  };
};

describe('moderation, reactions, mentions and listings', () => {
  let forum: Forum;
  beforeAll(async () => (forum = await startForum()));
  afterAll(() => forum.close());

  it('lists a space pinned first, then newest activity first, filtered by kind, tag and office, paging without gaps', async () => {
    const { author, sharedWith, moderator } = forum.cast;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const by = i % 2 ? sharedWith : author;
      ids.push(
        (
          await startThread(forum, by.token, {
            spaceSlug: 'recommendation-10',
            title: `AI use case ${i}`,
            kind: i < 3 ? 'QUESTION' : 'DISCUSSION',
            tags: i % 3 === 0 ? ['ai'] : [],
          })
        ).threadId,
      );
    }
    await reply(forum, author.token, ids[0], null, 'bump');
    await forum.as(moderator.token).data('mutation($id: ID!) { pinThread(id: $id) { pinned } }', { id: ids[4] });

    const all: string[] = [];
    let after: string | null = null;
    do {
      const { space }: Listing = await forum
        .as(author.token)
        .data<Listing>(THREADS, { slug: 'recommendation-10', first: 3, after });
      expect(space.threads.totalCount).toBe(7);
      all.push(...space.threads.edges.map((edge) => edge.node.id));
      after = space.threads.pageInfo.hasNextPage ? space.threads.pageInfo.endCursor : null;
    } while (after);
    expect(all).toEqual([ids[4], ids[0], ids[6], ids[5], ids[3], ids[2], ids[1]]);

    const byKind = await forum.as(author.token).data<Listing>(THREADS, { slug: 'recommendation-10', kind: 'QUESTION' });
    expect(byKind.space.threads.edges.map((edge) => edge.node.id).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
    const byTag = await forum.as(author.token).data<Listing>(THREADS, { slug: 'recommendation-10', tag: 'ai' });
    expect(byTag.space.threads.totalCount).toBe(3);
    const byOffice = await forum.as(author.token).data<Listing>(THREADS, { slug: 'recommendation-10', office: 'FR' });
    expect(byOffice.space.threads.totalCount).toBe(3);
    expect(await forum.as(author.token).errorCodes(THREADS, { slug: 'recommendation-10', first: 101 })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await forum.as(author.token).errorCodes(THREADS, { slug: 'recommendation-10', after: 'bogus' })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('lets moderators lock, pin and move threads, and nobody else', async () => {
    const { author, moderator } = forum.cast;
    const { threadId } = await startThread(forum, author.token, { spaceSlug: 'general' });
    expect(
      await forum.as(author.token).errorCodes('mutation($id: ID!) { lockThread(id: $id) { id } }', { id: threadId }),
    ).toEqual(['FORBIDDEN']);
    const { moveThread } = await forum
      .as(moderator.token)
      .data<{ moveThread: { space: { slug: string } } }>(
        'mutation($id: ID!) { moveThread(id: $id, spaceSlug: "recommendation-2") { space { slug } } }',
        { id: threadId },
      );
    expect(moveThread.space.slug).toBe('recommendation-2');
    const { lockThread } = await forum
      .as(moderator.token)
      .data<{ lockThread: { locked: boolean } }>('mutation($id: ID!) { lockThread(id: $id) { locked } }', {
        id: threadId,
      });
    expect(lockThread.locked).toBe(true);
    // Moderators may still answer in a locked thread.
    await reply(forum, moderator.token, threadId, null, 'Closing note from the moderators.');
  });

  it('works the flag queue: flag, see it queued, remove the post, queue settled', async () => {
    const { author, other, colleague, moderator } = forum.cast;
    const { threadId } = await startThread(forum, author.token);
    const spam = await reply(forum, other.token, threadId, null, 'Buy cheap licences!');
    await forum
      .as(author.token)
      .data('mutation($id: ID!) { flagPost(postId: $id, reason: "spam") { id } }', { id: spam });
    const { flagPost } = await forum
      .as(colleague.token)
      .data<{ flagPost: { id: string; status: string } }>(
        'mutation($id: ID!) { flagPost(postId: $id, reason: "advertising") { id status } }',
        { id: spam },
      );
    expect(flagPost.status).toBe('OPEN');
    expect(
      await forum
        .as(colleague.token)
        .errorCodes('mutation($id: ID!) { flagPost(postId: $id, reason: "again") { id } }', { id: spam }),
    ).toEqual(['CONFLICT']);
    expect(await forum.as(colleague.token).errorCodes('{ flagQueue { totalCount } }')).toEqual(['FORBIDDEN']);

    const queue = await forum.as(moderator.token).data<{
      flagQueue: {
        edges: { node: { id: string; reason: string; post: { id: string }; flaggedBy: { displayName: string } } }[];
      };
    }>('{ flagQueue { edges { node { id reason post { id } flaggedBy { displayName } } } } }');
    const onSpam = queue.flagQueue.edges.filter((edge) => edge.node.post.id === spam);
    expect(onSpam.map((edge) => edge.node.reason)).toEqual(['spam', 'advertising']);

    const { resolveFlag } = await forum
      .as(moderator.token)
      .data<{ resolveFlag: { status: string; post: { deleted: boolean } } }>(
        'mutation($input: ResolveFlagInput!) { resolveFlag(input: $input) { status post { deleted } } }',
        { input: { flagId: flagPost.id, decision: 'POST_REMOVED' } },
      );
    expect(resolveFlag).toEqual({ status: 'POST_REMOVED', post: { deleted: true } });
    const after = await forum
      .as(moderator.token)
      .data<{ flagQueue: { edges: { node: { post: { id: string } } }[] } }>(
        '{ flagQueue { edges { node { post { id } } } } }',
      );
    expect(after.flagQueue.edges.filter((edge) => edge.node.post.id === spam)).toEqual([]);
  });

  it('settles flags on one post resolved at once by two moderators without deadlock or INTERNAL', async () => {
    const { author, colleague, other, moderator, admin } = forum.cast;
    const { threadId } = await startThread(forum, author.token);
    for (let round = 0; round < 4; round++) {
      const post = await reply(forum, other.token, threadId, null, `questionable ${round}`);
      const flagIds: string[] = [];
      for (const token of [author.token, colleague.token]) {
        const { flagPost } = await forum
          .as(token)
          .data<{ flagPost: { id: string } }>(
            'mutation($id: ID!) { flagPost(postId: $id, reason: "off topic") { id } }',
            { id: post },
          );
        flagIds.push(flagPost.id);
      }
      const resolve = 'mutation($input: ResolveFlagInput!) { resolveFlag(input: $input) { status } }';
      const results = await Promise.all([
        forum.as(moderator.token).request(resolve, { input: { flagId: flagIds[0], decision: 'POST_REMOVED' } }),
        forum.as(admin.token).request(resolve, { input: { flagId: flagIds[1], decision: 'POST_REMOVED' } }),
      ]);
      const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const flags = await forum.api.db.query<{ status: string }>('SELECT status FROM post_flag WHERE post_id = $1', [
        post,
      ]);
      expect(flags.map((flag) => flag.status)).toEqual(['POST_REMOVED', 'POST_REMOVED']);
    }
    // A member who is not a moderator learns nothing about flags, existing or not.
    expect(
      await forum
        .as(colleague.token)
        .errorCodes(
          'mutation { resolveFlag(input: { flagId: "00000000-0000-4000-8000-000000000000", decision: DISMISSED }) { id } }',
        ),
    ).toEqual(['FORBIDDEN']);
  });

  it('refuses a reply deeper than the maximum depth, and nothing is stored', async () => {
    const { author } = forum.cast;
    const { threadId, openingPostId } = await startThread(forum, author.token);
    // A chain of 200 replies written straight to the database: the API would take 200 requests to build it.
    const [deepest] = await forum.api.db.query<{ id: string }>(
      `INSERT INTO post (thread_id, parent_id, path, depth, author_id, body, body_html)
       VALUES ($1, $2, $3, 200, $4, 'deep', '<p>deep</p>') RETURNING id`,
      [
        threadId,
        openingPostId,
        Array.from({ length: 201 }, (_, i) => String(i + 1).padStart(8, '0')).join('.'),
        author.id,
      ],
    );
    const codes = await forum
      .as(author.token)
      .errorCodes('mutation($input: ReplyInput!) { reply(input: $input) { id } }', {
        input: { threadId, parentPostId: deepest.id, body: 'one more level' },
      });
    expect(codes).toEqual(['BAD_USER_INPUT']);
    const [{ n }] = await forum.api.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM post WHERE thread_id = $1',
      [threadId],
    );
    expect(n).toBe(2);
  });

  it('counts reactions per kind and tells whether the caller reacted', async () => {
    const { author, colleague, other } = forum.cast;
    const { openingPostId } = await startThread(forum, author.token);
    for (const token of [colleague.token, other.token])
      await forum
        .as(token)
        .data('mutation($id: ID!) { react(postId: $id, kind: INSIGHTFUL) { id } }', { id: openingPostId });
    await forum
      .as(other.token)
      .data('mutation($id: ID!) { react(postId: $id, kind: INSIGHTFUL) { id } }', { id: openingPostId });
    await forum
      .as(other.token)
      .data('mutation($id: ID!) { react(postId: $id, kind: SAME_HERE) { id } }', { id: openingPostId });
    const { unreact } = await forum
      .as(other.token)
      .data<{ unreact: { reactions: { kind: string; count: number; reactedByMe: boolean }[] } }>(
        'mutation($id: ID!) { unreact(postId: $id, kind: SAME_HERE) { reactions { kind count reactedByMe } } }',
        { id: openingPostId },
      );
    expect(unreact.reactions).toEqual([{ kind: 'INSIGHTFUL', count: 2, reactedByMe: true }]);
    const { react } = await forum
      .as(author.token)
      .data<{ react: { reactions: { kind: string; count: number; reactedByMe: boolean }[] } }>(
        'mutation($id: ID!) { react(postId: $id, kind: LIKE) { reactions { kind count reactedByMe } } }',
        { id: openingPostId },
      );
    expect(react.reactions).toEqual([
      { kind: 'LIKE', count: 1, reactedByMe: true },
      { kind: 'INSIGHTFUL', count: 2, reactedByMe: false },
    ]);
  });

  it('stores mentions of offices and members, renewed on edit', async () => {
    const { author } = forum.cast;
    const { threadId } = await startThread(forum, author.token, {
      body: 'Asking @FR and @[Otto Other] about search. Not @ZZ.',
    });
    const mentions = () =>
      forum.api.db.query<{ code: string | null; name: string | null }>(
        `SELECT o.code, m.display_name AS name FROM post_mention pm JOIN post p ON p.id = pm.post_id
         LEFT JOIN office o ON o.id = pm.office_id LEFT JOIN member m ON m.id = pm.member_id WHERE p.thread_id = $1 ORDER BY o.code, m.display_name`,
        [threadId],
      );
    expect(await mentions()).toEqual([
      { code: 'FR', name: null },
      { code: null, name: 'Otto Other' },
    ]);
    const [{ id }] = await forum.api.db.query<{ id: string }>('SELECT id FROM post WHERE thread_id = $1', [threadId]);
    await forum
      .as(author.token)
      .data('mutation($id: ID!) { editPost(id: $id, body: "Now asking @JP only.") { id } }', { id });
    expect(await mentions()).toEqual([{ code: 'JP', name: null }]);

    // A mention never points anyone at a thread it cannot read.
    const restricted = await startThread(forum, author.token, {
      visibility: 'OFFICE',
      body: 'Internal: @FR, @DE, @[Otto Other] and @[Colin Colleague].',
    });
    const kept = await forum.api.db.query<{ code: string | null; name: string | null }>(
      `SELECT o.code, m.display_name AS name FROM post_mention pm JOIN post p ON p.id = pm.post_id
       LEFT JOIN office o ON o.id = pm.office_id LEFT JOIN member m ON m.id = pm.member_id WHERE p.thread_id = $1 ORDER BY o.code, m.display_name`,
      [restricted.threadId],
    );
    expect(kept).toEqual([
      { code: 'DE', name: null },
      { code: null, name: 'Colin Colleague' },
    ]);
  });

  it('stores the Markdown as written and serves sanitized HTML', async () => {
    const { author } = forum.cast;
    const body = 'Hello <img src=x onerror=alert(1)> [x](javascript:alert(1)) **bold**';
    const { threadId } = await startThread(forum, author.token, { body });
    const { thread } = await forum
      .as(author.token)
      .data<{ thread: { posts: { edges: { node: { body: string; bodyHtml: string } }[] } } }>(
        'query($id: ID!) { thread(id: $id) { posts { edges { node { body bodyHtml } } } } }',
        { id: threadId },
      );
    const [{ node }] = thread.posts.edges;
    expect(node.body).toBe(body);
    expect(node.bodyHtml).toContain('<strong>bold</strong>');
    expect(node.bodyHtml).not.toMatch(/<img|href="javascript/i);
  });
});
