import { searchAs, startSearchForum, type SearchCast, type SearchForum } from './testing/search.fixture.js';

type Viewer = 'anonymous' | keyof Omit<SearchCast, 'author'>;
const VIEWERS: Viewer[] = ['anonymous', 'colleague', 'sharedWith', 'other', 'moderator', 'admin'];

// The discussions' matrix: the author's office is DE, OFFICES threads are shared with FR; the moderator (JP) and the
// admin (CN) are of offices they are not shared with, and no role bypasses OFFICES or OFFICE.
const MATRIX: Record<string, Viewer[]> = {
  PUBLIC: ['anonymous', 'colleague', 'sharedWith', 'other', 'moderator', 'admin'],
  COMMUNITY: ['colleague', 'sharedWith', 'other', 'moderator', 'admin'],
  OFFICES: ['colleague', 'sharedWith'],
  OFFICE: ['colleague'],
};

// A word each thread alone holds.
const SECRET: Record<string, string> = { PUBLIC: 'aardvark', COMMUNITY: 'bison', OFFICES: 'caribou', OFFICE: 'dingo' };

describe('the visibility matrix holds for search', () => {
  let forum: SearchForum;
  const threads: Record<string, { threadId: string; replyId: string }> = {};
  const token = (viewer: Viewer) => (viewer === 'anonymous' ? undefined : forum.cast[viewer].token);

  beforeAll(async () => {
    forum = await startSearchForum();
    for (const visibility of Object.keys(MATRIX)) {
      const { threadId } = await forum.start(forum.cast.author.token, {
        spaceSlug: 'recommendation-4',
        title: `Firewall policy ${visibility.toLowerCase()}`,
        body: `Our firewall rules, secret word ${SECRET[visibility]}.`,
        visibility,
        sharedWith: visibility === 'OFFICES' ? ['FR'] : undefined,
        language: visibility === 'OFFICE' ? 'FR' : 'EN',
      });
      const replyId = await forum.reply(
        forum.cast.author.token,
        threadId,
        `The firewall was replaced (${visibility}).`,
      );
      threads[visibility] = { threadId, replyId };
    }
  });
  afterAll(() => forum.close());

  it.each(VIEWERS)(
    'as %s: hits, totalCount, facets, snippets and similarThreads hold only what may be seen',
    async (viewer) => {
      const visible = Object.keys(MATRIX).filter((visibility) => MATRIX[visibility].includes(viewer));
      const { hits, ids, facets } = await searchAs(forum, token(viewer), 'firewall');
      const expected = visible.flatMap((visibility) => [threads[visibility].threadId, threads[visibility].replyId]);
      expect(ids.sort()).toEqual(expected.sort());
      expect(hits.totalCount).toBe(expected.length);
      const counted = (facet: { count: number }[]) => facet.reduce((sum, row) => sum + row.count, 0);
      expect(counted(facets.kinds)).toBe(expected.length);
      expect(counted(facets.offices)).toBe(expected.length);
      expect(facets.offices.map((row) => row.value)).toEqual(expected.length ? ['DE'] : []);
      expect(counted(facets.spaces)).toBe(expected.length);
      expect(counted(facets.languages)).toBe(expected.length);
      expect(facets.languages.find((row) => row.value === 'FR')?.count ?? 0).toBe(visible.includes('OFFICE') ? 2 : 0);
      // No snippet carries a word of a thread the viewer may not see.
      const snippets = hits.edges.map((edge) => edge.snippet).join(' ');
      for (const visibility of Object.keys(MATRIX))
        expect(snippets.includes(SECRET[visibility])).toBe(visible.includes(visibility));
      // similarThreads for a draft like all four: the threads the viewer may see, and no other.
      const { similarThreads } = await forum.data<{ similarThreads: { id: string }[] }>(
        token(viewer),
        'query($title: String!, $body: String) { similarThreads(title: $title, body: $body) { id } }',
        { title: 'Firewall policy', body: 'Which firewall rules do you use?' },
      );
      expect(similarThreads.map((thread) => thread.id).sort()).toEqual(
        visible.map((visibility) => threads[visibility].threadId).sort(),
      );
      // A word only an unseen thread holds finds nothing, and counts nothing.
      for (const visibility of Object.keys(MATRIX)) {
        const secret = await searchAs(forum, token(viewer), SECRET[visibility]);
        expect(secret.hits.totalCount).toBe(visible.includes(visibility) ? 1 : 0);
        expect(secret.facets.offices.length).toBe(visible.includes(visibility) ? 1 : 0);
      }
    },
  );
});
