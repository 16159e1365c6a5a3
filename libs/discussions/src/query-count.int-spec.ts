import { SqlStatementCounter } from '@forum/database';
import { outboxDrained, QUIET_EVENT_WORKER } from '@forum/testing';
import { reply, startForum, startThread, type Forum } from './testing/forum.fixture.js';

// The acceptance's page: posts with their authors' offices and reactions.
const PAGE = `query Page($id: ID!, $first: Int) {
  thread(id: $id) {
    posts(first: $first) { edges { node { id depth body author { displayName office { code name } } reactions { kind count reactedByMe } } } }
  }
}`;

// Everything around it too: still a fixed number, whatever the number of posts.
const RICH_PAGE = `query Page($id: ID!, $first: Int) {
  thread(id: $id) {
    title author { displayName office { code } } office { code } space { slug }
    posts(first: $first) {
      edges { node { id depth body author { displayName office { code name } } reactions { kind count reactedByMe } parent { id } thread { id } } }
    }
  }
}`;

describe('a thread page costs a fixed number of SQL statements', () => {
  let forum: Forum;
  let counter: SqlStatementCounter;
  beforeAll(async () => {
    forum = await startForum(QUIET_EVENT_WORKER);
    counter = forum.api.app.get(SqlStatementCounter);
  });
  afterAll(() => forum.close());

  async function threadWith(posts: number): Promise<string> {
    const { author, colleague, sharedWith, other } = forum.cast;
    const writers = [author, colleague, sharedWith, other];
    const { threadId, openingPostId } = await startThread(forum, author.token, { visibility: 'PUBLIC' });
    let parent = openingPostId;
    for (let i = 1; i < posts; i++) {
      const writer = writers[i % writers.length];
      const id = await reply(forum, writer.token, threadId, i % 3 === 0 ? openingPostId : parent, `post ${i}`);
      await forum
        .as(writers[(i + 1) % writers.length].token)
        .data('mutation($id: ID!) { react(postId: $id, kind: THANKS) { id } }', { id });
      if (i % 2 === 0)
        await forum.as(writer.token).data('mutation($id: ID!) { react(postId: $id, kind: LIKE) { id } }', { id });
      parent = id;
    }
    return threadId;
  }

  // The thread page of the benchmark (docs/performance.md): the thread with its author and office, the page of posts
  // with their authors, offices and reactions. Statements: the thread, the page with its reaction counts, the
  // authors of both (thread and posts) with their offices in one batch; a signed-in caller's session check is reused
  // for a few seconds (session-validity.ts), so a signed-in page costs no more once the session was checked.
  // (test/bench/lib/scenarios.mjs's THREAD_PAGE, with the page size as a variable.)
  const BENCH_PAGE = `query ThreadPage($id: ID!, $first: Int) { thread(id: $id) {
    id title kind language tags postCount createdAt lastActivityAt locked pinned
    author { id displayName office { code name } }
    posts(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node {
      id depth bodyHtml createdAt editedAt deleted replyCount
      author { id displayName office { code name } }
      reactions { kind count reactedByMe } } } } } }`;

  async function measure(token: string | undefined, id: string, first: number, query = PAGE) {
    await outboxDrained(forum.api.db);
    const as = forum.as(token);
    await as.data(query, { id, first: 1 }); // a signed-in caller's session is checked once, then reused
    let posts = 0;
    const { count, statements } = await counter.measure(async () => {
      const { thread } = await as.data<{
        thread: { posts: { edges: { node: { author: { office: { code: string } }; reactions: unknown[] } }[] } };
      }>(query, { id, first });
      posts = thread.posts.edges.length;
      expect(thread.posts.edges.every((edge) => edge.node.author.office.code.length === 2)).toBe(true);
    });
    return { count, statements, posts };
  }

  it('at most 3, the same for first: 10 and first: 100, anonymous and signed in, with authors, offices and reactions', async () => {
    const small = await threadWith(12);
    const large = await threadWith(105);
    for (const token of [undefined, forum.cast.colleague.token]) {
      const ten = await measure(token, small, 10, BENCH_PAGE);
      const hundred = await measure(token, large, 100, BENCH_PAGE);
      expect(ten.posts).toBe(10);
      expect(hundred.posts).toBe(100);
      // The thread, the page with its reaction counts, every author (the thread's and the posts') with its office.
      expect(hundred.statements).toHaveLength(3);
      expect(ten.statements).toHaveLength(3);
    }

    // Authors are read only when asked for: without them, the thread and the page.
    await outboxDrained(forum.api.db);
    const bare = await counter.measure(() =>
      forum
        .as(undefined)
        .data(
          'query($id: ID!) { thread(id: $id) { posts(first: 10) { edges { node { id reactions { count } } } } } }',
          {
            id: small,
          },
        ),
    );
    expect(bare.statements).toHaveLength(2);

    const as = forum.cast.colleague.token;
    const richTen = await measure(as, small, 10, RICH_PAGE);
    const richHundred = await measure(as, large, 100, RICH_PAGE);
    expect(richHundred.count).toBe(richTen.count);
    expect(richHundred.count).toBeLessThanOrEqual(6);
  });

  it("checks a signed-in caller's session again once it was revoked", async () => {
    const id = await threadWith(2);
    const { token } = forum.cast.sharedWith;
    const first = await measure(token, id, 10);
    expect(first.statements).toHaveLength(3);
    await forum.as(token).data('mutation { signOut }');
    expect(await forum.as(token).errorCodes(PAGE, { id, first: 10 })).toEqual(['UNAUTHENTICATED']);
  });
});

