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
