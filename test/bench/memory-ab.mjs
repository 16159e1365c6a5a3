#!/usr/bin/env node
// `node test/bench/memory-ab.mjs [--database forum_bench] [--seconds 5] [--rounds 3] [--variants flags,arena2]`
// Side by side, on an already seeded benchmark database: API variants (environment and Node flags) started together,
// then the same load (thread pages at 50 connections, space lists at 10, replies at 20) on each in turn, round after
// round, printing each variant's peak RSS (VmHWM) and CPU per request. For choices that trade memory for CPU.
import { argsOf, BENCH_PASSWORD, benchEmail } from './seed.mjs';
import { fire, summarize } from './lib/load.mjs';
import { apiNodeFlags, newJwtSecret, rssMiB, startNode } from './lib/processes.mjs';
import { graphql, replies, SIGN_IN, spaceLists, threadPages } from './lib/scenarios.mjs';
import { benchServer, publicThreads, withClient } from './lib/server.mjs';
import { machine, saveNamed } from './lib/report.mjs';

const VARIANTS = {
  // What production runs: npm start's flags (the Docker image's CMD repeats them).
  flags: { env: {}, flags: apiNodeFlags() },
  // glibc's malloc keeps up to 8 arenas per core for the threads (libuv's pool, V8's GC helpers, workers).
  arena2: { env: { MALLOC_ARENA_MAX: '2' }, flags: apiNodeFlags() },
  defaults: { env: {}, flags: [] },
  semi8: { env: {}, flags: ['--max-semi-space-size=8', '--heap-growing-percent=40'] },
  semi32: { env: {}, flags: ['--max-semi-space-size=32', '--heap-growing-percent=40'] },
  hgp60: { env: {}, flags: ['--max-semi-space-size=16', '--heap-growing-percent=60'] },
  hgp100: { env: {}, flags: ['--max-semi-space-size=16', '--heap-growing-percent=100'] },
};

const args = argsOf(process.argv.slice(2));
const database = args.database ?? 'forum_bench';
const seconds = Number(args.seconds ?? 5);
const rounds = Number(args.rounds ?? 3);
const names = (args.variants ?? 'flags,arena2').split(',');
const server = await benchServer();
const url = server.urlOf(database);
const jwtSecret = newJwtSecret();
const apis = [];
try {
  for (const name of names) {
    const { env, flags } = VARIANTS[name];
    const api = await startNode(
      `api-${name}`,
      'dist/apps/api/src/main.js',
      { NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: jwtSecret, LOG_LEVEL: 'info', ...env },
      { nodeFlags: flags },
    );
    apis.push({ name, api, runs: { thread: [], list: [], reply: [] }, atStart: 0 });
  }
  const threadIds = await publicThreads(url, 100);
  const slugs = await withClient(url, async (c) => (await c.query('SELECT slug FROM space')).rows.map((r) => r.slug));
  const signIn = await graphql(apis[0].api.url, SIGN_IN, { input: { email: benchEmail(0), password: BENCH_PASSWORD } });
  const token = signIn.data.signIn.accessToken;
  for (const a of apis) a.atStart = rssMiB(a.api.pid);
  const load = {
    thread: { connections: 50, next: threadPages(threadIds) },
    list: { connections: 10, next: spaceLists(slugs) },
    reply: { connections: 20, next: replies(threadIds, [token]) },
  };
  for (let round = 0; round < rounds; round++) {
    for (const a of round % 2 ? [...apis].reverse() : apis) {
      for (const [kind, { connections, next }] of Object.entries(load)) {
        a.runs[kind].push(await fire(a.api, { connections, seconds, next, database }));
      }
    }
    console.log(`[memory-ab] round ${round + 1} of ${rounds} done`);
  }
  const table = apis.map((a) => {
    const figures = Object.fromEntries(Object.entries(a.runs).map(([kind, runs]) => [kind, summarize(runs)]));
    const peak = Math.max(...Object.values(figures).map((f) => f.peakRssMiB));
    return { variant: a.name, rssAtStartMiB: a.atStart, peakRssMiB: peak, figures };
  });
  console.log(
    '\nvariant   RSS at start  peak RSS   (MiB)   CPU ms/req: thread  list  reply   req/s: thread  list  reply  p99 list',
  );
  for (const row of table) {
    const f = row.figures;
    console.log(
      `${row.variant.padEnd(9)} ${row.rssAtStartMiB.toFixed(0).padStart(12)} ${row.peakRssMiB.toFixed(0).padStart(9)}` +
        `${f.thread.cpuMsPerRequest.toFixed(2).padStart(27)} ${f.list.cpuMsPerRequest.toFixed(2).padStart(5)} ${f.reply.cpuMsPerRequest.toFixed(2).padStart(6)}` +
        `${f.thread.reqPerSec.toFixed(0).padStart(15)} ${f.list.reqPerSec.toFixed(0).padStart(5)} ${f.reply.reqPerSec.toFixed(0).padStart(6)} ${f.list.p99.toFixed(0).padStart(9)}`,
    );
  }
  const about = await machine(url);
  const file = saveNamed(`${about.date.slice(0, 16).replace(/:/g, '')}-memory-ab`, {
    machine: about,
    seconds,
    rounds,
    table,
  });
  console.log(`[memory-ab] ${file}`);
} finally {
  for (const a of apis) await a.api.stop();
  await server.stop();
}
