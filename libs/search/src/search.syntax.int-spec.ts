import { searchAs, startSearchForum, type SearchForum } from './testing/search.fixture.js';

describe('the query syntax users know', () => {
  let forum: SearchForum;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    forum = await startSearchForum();
    const de = forum.cast.author.token;
    const fr = forum.cast.sharedWith.token;
    ids.phrase = (
      await forum.start(de, { title: 'Cloud notes', body: 'We planned a cloud migration in 2025.' })
    ).threadId;
    ids.split = (
      await forum.start(de, { title: 'Cloud costs', body: 'Migration of archives, then the cloud.' })
    ).threadId;
    ids.oracle = (
      await forum.start(fr, {
        spaceSlug: 'recommendation-8',
        title: 'Database exit',
        body: 'Our database migration away from Oracle.',
      })
    ).threadId;
    ids.db2 = (
      await forum.start(de, {
        spaceSlug: 'recommendation-8',
        title: 'Mainframe',
        body: 'The database migration off DB2.',
      })
    ).threadId;
  });
  afterAll(() => forum.close());

  const found = async (query: string) => (await searchAs(forum, forum.cast.other.token, query)).ids.sort();
  const sorted = (...keys: string[]) => keys.map((key) => ids[key]).sort();

  it('a phrase in quotes matches only the exact phrase', async () => {
    expect(await found('cloud migration')).toEqual(sorted('phrase', 'split'));
    expect(await found('"cloud migration"')).toEqual(sorted('phrase'));
  });

  it('-oracle removes the hits that mention Oracle; OR widens', async () => {
    expect(await found('database migration')).toEqual(sorted('oracle', 'db2'));
    expect(await found('database migration -oracle')).toEqual(sorted('db2'));
    expect(await found('oracle OR db2')).toEqual(sorted('oracle', 'db2'));
  });

  it('office:DE and in:recommendation-8 narrow as typed, as do kind:, lang:, before: and after:', async () => {
    expect(await found('migration office:DE')).toEqual(sorted('phrase', 'split', 'db2'));
    expect(await found('migration in:recommendation-8')).toEqual(sorted('oracle', 'db2'));
    expect(await found('migration office:DE in:recommendation-8')).toEqual(sorted('db2'));
    expect(await found('migration kind:discussion office:FR')).toEqual(sorted('oracle'));
    expect(await found('migration kind:report')).toEqual([]);
    expect(await found('migration lang:en office:FR')).toEqual(sorted('oracle'));
    expect(await found('migration lang:zh')).toEqual([]);
    expect(await found('migration before:2000-01-01')).toEqual([]);
    expect(await found('migration after:2000-01-01 office:FR')).toEqual(sorted('oracle'));
    // Filters alone list what they select.
    expect(await found('office:FR')).toEqual(sorted('oracle'));
  });

  it('refuses unknown offices, spaces, kinds and malformed dates as BAD_USER_INPUT', async () => {
    const codes = (query: string) =>
      forum.errorCodes(forum.cast.other.token, 'query($q: String!) { search(query: $q) { hits { totalCount } } }', {
        q: query,
      });
    for (const query of ['x office:ZZ', 'x in:nowhere', 'x kind:poem', 'x before:2026-13', 'x lang:xx', ''])
      expect(await codes(query)).toEqual(['BAD_USER_INPUT']);
  });
});
