#!/usr/bin/env node
// `node test/bench/explain-search.mjs --database forum_bench_search "data model" [--signed-in] [--planning-only]`
// (after npm run build):
// EXPLAIN (ANALYZE, BUFFERS) of the statement search sends for a query, on a benchmark database (DATABASE_URL's
// server), as an anonymous caller or as a member of the office with the most content. Prints the plan.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dist } from './lib/paths.mjs';
import { benchServer } from './lib/server.mjs';
import { argsOf } from './seed.mjs';

const argv = process.argv.slice(2);
const query = argv.find((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--database'));
const args = argsOf(argv.filter((arg) => arg !== query));
const { SearchRepository } = await import(dist('libs/search/src/search.repository.js'));
const { parseQuery } = await import(dist('libs/search/src/search-query.js'));
const server = await benchServer();
const dataSource = await new DataSource({
  type: 'postgres',
  url: server.urlOf(args.database ?? 'forum_bench_search'),
}).initialize();
try {
  await dataSource.query('SET jit = off');
  const [{ office_id: officeId }] = await dataSource.query(
    `SELECT office_id FROM search_document GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const viewer = args['signed-in'] ? { memberId: officeId, officeId, role: 'MEMBER' } : null;
  const typed = parseQuery(query);
  const criteria = {
    text: typed.text,
    short: typed.short,
    cjkRuns: [],
    threadKinds: null,
    officeIds: null,
    language: null,
    spaceId: null,
    from: null,
    to: null,
    documentKinds: null,
  };
  const explaining = {
    connection: dataSource,
    query: async (text, values) => {
      if (args['planning-only']) {
        // The least of 20 plannings (EXPLAIN without ANALYZE plans only): the machine's load inflates the others.
        const times = [];
        for (let i = 0; i < 20; i++) {
          const rows = await dataSource.query(`EXPLAIN (SUMMARY) ${text}`, values);
          times.push(Number(/Planning Time: ([\d.]+)/.exec(rows.at(-1)['QUERY PLAN'])[1]));
        }
        console.log(`planning: least ${Math.min(...times)} ms, median ${times.sort((a, b) => a - b)[10]} ms`);
        return [];
      }
      const rows = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
      return [];
    },
  };
  await new SearchRepository().hits(explaining, viewer, criteria, { limit: 21, offset: 0 }, new Date());
} finally {
  await dataSource.destroy();
  await server.stop();
}
