import pg from 'pg';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { DiscussionsModule, discussionsEntities, renderMarkdown } from '@forum/discussions';
import { IdentityModule, identityEntities } from '@forum/identity';
import { createTestApp, type TestApp } from '@forum/testing';
import { checkInvariants, INVARIANTS } from './seed/invariants.mjs';
import { BENCH_PASSWORD, benchEmail, loadForum, type LoadedForum } from './seed/load.mjs';

// The benchmark's data generator (npm run bench:seed) must write what the services would have written: a small
// forum is loaded into a migrated database, then checked rule by rule and read back through the API.
describe('benchmark data generator', () => {
  let api: TestApp;
  let client: pg.Client;
  let loaded: LoadedForum;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [CatalogModule, IdentityModule, DiscussionsModule],
      entities: [...catalogEntities, ...identityEntities, ...discussionsEntities],
    });
    loaded = await loadForum(api.db.url, { posts: 3_000, threads: 150, members: 300, offices: 30 }, renderMarkdown);
    client = new pg.Client({ connectionString: api.db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await api?.close();
  });

  it('loads the requested shape: members, threads, posts, reactions, revisions and flags', async () => {
    expect(loaded.counts).toMatchObject({ members: 300, threads: 150, posts: 3_000 });
    expect(loaded.counts.reactions).toBeGreaterThan(1_000);
    const { rows } = await client.query<{ languages: number; visibilities: number; spaces: number; deep: number }>(
      `SELECT count(DISTINCT language)::int AS languages, count(DISTINCT visibility)::int AS visibilities,
              count(DISTINCT space_id)::int AS spaces, (SELECT max(depth) FROM post)::int AS deep FROM thread`,
    );
    expect(rows[0]).toMatchObject({ languages: 6, visibilities: 4, spaces: 11 });
    expect(rows[0].deep).toBeGreaterThan(10);
  });

  it('gives strategies, reports and stacks a thread of their kind in their space, and catches one that is not', async () => {
    expect(loaded.counts.strategies).toBeGreaterThan(0);
    expect(loaded.counts.reports).toBeGreaterThan(0);
    expect(loaded.counts.stacks).toBeGreaterThan(0);
    const { rows } = await client.query<{ strategies: number; versions: number }>(
      `SELECT (SELECT count(*) FROM ict_strategy)::int AS strategies,
              (SELECT count(*) FROM ict_strategy_version WHERE version = 1)::int AS versions`,
    );
    expect(rows[0].versions).toBe(rows[0].strategies);
    await client.query('BEGIN');
    try {
      await client.query(
        `UPDATE thread SET space_id = (SELECT id FROM space WHERE slug = 'general')
         WHERE id = (SELECT thread_id FROM ict_strategy LIMIT 1)`,
      );
      expect(Object.keys(await checkInvariants(client as never))).toContain(
        'strategies, reports and stacks sit in a thread of their kind, in their space, shared by their office',
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('keeps every invariant of the discussion tables', async () => {
    expect(await checkInvariants(client)).toEqual({});
  });

  it('has checks that catch a broken count, path or reply count', async () => {
    await client.query('BEGIN');
    try {
      await client.query('UPDATE thread SET post_count = post_count + 1 WHERE id = (SELECT id FROM thread LIMIT 1)');
      await client.query(
        `UPDATE post SET path = path || '.x' WHERE id = (SELECT id FROM post WHERE depth = 2 LIMIT 1)`,
      );
      await client.query('UPDATE post SET reply_count = reply_count + 1 WHERE id = (SELECT id FROM post LIMIT 1)');
      const failures = await checkInvariants(client as never);
      expect(Object.keys(failures)).toEqual(
        expect.arrayContaining([
          'post_count is the number of posts of the thread',
          'paths are well formed and depth matches',
          'reply_count is the number of direct replies',
        ]),
      );
      expect(Object.keys(INVARIANTS).length).toBeGreaterThan(10);
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('serves a generated thread through the API in path order, and signs in a bench member', async () => {
    const { rows } = await client.query<{ id: string; post_count: number }>(
      `SELECT id, post_count FROM thread WHERE visibility = 'PUBLIC' ORDER BY post_count DESC LIMIT 1`,
    );
    const { rows: order } = await client.query<{ id: string }>(
      'SELECT id FROM post WHERE thread_id = $1 ORDER BY path COLLATE "C" LIMIT 50',
      [rows[0].id],
    );
    const page = await api.client.data<{
      thread: { postCount: number; posts: { edges: { node: { id: string; bodyHtml: string } }[] } };
    }>('query($id: ID!) { thread(id: $id) { postCount posts(first: 50) { edges { node { id bodyHtml } } } } }', {
      id: rows[0].id,
    });
    expect(page.thread.postCount).toBe(rows[0].post_count);
    expect(page.thread.posts.edges.map((e) => e.node.id)).toEqual(order.map((r) => r.id));
    const signIn = await api.client.data<{ signIn: { accessToken: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email: benchEmail(0), password: BENCH_PASSWORD } },
    );
    expect(signIn.signIn.accessToken).toEqual(expect.any(String));
  });
});
