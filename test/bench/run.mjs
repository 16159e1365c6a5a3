#!/usr/bin/env node
// `npm run bench [-- --smoke] [--posts 200000] [--seconds 10] [--rounds 2] [--reseed] [--node-options=...] [--skip-fanout]
//   [--answer-cache-seconds 0]`
// Seeds (or reuses) the benchmark database, starts the production API and the bare baseline, checks that both serve
// the generated data correctly, runs the HTTP scenarios and the socket.io fan-out (issue 12), counts SQL statements
// per request, and prints and saves the figures next to the targets of issues 9 and 12. --smoke: a small data set and
// one-second runs (about 10 s of load), for CI; it fails on any error.
import { performance } from 'node:perf_hooks';
import { argsOf, BENCH_PASSWORD, benchEmail, seedBenchDatabase } from './seed.mjs';
import { checkThreadPages } from './lib/correctness.mjs';
import { fire, summarize } from './lib/load.mjs';
import { machine, printReport, saveResults, targetsOf } from './lib/report.mjs';
import { newJwtSecret, rssMiB, startApi, startNode } from './lib/processes.mjs';
import {
  graphql,
  radars,
  replies,
  SIGN_IN,
  spaceLists,
  strategyFilters,
  strategyLists,
  threadPages,
} from './lib/scenarios.mjs';
import { countStatements } from './lib/statements.mjs';
import { benchServer, drainOutbox, seededMeta, withClient } from './lib/server.mjs';
import { fanout, printFanout } from './lib/fanout.mjs';

const args = argsOf(process.argv.slice(2));
const smoke = args.smoke === 'true';
const posts = Number(args.posts ?? (smoke ? 5_000 : 200_000));
const seconds = Number(args.seconds ?? (smoke ? 1 : 10));
const rounds = Number(args.rounds ?? (smoke ? 1 : 2));
const database = args.database ?? (smoke ? 'forum_bench_smoke' : 'forum_bench');
const log = (line) => console.log(line);

