import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { DiscussionsModule, discussionsEntities } from '@forum/discussions';
import { createTestMember, IdentityModule, identityEntities, signInForTest } from '@forum/identity';
import { createTestApp, type TestApp } from '@forum/testing';

// How fast a member reads a large thread page by page, and how fast replies land when many arrive at once.
// Figures are printed, never asserted: they depend on the machine.
const POSTS = 5_000;
const READS = 200;
const REPLIES = 400;
const CONCURRENCY = 20;

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
  return `p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms`;
}

describe('benchmark: thread pages and concurrent replies', () => {
  let api: TestApp;
  let token: string;
  let threadId: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [CatalogModule, IdentityModule, DiscussionsModule],
      entities: [...catalogEntities, ...identityEntities, ...discussionsEntities],
      env: { DATABASE_POOL_SIZE: '10' },
    });
    const member = await createTestMember(api.app.get(DataSource), { officeCode: 'DE' });
    token = await signInForTest(api.client, member.email, member.password);
    const { startThread } = await api.client.data<{ startThread: { id: string } }>(
      'mutation { startThread(input: { spaceSlug: "recommendation-9", title: "A long thread", body: "root" }) { id } }',
      undefined,
      { token },
    );
    threadId = startThread.id;
    // A tree of 5,000 posts (10 top-level branches, each a mix of depths), written in one statement.
    await api.db.query(
      `INSERT INTO post (thread_id, path, depth, author_id, body, body_html)
       SELECT $1, '00000001.' || lpad((1 + (i % 10))::text, 8, '0') || '.' || lpad((100 + i)::text, 8, '0'), 2, $2, 'post ' || i, '<p>post ' || i || '</p>'
       FROM generate_series(1, $3) AS i`,
      [threadId, member.id, POSTS],
    );
    await api.db.query('UPDATE thread SET post_count = post_count + $2, last_post_sequence = $2 + 200 WHERE id = $1', [
      threadId,
      POSTS,
    ]);
    await api.db.query('ANALYZE post');
  });
  afterAll(() => api.close());

  it('reads pages of 50 posts with authors, offices and reactions', async () => {
    const query = `query($id: ID!, $after: String) { thread(id: $id) { posts(first: 50, after: $after) {
      pageInfo { endCursor } edges { node { id depth bodyHtml author { displayName office { code } } reactions { kind count } } } } } }`;
    const samples: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < READS; i++) {
      const start = performance.now();
      const page: { thread: { posts: { pageInfo: { endCursor: string | null } } } } = await api.client.data(
        query,
        { id: threadId, after },
        { token },
      );
      samples.push(performance.now() - start);
      after = i % 40 === 39 ? null : page.thread.posts.pageInfo.endCursor;
    }
    console.log(`[bench] thread page of 50 (thread of ${POSTS + 1} posts, ${READS} reads): ${percentiles(samples)}`);
  });

  it('takes replies from 20 concurrent clients', async () => {
    const mutation = 'mutation($input: ReplyInput!) { reply(input: $input) { id } }';
    const samples: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REPLIES) {
          next += 1;
          const start = performance.now();
          await api.client.data(mutation, { input: { threadId, body: `reply ${next}` } }, { token });
          samples.push(performance.now() - start);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[bench] ${REPLIES} replies to one thread from ${CONCURRENCY} clients: ${(REPLIES / seconds).toFixed(0)} replies/s, ${percentiles(samples)}`,
    );
    console.log(`[bench] memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  });
});
