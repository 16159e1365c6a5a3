import { encodeCursor } from '@forum/core';
import { reply, START_THREAD, startForum, startThread, type Forum } from './testing/forum.fixture.js';

// Issue 8, acceptance 6: input that must be a clear error (BAD_USER_INPUT naming what was wrong), never INTERNAL and
// never a silent surprise, and that stores nothing. Over HTTP, as a client sends it.
describe('hostile input to the discussions', () => {
  let forum: Forum;
  const ID = '5f0c5d0e-8a6b-4c1f-9d3e-2b7a1c4e6f80';

  beforeAll(async () => {
    forum = await startForum();
  });
  afterAll(() => forum.close());

  const counts = async () => {
    const [row] = await forum.api.db.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM thread) AS threads, (SELECT count(*) FROM post) AS posts,
              (SELECT count(*) FROM post_mention) AS mentions`,
    );
    return row;
  };
  const startAs = (token: string, input: Record<string, unknown>) =>
    forum.as(token).request(START_THREAD, {
      input: { spaceSlug: 'recommendation-9', title: 'A fine title', body: 'A body.', ...input },
    });

  it('refuses variables nested 20,000 levels deep with BAD_USER_INPUT (no stack overflow, no 500)', async () => {
    const levels = 20_000;
    const deep = `${'['.repeat(levels)}"cloud"${']'.repeat(levels)}`;
    const before = await counts();
    const body = `{"query":${JSON.stringify(START_THREAD)},"variables":{"input":{"spaceSlug":"recommendation-9","title":"Deep","body":"x","tags":${deep}}}}`;
    const response = await fetch(`${forum.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forum.cast.author.token}` },
      body,
    });
    expect(response.status).toBe(400);
    const result = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(result.errors.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', variable: 'input' }]);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['30 February', '2026-02-30T10:00:00.000000Z'],
    ['year 0', '0000-01-01T00:00:00.000000Z'],
    ['24:00', '2026-01-01T24:00:00.000000Z'],
  ])('refuses a thread cursor carrying %s with BAD_USER_INPUT on `after`, not INTERNAL', async (_what, at) => {
    const result = await forum
      .as(forum.cast.author.token)
      .request('query($after: String) { space(slug: "recommendation-9") { threads(after: $after) { totalCount } } }', {
        after: encodeCursor({ pinned: false, at, id: ID }),
      });
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'after' }]);
  });

  it('refuses a flag-queue cursor carrying 31 April with BAD_USER_INPUT on `after`', async () => {
    const result = await forum
      .as(forum.cast.moderator.token)
      .request('query($after: String) { flagQueue(after: $after) { totalCount } }', {
        after: encodeCursor({ at: '2026-04-31T00:00:00.000000Z', id: ID }),
      });
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'after' }]);
  });

  it.each([
    ['a right-to-left override', 'Minutes \u202Efdp.exe'],
    ['a zero-width space', 'Cloud\u200Bsearch'],
    ['a control character', 'Cloud\u0007search'],
    ['nothing visible (Hangul fillers)', '\u3164\u3164\u3164'],
  ])('refuses a title with %s with BAD_USER_INPUT on `title`, storing nothing', async (_what, title) => {
    const before = await counts();
    const result = await startAs(forum.cast.author.token, { title });
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'title' }]);
    expect(await counts()).toEqual(before);
  });

  it('still takes titles in scripts that need joiners, and emoji', async () => {
    const result = await startAs(forum.cast.author.token, { title: 'می‌خواهم 👩‍💻 جستجو' });
    expect(result.errors).toBeUndefined();
  });

  it.each([['ﬁ'], ['ſE'], ['ıT']])(
    'refuses to share with "%s", which upper-cases to a real office code, storing nothing',
    async (code) => {
      const before = await counts();
      const result = await startAs(forum.cast.author.token, { visibility: 'OFFICES', sharedWith: [code] });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(await counts()).toEqual(before);
    },
  );

  it('mentions no office inside a word or an address written with other letters', async () => {
    const { threadId, openingPostId } = await startThread(forum, forum.cast.author.token);
    const postId = await reply(
      forum,
      forum.cast.author.token,
      threadId,
      openingPostId,
      'Write to josé@DE.example or see @DEÜ; but @FR should hear of it.',
    );
    const mentioned = await forum.api.db.query<{ code: string }>(
      'SELECT o.code FROM post_mention pm JOIN office o ON o.id = pm.office_id WHERE pm.post_id = $1',
      [postId],
    );
    expect(mentioned).toEqual([{ code: 'FR' }]);
  });

  it("renders an outside host's image as a link, so that reading a thread tells that host nothing", async () => {
    const { threadId, openingPostId } = await startThread(forum, forum.cast.author.token, { visibility: 'OFFICE' });
    const { reply: post } = await forum
      .as(forum.cast.author.token)
      .data<{ reply: { bodyHtml: string } }>('mutation($input: ReplyInput!) { reply(input: $input) { bodyHtml } }', {
        input: {
          threadId,
          parentPostId: openingPostId,
          body: '![our chart](https://tracker.example/pixel.gif) and ![ours](/api/documents/0b7c1e9a-3f4d-4c2b-9a61-5d8e2f7a1c30)',
        },
      });
    expect(post.bodyHtml).not.toMatch(/<img[^>]*tracker/);
    expect(post.bodyHtml).toContain('<a href="https://tracker.example/pixel.gif" rel="nofollow noopener noreferrer">');
    // A file id this installation (without documents) does not keep is still the forum's own URL: shown, not fetched
    // from elsewhere (the download route answers 404 to everyone).
    expect(post.bodyHtml).toContain('<img src="/api/documents/0b7c1e9a-3f4d-4c2b-9a61-5d8e2f7a1c30" alt="ours" />');
  });
});
