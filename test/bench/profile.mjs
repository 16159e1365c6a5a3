#!/usr/bin/env node
// `node test/bench/profile.mjs [--scenario thread|list|reply|search|deliveries] [--seconds 10] [--connections 10] [--database forum_bench]`
// Where the API's CPU goes in one scenario: the production API runs with --cpu-prof against an already seeded
// benchmark database (npm run bench or bench:seed first), and the profile's self time is summed by package and by
// function. `deliveries`: another API without its event worker takes replies for --seconds, then the profiled API
// only delivers the events they left (notifications, real time, e-mail) until the outbox is drained. The profiler slows the API down: read the shares, not the speed.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { argsOf, BENCH_PASSWORD, benchEmail } from './seed.mjs';
import { fire } from './lib/load.mjs';
import { startApi } from './lib/processes.mjs';
import { graphql, replies, SIGN_IN, spaceLists, threadPages } from './lib/scenarios.mjs';

const SEARCH = `query Search($query: String!) { search(query: $query) {
  hits(first: 20) { totalCount totalCountCapped edges { score snippet node { __typename ... on Thread { id title } ... on Post { id } } } }
} }`;
const WORDS = [
  'data model',
  'legacy document',
  'survey results',
  'dépôt électronique',
  'mainframe -cloud',
  '商标 检索',
];
let searchCount = 0;
const searches = (tokens) => () => ({
  body: JSON.stringify({ query: SEARCH, variables: { query: WORDS[searchCount++ % WORDS.length] } }),
  headers: { authorization: `Bearer ${tokens[0]}` },
});
import { benchServer, drainOutbox, publicThreads, withClient } from './lib/server.mjs';
import { performance } from 'node:perf_hooks';
import { cpuSeconds } from './lib/processes.mjs';

const args = argsOf(process.argv.slice(2));
const database = args.database ?? 'forum_bench';
const scenario = args.scenario ?? 'thread';
const server = await benchServer();
const url = server.urlOf(database);
const dir = mkdtempSync(`${tmpdir()}/forum-bench-profile-`);
if (scenario === 'deliveries') {
  const writer = await startApi(url, { name: 'api-writer', env: { EVENTS_WORKER: 'false' } });
  try {
    const threadIds = await publicThreads(url, 100);
    const answer = await graphql(writer.url, SIGN_IN, { input: { email: benchEmail(0), password: BENCH_PASSWORD } });
    const next = replies(threadIds, [answer.data.signIn.accessToken]);
    const run = await fire(writer, { connections: 20, seconds: Number(args.seconds ?? 10), next, database });
    console.log(`[profile] deliveries: ${run.requests} replies written without delivering their events`);
  } finally {
    await writer.stop();
  }
}
const api = await startApi(url, { env: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` } });
try {
  const { threadIds, slugs } = await withClient(url, async (c) => ({
    threadIds: (
      await c.query(`SELECT id FROM thread WHERE visibility = 'PUBLIC' AND NOT locked AND post_count > 50 LIMIT 100`)
    ).rows.map((r) => r.id),
    slugs: (await c.query('SELECT slug FROM space')).rows.map((r) => r.slug),
  }));
  if (scenario === 'deliveries') {
    const started = performance.now();
    const left = await drainOutbox(url);
    const { seconds, cpu } = { seconds: (performance.now() - started) / 1000, cpu: cpuSeconds(api.pid) };
    console.log(
      `[profile] deliveries: outbox drained in ${seconds.toFixed(1)} s (${left} left), API CPU so far ${cpu.toFixed(1)} s`,
    );
  } else await load(threadIds, slugs);
} finally {
  await api.stop();
  await server.stop();
}

async function load(threadIds, slugs) {
  const answer = await graphql(api.url, SIGN_IN, { input: { email: benchEmail(0), password: BENCH_PASSWORD } });
  const tokens = [answer.data.signIn.accessToken];
  const next = {
    thread: threadPages(threadIds, tokens),
    list: spaceLists(slugs, tokens),
    reply: replies(threadIds, tokens),
    search: searches(tokens),
  }[scenario];
  const run = await fire(api, {
    connections: Number(args.connections ?? 10),
    seconds: Number(args.seconds ?? 10),
    next,
    database,
  });
  console.log(
    `[profile] ${scenario}: ${run.requests} requests, ${run.errors} errors, ${((1000 * run.cpuSeconds) / run.requests).toFixed(2)} ms CPU each (profiled)`,
  );
}

const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
// Only the samples from the first GraphQL execution on: the start-up (module loading, migrations) is not the load.
const marker = scenario === 'deliveries' ? 'event-worker' : 'node_modules/graphql/';
const first = profile.samples.findIndex((id) => byId.get(id).callFrame.url.includes(marker));
const samples = profile.samples.slice(Math.max(0, first));
const ticks = new Map();
for (const id of samples) ticks.set(id, (ticks.get(id) ?? 0) + 1);
const total = samples.length;
const packageOf = ({ url, functionName }) => {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  const own = /dist\/(libs\/(?:platform\/)?[^/]+|apps\/[^/]+)/.exec(url);
  if (own) return `forum: ${own[1]}`;
  return url.startsWith('node:') ? 'node (core)' : url;
};
const sum = (key) => {
  const sums = new Map();
  for (const [id, n] of ticks) {
    const k = key(byId.get(id).callFrame);
    sums.set(k, (sums.get(k) ?? 0) + n);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
};
const print = (title, rows, count) => {
  console.log(`\n[profile] ${title} (share of ${total} samples, self time):`);
  for (const [name, n] of rows.slice(0, count))
    console.log(`  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${name}`);
};
print('by package', sum(packageOf), 15);
print(
  'by function',
  sum((f) => `${f.functionName || '(anonymous)'}  ${packageOf(f)}:${f.lineNumber + 1}`),
  25,
);
console.log(`\n[profile] ${dir}/${file} opens in Chrome DevTools (Performance) for the call tree.`);
