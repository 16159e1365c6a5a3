import { DataSource } from 'typeorm';
import { ThreadsService } from '@forum/discussions';
import { Role, Visibility } from '@forum/identity';
import { searchAs, startSearchForum, type SearchForum } from './testing/search.fixture.js';

describe('the index follows every write in its transaction', () => {
  let forum: SearchForum;
  beforeAll(async () => {
    forum = await startSearchForum();
  });
  afterAll(() => forum.close());

  it('a post is findable as soon as its mutation returns', async () => {
    const { threadId } = await forum.start(forum.cast.author.token, { title: 'Scanning', body: 'Scanners.' });
    const replyId = await forum.reply(forum.cast.author.token, threadId, 'We bought kangaroo scanners.');
    expect((await searchAs(forum, forum.cast.other.token, 'kangaroo')).ids).toEqual([replyId]);
  });

  it('an edited post is found by its new words and not by its old ones; a deleted post is not found', async () => {
    const token = forum.cast.author.token;
    const { threadId, openingPostId } = await forum.start(token, {
      title: 'Archive',
      body: 'About the wombat archive.',
    });
    const replyId = await forum.reply(token, threadId, 'The platypus tapes are digitised.');
    const edit = 'mutation($id: ID!, $body: String!) { editPost(id: $id, body: $body) { id } }';
    await forum.data(token, edit, { id: replyId, body: 'The echidna tapes are digitised.' });
    await forum.data(token, edit, { id: openingPostId, body: 'About the koala archive.' });
    const other = forum.cast.other.token;
    expect((await searchAs(forum, other, 'platypus')).ids).toEqual([]);
    expect((await searchAs(forum, other, 'echidna')).ids).toEqual([replyId]);
    expect((await searchAs(forum, other, 'wombat')).ids).toEqual([]);
    expect((await searchAs(forum, other, 'koala')).ids).toEqual([threadId]);

    await forum.data(token, 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: replyId });
    const gone = await searchAs(forum, other, 'echidna');
    expect(gone.ids).toEqual([]);
    expect(gone.hits.totalCount).toBe(0);
  });

  it('a thread whose visibility narrowed is no longer found by those who lost access', async () => {
    const token = forum.cast.author.token;
    const { threadId } = await forum.start(token, { title: 'Gazelle procurement', body: 'Tender notes.' });
    const replyId = await forum.reply(token, threadId, 'The gazelle tender closed.');
    expect((await searchAs(forum, forum.cast.other.token, 'gazelle')).hits.totalCount).toBe(2);

    const author = { memberId: forum.cast.author.id, officeId: await officeOf(forum, 'DE'), role: Role.MEMBER };
    const threads = forum.api.app.get(ThreadsService);
    await forum.api.app
      .get(DataSource)
      .transaction((tx) => threads.setVisibilityIn(tx, author, threadId, { visibility: Visibility.OFFICE }));

    expect((await searchAs(forum, forum.cast.other.token, 'gazelle')).hits.totalCount).toBe(0);
    expect((await searchAs(forum, forum.cast.colleague.token, 'gazelle')).ids.sort()).toEqual(
      [threadId, replyId].sort(),
    );
  });
});

async function officeOf(forum: SearchForum, code: string): Promise<string> {
  const [{ id }] = (await forum.api.app.get(DataSource).query('SELECT id FROM office WHERE code = $1', [code])) as {
    id: string;
  }[];
  return id;
}

describe('search_reindex()', () => {
  let forum: SearchForum;
  beforeAll(async () => {
    forum = await startSearchForum();
  });
  afterAll(() => forum.close());

  it('rebuilds the read model the triggers keep, row for row', async () => {
    const token = forum.cast.author.token;
    const { threadId } = await forum.start(token, { title: 'Reindexing', body: 'The ocelot archive.' });
    await forum.reply(token, threadId, 'The ocelot tapes.');
    const deleted = await forum.reply(token, threadId, 'The ocelot films.');
    await forum.data(token, 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: deleted });
    const db = forum.api.app.get(DataSource);
    const snapshot = () =>
      db.query(
        `SELECT kind, source_id, thread_id, title, body, language, office_id, visibility, shared_with_office_ids,
           space_id, thread_kind, created_at, document::text FROM search_document ORDER BY kind, source_id`,
      );
    const kept = await snapshot();
    const [{ search_reindex: count }] = (await db.query('SELECT search_reindex()')) as { search_reindex: string }[];
    expect(Number(count)).toBe(kept.length);
    expect(await snapshot()).toEqual(kept);
    expect((await searchAs(forum, forum.cast.other.token, 'ocelot')).hits.totalCount).toBe(2);
  });
});
