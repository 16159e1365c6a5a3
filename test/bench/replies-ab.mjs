#!/usr/bin/env node
// `node test/bench/replies-ab.mjs [--database forum_bench] [--seconds 10] [--rounds 2] [--variants batch20,batch1]`
// Replies from 20 connections against API variants (environment), one API at a time on an already seeded benchmark
// database, round after round: the reply rate while the load runs, and the rate with the deliveries the replies
// caused (notifications, real time, e-mail): replies / (load time + the time the outbox then took to drain).
import { performance } from 'node:perf_hooks';
import { argsOf, BENCH_PASSWORD, benchEmail } from './seed.mjs';
import { fire, summarize } from './lib/load.mjs';
import { cpuSeconds, newJwtSecret, startApi } from './lib/processes.mjs';
import { machine, saveNamed } from './lib/report.mjs';
import { graphql, replies, SIGN_IN } from './lib/scenarios.mjs';
import { benchServer, drainOutbox, publicThreads } from './lib/server.mjs';

const VARIANTS = {
  batch20: { EVENTS_BATCH_SIZE: '20' },
  batch1: { EVENTS_BATCH_SIZE: '1' },
};

const args = argsOf(process.argv.slice(2));
const database = args.database ?? 'forum_bench';
const seconds = Number(args.seconds ?? 10);
const rounds = Number(args.rounds ?? 2);
const names = (args.variants ?? 'batch20,batch1').split(',');
const server = await benchServer();
const url = server.urlOf(database);
const jwtSecret = newJwtSecret();
const results = Object.fromEntries(names.map((name) => [name, []]));
try {
  const threadIds = await publicThreads(url, 100);
  await drainOutbox(url);
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      const api = await startApi(url, { jwtSecret, name: `api-${name}`, env: VARIANTS[name] });
      try {
        const tokens = [];
        for (let i = 0; i < 5; i++) {
          const answer = await graphql(api.url, SIGN_IN, { input: { email: benchEmail(i), password: BENCH_PASSWORD } });
          tokens.push(answer.data.signIn.accessToken);
        }
        const cpuBefore = cpuSeconds(api.pid);
        const run = await fire(api, { connections: 20, seconds, next: replies(threadIds, tokens), database });
        const drainStarted = performance.now();
        const left = await drainOutbox(url);
        const drainSeconds = (performance.now() - drainStarted) / 1000;
        const cpuWithDeliveries = cpuSeconds(api.pid) - cpuBefore;
        results[name].push({ ...summarize([run]), drainSeconds, left, cpuWithDeliveries });
        console.log(
          `[replies-ab] ${name}: ${(run.requests / run.seconds).toFixed(0)} replies/s, outbox drained ${drainSeconds.toFixed(1)} s later` +
            ` -> ${(run.requests / (run.seconds + drainSeconds)).toFixed(0)}/s with deliveries, API CPU ${((1000 * cpuWithDeliveries) / run.requests).toFixed(2)} ms per reply with them`,
        );
      } finally {
        await api.stop();
      }
    }
  }
  const table = names.map((name) => {
    const runs = results[name];
    const requests = runs.reduce((s, r) => s + r.requests, 0);
    const loadSeconds = runs.reduce((s, r) => s + r.seconds, 0);
    const drain = runs.reduce((s, r) => s + r.drainSeconds, 0);
    const cpu = runs.reduce((s, r) => s + r.cpuWithDeliveries, 0);
    return {
      variant: name,
      repliesPerSecond: requests / loadSeconds,
      withDeliveriesPerSecond: requests / (loadSeconds + drain),
      apiCpuMsPerReplyWithDeliveries: (1000 * cpu) / requests,
      errors: runs.reduce((s, r) => s + r.errors, 0),
      p99: Math.max(...runs.map((r) => r.p99)),
    };
  });
  console.log(
    '\nvariant   replies/s  with deliveries/s  API CPU ms/reply (with deliveries)  errors  p99 ms (worst run)',
  );
  for (const row of table) {
    console.log(
      `${row.variant.padEnd(9)} ${row.repliesPerSecond.toFixed(0).padStart(9)} ${row.withDeliveriesPerSecond.toFixed(0).padStart(18)}` +
        `${row.apiCpuMsPerReplyWithDeliveries.toFixed(2).padStart(35)} ${String(row.errors).padStart(7)} ${row.p99.toFixed(0).padStart(20)}`,
    );
  }
  const about = await machine(url);
  const file = saveNamed(`${about.date.slice(0, 16).replace(/:/g, '')}-replies-ab`, {
    machine: about,
    seconds,
    rounds,
    table,
    results,
  });
  console.log(`[replies-ab] ${file}`);
} finally {
  await server.stop();
}
