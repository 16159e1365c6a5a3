// Before any figure: the API serves the generated data correctly (pages in path order, exact counts, no errors), and
// the baseline answers the same page, so the two are compared doing the same work.
import { deepStrictEqual } from 'node:assert/strict';
import { graphql, SPACE_THREADS, THREAD_PAGE } from './scenarios.mjs';
import { withClient } from './server.mjs';

const essence = (answer) => {
  const t = answer.data.thread;
  return {
    thread: [t.id, t.title, t.postCount, t.author.displayName, t.author.office.code],
    posts: t.posts.edges.map(({ node: p }) => [
      p.id,
      p.depth,
      p.bodyHtml,
      p.deleted,
      p.replyCount,
      p.author.displayName,
      p.author.office.code,
      p.reactions.map((r) => `${r.kind}:${r.count}:${r.reactedByMe}`).join(','),
    ]),
    hasNextPage: t.posts.pageInfo.hasNextPage,
  };
};

export async function checkThreadPages(api, baseline, url, threadIds, token) {
  let pages = 0;
  await withClient(url, async (client) => {
    for (const id of threadIds) {
      const { rows } = await client.query(
        'SELECT id FROM post WHERE thread_id = $1 ORDER BY path COLLATE "C" LIMIT 50',
        [id],
      );
      const {
        rows: [{ n }],
      } = await client.query('SELECT count(*)::int AS n FROM post WHERE thread_id = $1', [id]);
      for (const viewer of [null, token]) {
        const fromApi = await graphql(api.url, THREAD_PAGE, { id }, viewer);
        const fromBaseline = await graphql(baseline.url, THREAD_PAGE, { id }, viewer);
        if (fromApi.errors || fromBaseline.errors)
          throw new Error(`thread ${id}: ${JSON.stringify(fromApi.errors ?? fromBaseline.errors)}`);
        const page = essence(fromApi);
        deepStrictEqual(
          page.posts.map((p) => p[0]),
          rows.map((r) => r.id),
          `thread ${id}: posts not in path order`,
        );
        deepStrictEqual(page.thread[2], n, `thread ${id}: postCount is not the number of posts`);
        deepStrictEqual(essence(fromBaseline), page, `thread ${id}: the baseline answers another page`);
        pages += 1;
      }
    }
  });
  for (const viewer of [null, token]) {
    const list = await graphql(api.url, SPACE_THREADS, { slug: 'general' }, viewer);
    if (list.errors) throw new Error(`space list: ${JSON.stringify(list.errors)}`);
  }
  return `${pages} thread pages (anonymous and signed in) identical between API and baseline, in path order, post counts exact; space lists answer`;
}