// Every space with its first threads and their count: Space.threads goes through loaders, so 11 spaces cost what 1 does.
const SPACES = `{ spaces { slug threads(first: 3) { totalCount edges { node { id title author { displayName } } } } } }`;
const ONE_SPACE = `query($slug: String!) {
  space(slug: $slug) { slug threads(first: 3) { totalCount edges { node { id title author { displayName } } } } }
}`;
type Spaces = { spaces: { slug: string; threads: { totalCount: number; edges: { node: { id: string } }[] } }[] };

describe('a list of spaces with their threads costs a fixed number of SQL statements', () => {
  let forum: Forum;
  let counter: SqlStatementCounter;
  beforeAll(async () => {
    forum = await startForum(QUIET_EVENT_WORKER);
    counter = forum.api.app.get(SqlStatementCounter);
  });
  afterAll(() => forum.close());

  it('the same for all 11 spaces as for one, with the right page and totalCount in each', async () => {
    const { author, colleague, other } = forum.cast;
    const { spaces } = await forum.as(author.token).data<{ spaces: { slug: string }[] }>('{ spaces { slug } }');
    expect(spaces).toHaveLength(11);
    // Space i holds i + 1 threads the others can see, and one only the author's office (DE) can see.
    for (const [i, { slug }] of spaces.entries()) {
      for (let n = 0; n <= i; n++) await startThread(forum, author.token, { spaceSlug: slug, title: `${slug} #${n}` });
      await startThread(forum, author.token, { spaceSlug: slug, title: `${slug} internal`, visibility: 'OFFICE' });
    }

    const asOther = forum.as(other.token);
    // The session is checked by the first request, then reused for a few seconds (session-validity.ts).
    const measure = async (work: () => Promise<unknown>) => {
      await asOther.data('{ spaces { slug } }');
      await outboxDrained(forum.api.db);
      return counter.measure(work);
    };
    const all = await measure(() => asOther.data<Spaces>(SPACES));
    const one = await measure(() => asOther.data(ONE_SPACE, { slug: 'general' }));
    // The spaces, one page of threads for all of them, one count, the authors.
    expect(all.statements).toHaveLength(4);
    // One space by slug costs the same (the space is one statement).
    expect(one.statements).toHaveLength(4);
    // Filters are checked once for every space: the office code is one more statement, not one per space.
    const filtered = await measure(() =>
      asOther.data<Spaces>(
        SPACES.replace('threads(first: 3)', 'threads(first: 3, officeCode: "DE", kind: DISCUSSION)'),
      ),
    );
    expect(filtered.statements).toHaveLength(5);
    // Two page sizes are two pages, but one count: the count depends on the filters only.
    const twoSizes = await measure(() =>
      asOther.data('{ spaces { a: threads(first: 1) { totalCount } b: threads(first: 2) { totalCount } } }'),
    );
    expect(twoSizes.statements).toHaveLength(4);

    const listed = (await asOther.data<Spaces>(SPACES)).spaces;
    for (const [i, space] of listed.entries()) {
      expect(space.threads.totalCount).toBe(i + 1);
      expect(space.threads.edges).toHaveLength(Math.min(i + 1, 3));
      // Each space's page is the one the space alone answers.
      const alone = await asOther.data<{ space: Spaces['spaces'][number] }>(ONE_SPACE, { slug: space.slug });
      expect(alone.space).toEqual(space);
    }
    // The author's office sees its internal thread in every space.
    const mine = (await forum.as(colleague.token).data<Spaces>(SPACES)).spaces;
    expect(mine.map((space) => space.threads.totalCount)).toEqual(listed.map((space) => space.threads.totalCount + 1));
  });
});
