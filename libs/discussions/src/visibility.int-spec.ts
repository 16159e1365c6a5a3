import { startForum, startThread, type Cast, type Forum } from './testing/forum.fixture.js';

type Viewer = 'anonymous' | keyof Omit<Cast, 'author'>;
const VIEWERS: Viewer[] = ['anonymous', 'colleague', 'sharedWith', 'other', 'moderator', 'admin'];

// Who sees what (the contract): the author's office is DE, the thread is shared with FR; the moderator (JP) and the
// admin (CN) are of offices it is not shared with, and no role bypasses OFFICES or OFFICE.
const MATRIX: Record<string, Viewer[]> = {
  PUBLIC: ['anonymous', 'colleague', 'sharedWith', 'other', 'moderator', 'admin'],
  COMMUNITY: ['colleague', 'sharedWith', 'other', 'moderator', 'admin'],
  OFFICES: ['colleague', 'sharedWith'],
  OFFICE: ['colleague'],
};

describe('the visibility matrix on every path of a thread', () => {
  let forum: Forum;
  const threads: Record<string, { threadId: string; openingPostId: string }> = {};
  const token = (viewer: Viewer) => (viewer === 'anonymous' ? undefined : forum.cast[viewer].token);

  beforeAll(async () => {
    forum = await startForum();
    for (const visibility of Object.keys(MATRIX)) {
      threads[visibility] = await startThread(forum, forum.cast.author.token, {
        spaceSlug: 'recommendation-4',
        title: `Security policy (${visibility})`,
        visibility,
        sharedWith: visibility === 'OFFICES' ? ['FR'] : undefined,
        tags: ['security'],
      });
    }
  });
  afterAll(() => forum.close());

  describe.each(Object.keys(MATRIX))('a %s thread', (visibility) => {
    it.each(VIEWERS)('as %s: thread(id), its posts, space.threads and totalCount agree', async (viewer) => {
      const sees = MATRIX[visibility].includes(viewer);
      const as = forum.as(token(viewer));
      const { threadId, openingPostId } = threads[visibility];

      const single = await as.request<{
        thread: { id: string; posts: { totalCount: number; edges: { node: { id: string } }[] } } | null;
      }>('query($id: ID!) { thread(id: $id) { id posts { totalCount edges { node { id } } } } }', { id: threadId });
      if (sees) {
        expect(single.errors).toBeUndefined();
        expect(single.data!.thread!.posts.edges[0].node.id).toBe(openingPostId);
      } else {
        expect(single.errors!.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
        expect(single.data?.thread ?? null).toBeNull();
      }

      const listing = await as.data<{ space: { threads: { totalCount: number; edges: { node: { id: string } }[] } } }>(
        '{ space(slug: "recommendation-4") { threads(first: 100) { totalCount edges { node { id } } } } }',
      );
      const listed = listing.space.threads.edges.map((edge) => edge.node.id);
      expect(listed.includes(threadId)).toBe(sees);
      const expectedCount = Object.keys(MATRIX).filter((v) => MATRIX[v].includes(viewer)).length;
      expect(listing.space.threads.totalCount).toBe(expectedCount);
      expect(listed).toHaveLength(expectedCount);

      const tagged = await as.data<{ space: { threads: { totalCount: number } } }>(
        '{ space(slug: "recommendation-4") { threads(tag: "security") { totalCount } } }',
      );
      expect(tagged.space.threads.totalCount).toBe(expectedCount);

      if (viewer !== 'anonymous') {
        const replied = await as.request('mutation($input: ReplyInput!) { reply(input: $input) { id } }', {
          input: { threadId, body: 'me too' },
        });
        if (!sees) expect(replied.errors!.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
        const edited = await as.request('mutation($id: ID!) { editPost(id: $id, body: "x") { id } }', {
          id: openingPostId,
        });
        // Moderators may edit what they can see; members only their own posts.
        const mayEdit = sees && (viewer === 'moderator' || viewer === 'admin');
        expect((edited.errors ?? []).map((error) => error.extensions?.code)).toEqual(
          mayEdit ? [] : [sees ? 'FORBIDDEN' : 'NOT_FOUND'],
        );
        const flagged = await as.request('mutation($id: ID!) { flagPost(postId: $id, reason: "check this") { id } }', {
          id: openingPostId,
        });
        if (!sees) expect(flagged.errors!.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
        const reacted = await as.request('mutation($id: ID!) { react(postId: $id, kind: LIKE) { id } }', {
          id: openingPostId,
        });
        if (!sees) expect(reacted.errors!.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
      }
    });
  });

  it('keeps flags on restricted threads out of the queue of moderators they are not shared with', async () => {
    const { moderator } = forum.cast;
    // The matrix above left open flags on every thread's opening post, by those who could see it.
    const open = await forum.api.db.query<{ post_id: string }>(
      "SELECT DISTINCT post_id FROM post_flag WHERE status = 'OPEN'",
    );
    expect(open.map((row) => row.post_id).sort()).toEqual(
      Object.values(threads)
        .map((t) => t.openingPostId)
        .sort(),
    );
    const queue = await forum
      .as(moderator.token)
      .data<{ flagQueue: { totalCount: number; edges: { node: { post: { id: string } } }[] } }>(
        '{ flagQueue { totalCount edges { node { post { id } } } } }',
      );
    const flagged = queue.flagQueue.edges.map((edge) => edge.node.post.id);
    expect(flagged).not.toContain(threads.OFFICE.openingPostId);
    expect(flagged).not.toContain(threads.OFFICES.openingPostId);
    expect(flagged).toEqual(expect.arrayContaining([threads.PUBLIC.openingPostId, threads.COMMUNITY.openingPostId]));
    expect(queue.flagQueue.totalCount).toBe(flagged.length);
  });
});
