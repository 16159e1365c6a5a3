import { SqlStatementCounter } from '@forum/database';
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
    forum = await startForum();
    counter = forum.api.app.get(SqlStatementCounter);
  });
  afterAll(() => forum.close());

  async function threadWith(posts: number): Promise<string> {
    const { author, colleague, sharedWith, other } = forum.cast;
    const writers = [author, colleague, sharedWith, other];
    const { threadId, openingPostId } = await startThread(forum, author.token);
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

  it('the same for 5 posts and for 50, at most 4, with authors, their offices and reactions', async () => {
    const small = await threadWith(5);
    const large = await threadWith(50);
    const as = forum.as(forum.cast.colleague.token);

    const measure = async (id: string, first: number, query = PAGE) => {
      let posts = 0;
      const { count, statements } = await counter.measure(async () => {
        const { thread } = await as.data<{
          thread: { posts: { edges: { node: { author: { office: { code: string } }; reactions: unknown[] } }[] } };
        }>(query, { id, first });
        posts = thread.posts.edges.length;
        expect(thread.posts.edges.every((edge) => edge.node.author.office.code.length === 2)).toBe(true);
      });
      return { count, statements, posts };
    };

    const five = await measure(small, 50);
    const fifty = await measure(large, 50);
    expect(five.posts).toBe(5);
    expect(fifty.posts).toBe(50);
    expect(fifty.count).toBe(five.count);
    // Signed in: the session check, the thread, the page with its reaction counts, the authors with their offices.
    expect(fifty.statements).toHaveLength(4);

    const richFive = await measure(small, 50, RICH_PAGE);
    const richFifty = await measure(large, 50, RICH_PAGE);
    expect(richFifty.count).toBe(richFive.count);
    expect(richFifty.count).toBeLessThanOrEqual(7);
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
    forum = await startForum();
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
    const all = await counter.measure(() => asOther.data<Spaces>(SPACES));
    const one = await counter.measure(() => asOther.data(ONE_SPACE, { slug: 'general' }));
    // Signed in: the session check, the spaces, one page of threads for all of them, one count, the authors.
    expect(all.statements).toHaveLength(5);
    // One space by slug costs as much or more (the catalogue reads a space by slug in two statements).
    expect(all.count).toBeLessThanOrEqual(one.count);
    // Filters are checked once for every space: the office code is one more statement, not one per space.
    const filtered = await counter.measure(() =>
      asOther.data<Spaces>(
        SPACES.replace('threads(first: 3)', 'threads(first: 3, officeCode: "DE", kind: DISCUSSION)'),
      ),
    );
    expect(filtered.statements).toHaveLength(6);
    // Two page sizes are two pages, but one count: the count depends on the filters only.
    const twoSizes = await counter.measure(() =>
      asOther.data('{ spaces { a: threads(first: 1) { totalCount } b: threads(first: 2) { totalCount } } }'),
    );
    expect(twoSizes.statements).toHaveLength(5);

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