const server = await benchServer();
const stops = [];
let failed = false;
try {
  const wanted = { posts, ...(smoke ? { members: 500, offices: 50 } : {}) };
  let meta = await seededMeta(server.adminUrl, database);
  // A data set from before strategies, reports and stacks were generated is seeded again.
  const stale = meta?.counts?.strategies === undefined;
  if (args.reseed === 'true' || stale || meta?.posts !== posts || meta?.members !== (wanted.members ?? 10_000)) {
    log(`[bench] seeding ${database} with ${posts} posts`);
    meta = await seedBenchDatabase(server, database, wanted, log);
  } else log(`[bench] reusing ${database}, seeded ${meta.at} with ${posts} posts (--reseed to start again)`);
  const url = server.urlOf(database);

  const { threadIds, slugs, filters } = await withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT id FROM thread WHERE visibility = 'PUBLIC' AND NOT locked ORDER BY post_count > 50 DESC, md5(id::text) LIMIT 100`,
    );
    const { rows: spaces } = await client.query('SELECT slug FROM space ORDER BY position');
    // Offices with public strategies, for the strategies scenario's office filter.
    const { rows: withStrategies } = await client.query(
      `SELECT DISTINCT o.code FROM ict_strategy s JOIN office o ON o.id = s.office_id WHERE s.visibility = 'PUBLIC'
       ORDER BY o.code LIMIT 5`,
    );
    return {
      threadIds: rows.map((r) => r.id),
      slugs: spaces.map((s) => s.slug),
      filters: strategyFilters(withStrategies.map((r) => r.code)),
    };
  });

  const jwtSecret = newJwtSecret();
  // `--node-options=--max-old-space-size=256`: flags for the timed API's Node (a heap limit, a GC setting ...).
  // `--answer-cache-seconds 0`: without the kept anonymous answers (docs/performance.md, "Anonymous answers").
  const api = await startApi(url, {
    jwtSecret,
    env: {
      ...(args['node-options'] ? { NODE_OPTIONS: args['node-options'] } : {}),
      ...(args['answer-cache-seconds'] ? { ANSWER_CACHE_SECONDS: args['answer-cache-seconds'] } : {}),
    },
  });
  stops.push(api);
  const baseline = await startNode('baseline', 'test/bench/baseline-server.mjs', {
    DATABASE_URL: url,
    JWT_SECRET: jwtSecret,
    DATABASE_POOL_SIZE: '10',
  });
  stops.push(baseline);
  const signIn = async () => {
    const tokens = [];
    for (let i = 0; i < 5; i++) {
      const answer = await graphql(api.url, SIGN_IN, { input: { email: benchEmail(i), password: BENCH_PASSWORD } });
      if (!answer.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
      tokens.push(answer.data.signIn.accessToken);
    }
    return tokens;
  };
  let tokens = await signIn();
  const rssAtStart = { api: rssMiB(api.pid), baseline: rssMiB(baseline.pid) };
  log(
    `[bench] API ${api.url} (pid ${api.pid}), baseline ${baseline.url} (pid ${baseline.pid}); ${threadIds.length} threads in rotation`,
  );

  // The API's outbox worker first delivers what earlier runs' replies left (notifications ...): not this run's work.
  const pending = await drainOutbox(url);
  log(`[bench] outbox: ${pending === 0 ? 'no delivery pending' : `${pending} deliveries still pending after 120 s`}`);

  const checked = await checkThreadPages(api, baseline, url, threadIds.slice(0, 3), tokens[0]);
  log(`[bench] correctness: ${checked}`);

  const run = (target, connections, next, s = seconds) => fire(target, { connections, seconds: s, next, database });
  const scenarios = {};
  for (const connections of [50, 10]) {
    for (const signedIn of [false, true]) {
      const label = `thread page, ${signedIn ? 'signed in' : 'anonymous'}, ${connections} connections`;
      const next = () => threadPages(threadIds, signedIn ? tokens : [null]);
      if (!smoke) {
        // Warm-up (JIT, plans, pools), not counted.
        await run(api, connections, next(), Math.max(1, seconds / 5));
        await run(baseline, connections, next(), Math.max(1, seconds / 5));
      }
      const apiRuns = [];
      const baseRuns = [];
      for (let r = 0; r < rounds; r++) {
        apiRuns.push(await run(api, connections, next()));
        baseRuns.push(await run(baseline, connections, next()));
      }
      scenarios[label] = { api: summarize(apiRuns), baseline: summarize(baseRuns) };
      log(`[bench] ${label}: done`);
    }
    tokens = await signIn();
  }
  for (const signedIn of [false, true]) {
    const label = `space thread list (20), ${signedIn ? 'signed in' : 'anonymous'}, 10 connections`;
    const runs = [];
    for (let r = 0; r < rounds; r++) runs.push(await run(api, 10, spaceLists(slugs, signedIn ? tokens : [null])));
    scenarios[label] = { api: summarize(runs) };
    log(`[bench] ${label}: done`);
  }
  // Scenario (d): strategies with a filter and the technology radar (search has its own benchmark, search.mjs).
  for (const [name, next] of [
    ['ictStrategies with a filter (20)', (t) => strategyLists(filters, t)],
    ['technologyRadar', (t) => radars(t)],
  ])
    for (const signedIn of [false, true]) {
      const label = `${name}, ${signedIn ? 'signed in' : 'anonymous'}, 10 connections`;
      const runs = [];
      for (let r = 0; r < rounds; r++) runs.push(await run(api, 10, next(signedIn ? tokens : [null])));
      scenarios[label] = { api: summarize(runs) };
      log(`[bench] ${label}: done`);
    }
  tokens = await signIn();
  const replyRuns = [];
  let drainSeconds = 0;
  for (let r = 0; r < rounds; r++) {
    replyRuns.push(await run(api, 20, replies(threadIds, tokens)));
    // The deliveries the replies caused (notifications, real time, e-mail) are work the replies cost too: the
    // time the outbox takes to drain after each run gives the rate replies are sustained at with them.
    const drainStarted = performance.now();
    await drainOutbox(url);
    drainSeconds += (performance.now() - drainStarted) / 1000;
  }
  const replySummary = summarize(replyRuns);
  replySummary.withDeliveries = {
    drainSeconds,
    perSecond: replySummary.requests / (replySummary.seconds + drainSeconds),
  };
  scenarios['reply, signed in, 20 connections'] = { api: replySummary };
  log('[bench] replies: done');

  // Issue 12, acceptance 7 (also alone: npm run bench:fanout): reply -> the last of N socket.io clients.
  // --skip-fanout: the HTTP scenarios alone (the fan-out also runs alone: npm run bench:fanout).
  await drainOutbox(url);
  const fanoutResult =
    args['skip-fanout'] === 'true'
      ? null
      : await fanout({
          api,
          threadId: threadIds[0],
          clients: smoke ? 200 : 2_000,
          rounds: smoke ? 3 : 20,
          warmup: smoke ? 1 : 3,
          log,
        });
  if (fanoutResult) log('[bench] fan-out: done');

  await api.stop();
  await baseline.stop();
  const statements = await countStatements(url, { threadIds, slugs, strategyFilters: filters, jwtSecret });
  log(`[bench] statements per request: ${JSON.stringify(statements.perRequest)}`);

  const results = {
    machine: await machine(url),
    data: meta,
    seconds,
    rounds,
    smoke,
    rssAtStart,
    scenarios,
    statements,
    checked,
    fanout: fanoutResult,
  };
  results.targets = targetsOf(results);
  printReport(results, log);
  if (fanoutResult) printFanout(fanoutResult, log);
  const file = saveResults(results);
  log(`[bench] results written to ${file}`);
  const errors = Object.values(scenarios).reduce((n, s) => n + s.api.errors + (s.baseline?.errors ?? 0), 0);
  if (errors > 0) {
    failed = true;
    log(`[bench] ${errors} requests failed`);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const process of stops) await process.stop();
  await server.stop();
}
log(`[bench] finished in ${(performance.now() / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
