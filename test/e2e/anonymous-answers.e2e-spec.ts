import type { ApiProcess, TestDatabase } from '@forum/testing';
import { ADMIN, twoInstances, type TwoInstances } from './support/two-instances.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const START =
  'mutation($input: StartThreadInput!) { startThread(input: $input) { id posts(first: 1) { edges { node { id } } } } }';
const REPLY = 'mutation($input: ReplyInput!) { reply(input: $input) { id } }';
const REACT = 'mutation($postId: ID!) { react(postId: $postId, kind: LIKE) { id } }';
const PAGE = `query Page($id: ID!) { thread(id: $id) { title postCount
  posts(first: 1) { edges { node { reactions { kind count reactedByMe } } } } } }`;

interface Page {
  thread: { title: string; postCount: number; posts: { edges: { node: { reactions: Reaction[] } }[] } };
}
interface Reaction {
  kind: string;
  count: number;
  reactedByMe: boolean;
}

// docs/performance.md, "Anonymous answers": two instances on one database, answers kept for 10 minutes, so that
// only the events (a mutation here, the outbox's NOTIFY from the other instance) can explain a fresh answer.
describe('answers to anonymous queries kept per instance', () => {
  let instances: TwoInstances;
  let db: TestDatabase;
  let first: ApiProcess;
  let second: ApiProcess;
  let token: string;

  beforeAll(async () => {
    instances = await twoInstances({ ANSWER_CACHE_SECONDS: '600' });
    ({ db, first, second } = instances);
    token = (await first.client.data<{ signIn: { accessToken: string } }>(SIGN_IN, { input: ADMIN })).signIn
      .accessToken;
  });
  afterAll(async () => {
    await instances?.stop();
  });

  const start = async (title: string) => {
    const input = { spaceSlug: 'general', title, body: 'Opening post.', visibility: 'PUBLIC' };
    const { startThread } = await first.client.data<{
      startThread: { id: string; posts: { edges: { node: { id: string } }[] } };
    }>(START, { input }, { token });
    return { threadId: startThread.id, postId: startThread.posts.edges[0].node.id };
  };
  const page = (api: ApiProcess, id: string, asMember = false) =>
    api.client.data<Page>(PAGE, { id }, asMember ? { token } : {});

  it('answers again without running the query, and shows a mutation of the same instance at once', async () => {
    const { threadId } = await start('Kept answers');
    expect((await page(first, threadId)).thread).toMatchObject({ title: 'Kept answers', postCount: 1 });
    // A change behind the API's back (no event): the kept answer still shows the old title.
    await db.query(`UPDATE thread SET title = 'Changed by SQL' WHERE id = $1`, [threadId]);
    expect((await page(first, threadId)).thread.title).toBe('Kept answers');

    await first.client.data(REPLY, { input: { threadId, body: 'A reply.' } }, { token });
    expect((await page(first, threadId)).thread).toMatchObject({ title: 'Changed by SQL', postCount: 2 });
  });

  it("shows a write through another instance as soon as that instance's event arrives", async () => {
    const { threadId } = await start('Two instances');
    expect((await page(first, threadId)).thread.postCount).toBe(1);
    expect((await page(first, threadId)).thread.postCount).toBe(1);

    await second.client.data(REPLY, { input: { threadId, body: 'Through the other one.' } }, { token });
    const written = Date.now();
    let postCount = 1;
    while (postCount === 1 && Date.now() - written < 5_000) {
      postCount = (await page(first, threadId)).thread.postCount;
      if (postCount === 1) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(postCount).toBe(2);
    expect(Date.now() - written).toBeLessThan(1_000);
  });

  it("never answers a signed-in request from them, nor keeps a member's answer for anonymous callers", async () => {
    const { threadId, postId } = await start('Reacted');
    await first.client.data(REACT, { postId }, { token });
    const reactions = async (asMember: boolean) =>
      (await page(first, threadId, asMember)).thread.posts.edges[0].node.reactions;

    // Anonymous first (kept), then the member: the member's own reaction.
    expect(await reactions(false)).toEqual([{ kind: 'LIKE', count: 1, reactedByMe: false }]);
    expect(await reactions(true)).toEqual([{ kind: 'LIKE', count: 1, reactedByMe: true }]);
    // The member first on another document's key (variables differ): the anonymous caller never gets it.
    const other = await start('Reacted too');
    await first.client.data(REACT, { postId: other.postId }, { token });
    const mine = (await page(first, other.threadId, true)).thread.posts.edges[0].node.reactions;
    expect(mine).toEqual([{ kind: 'LIKE', count: 1, reactedByMe: true }]);
    const theirs = (await page(first, other.threadId)).thread.posts.edges[0].node.reactions;
    expect(theirs).toEqual([{ kind: 'LIKE', count: 1, reactedByMe: false }]);
  });

  it('keeps no answer that has errors', async () => {
    const { threadId } = await start('Members only for a while');
    // Behind the API's back (no event): anonymous callers may not see it, and are told NOT_FOUND.
    await db.query(`UPDATE thread SET visibility = 'COMMUNITY' WHERE id = $1`, [threadId]);
    const hidden = await first.client.request<Page>(PAGE, { id: threadId });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Public again, still without an event: the refusal was not kept.
    await db.query(`UPDATE thread SET visibility = 'PUBLIC' WHERE id = $1`, [threadId]);
    const shown = await first.client.request<Page>(PAGE, { id: threadId });
    expect(shown.data?.thread.title).toBe('Members only for a while');
  });
});
