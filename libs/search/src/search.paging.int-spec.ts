import { searchAs, startSearchForum, type SearchForum } from './testing/search.fixture.js';

const PAGE = `query($query: String!, $first: Int, $after: String) { search(query: $query) {
  hits(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on Thread { id } ... on Post { id } } } }
} }`;

interface Page {
  search: {
    hits: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string } }[];
    };
  };
}

describe('search pages, Arabic words and hostile queries', () => {
  let forum: SearchForum;
  let arabic: string;
  beforeAll(async () => {
    forum = await startSearchForum();
    const token = forum.cast.author.token;
    for (let i = 0; i < 5; i++) await forum.start(token, { title: `Otter ${i}`, body: 'Otters everywhere.' });
    arabic = (
      await forum.start(token, {
        title: 'الأرشيف',
        body: 'نقلنا نظام الإيداع الإلكتروني إلى السحابة العام الماضي.',
        language: 'AR',
      })
    ).threadId;
  });
  afterAll(() => forum.close());

  it('pages through every hit once, in order, with the same totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const { search }: Page = await forum.data<Page>(forum.cast.other.token, PAGE, {
        query: 'otter',
        first: 2,
        after,
      });
      expect(search.hits.totalCount).toBe(5);
      seen.push(...search.hits.edges.map((edge) => edge.node.id));
      expect(search.hits.pageInfo.hasNextPage).toBe(page < 2);
      after = search.hits.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
  });

  it('finds Arabic content by an exact word', async () => {
    expect((await searchAs(forum, forum.cast.other.token, 'السحابة')).ids).toEqual([arabic]);
  });

  it('answers odd queries without an error, and refuses bad paging as BAD_USER_INPUT', async () => {
    for (const query of ['"', '-', 'OR', '((', ':', 'office:', 'a'.repeat(500), '"otter', 'otter -', '& | !'])
      expect((await searchAs(forum, forum.cast.other.token, query)).hits.totalCount).toBeGreaterThanOrEqual(0);
    const codes = (variables: Record<string, unknown>) =>
      forum.errorCodes(forum.cast.other.token, PAGE, { query: 'otter', ...variables });
    expect(await codes({ first: 101 })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ after: 'not-a-cursor' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ query: 'a'.repeat(501) })).toEqual(['BAD_USER_INPUT']);
  });
});
