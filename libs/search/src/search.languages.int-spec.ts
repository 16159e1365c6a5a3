import { searchAs, startSearchForum, type SearchForum } from './testing/search.fixture.js';

describe('search in the content language', () => {
  let forum: SearchForum;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    forum = await startSearchForum();
    const token = forum.cast.author.token;
    const en = await forum.start(token, { title: 'Data centre plans', body: 'Our plans for the data centre.' });
    ids.enReply = await forum.reply(token, en.threadId, 'The migration of our filing system took two years.');
    const fr = await forum.start(token, {
      title: 'Nos dossiers',
      body: 'Nous avons numérisé les dossiers.',
      language: 'FR',
    });
    ids.fr = fr.threadId;
    const ru = await forum.start(token, {
      title: 'Наш опыт',
      body: 'Мы перенесли базы данных в облако.',
      language: 'RU',
    });
    ids.ru = ru.threadId;
    const zh = await forum.start(token, {
      title: '年度报告',
      body: '我们的数字化转型项目在二零二五年完成了第一阶段，专利审查系统已经上线。',
      language: 'ZH',
    });
    ids.zh = zh.threadId;
    const pg = await forum.start(token, { title: 'PostgreSQL upgrade', body: 'From 13 to 16, without downtime.' });
    ids.pg = pg.threadId;
    ids.notes = (await forum.start(token, { title: 'Upgrade notes', body: 'Nothing special.' })).threadId;
  });
  afterAll(() => forum.close());

  it('"migrating" finds a post that says "migration" (English stemming), its word marked in the snippet', async () => {
    const { ids: found, hits } = await searchAs(forum, undefined, 'migrating');
    expect(found).toEqual([]); // COMMUNITY threads: anonymous callers see none
    const signedIn = await searchAs(forum, forum.cast.other.token, 'migrating');
    expect(signedIn.ids).toEqual([ids.enReply]);
    expect(signedIn.hits.edges[0].node.__typename).toBe('Post');
    expect(signedIn.hits.edges[0].snippet).toContain('<mark>migration</mark>');
    expect(hits.totalCount).toBe(0);
  });

  it('French and Russian words are found by their other forms', async () => {
    expect((await searchAs(forum, forum.cast.other.token, 'numériser dossier')).ids).toEqual([ids.fr]);
    expect((await searchAs(forum, forum.cast.other.token, 'базу данных')).ids).toEqual([ids.ru]);
    // Stemming follows the content's language: the English stemmer does not apply to French content.
    expect((await searchAs(forum, forum.cast.other.token, 'numérisés')).ids).toEqual([ids.fr]);
  });

  it('"数字化转型" finds the post that contains it inside a longer sentence; two characters work too', async () => {
    const long = await searchAs(forum, forum.cast.other.token, '数字化转型');
    expect(long.ids).toEqual([ids.zh]);
    expect(long.hits.edges[0].snippet).toContain('<mark>数字化转型</mark>');
    expect((await searchAs(forum, forum.cast.other.token, '专利')).ids).toEqual([ids.zh]);
    expect((await searchAs(forum, forum.cast.other.token, '转专')).ids).toEqual([]);
  });

  it('"postgress" finds the thread titled "PostgreSQL upgrade" (typo tolerance on titles)', async () => {
    const { ids: found } = await searchAs(forum, forum.cast.other.token, 'postgress');
    expect(found).toEqual([ids.pg]);
  });

  it('similarThreads finds the thread a draft repeats, by its words or a close title', async () => {
    const similar = async (title: string, body?: string) =>
      (
        await forum.data<{ similarThreads: { id: string }[] }>(
          forum.cast.other.token,
          'query($title: String!, $body: String) { similarThreads(title: $title, body: $body) { id } }',
          { title, body },
        )
      ).similarThreads.map((thread) => thread.id);
    expect((await similar('Upgrading PostgreSQL', 'Any downtime?'))[0]).toBe(ids.pg);
    expect(await similar('Postgress upgrad')).toContain(ids.pg);
    expect(await similar('数字化转型的经验')).toEqual([ids.zh]);
    expect(await similar('Zanzibar')).toEqual([]);
  });

  it('ranks a title match above a body match, and the recent above the old at equal relevance', async () => {
    const token = forum.cast.author.token;
    const body = await forum.start(token, { title: 'Roadmap', body: 'An upgrade is planned.' });
    const { ids: found } = await searchAs(forum, forum.cast.other.token, 'upgrade');
    expect(found).toEqual([ids.notes, ids.pg, body.threadId]);
  });
});
