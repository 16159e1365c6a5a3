// The figures, next to the targets of issue 9, as a table on the console and as JSON in test/bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { RESULTS } from './paths.mjs';
import { withClient } from './server.mjs';

export async function machine(url) {
  const postgres = await withClient(url, async (c) => (await c.query('SHOW server_version')).rows[0].server_version);
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    postgres,
    loadAverage: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    note: 'load generator (autocannon), API, baseline and PostgreSQL share these cores',
  };
}

const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

export function targetsOf({ scenarios: s, statements, data }) {
  const targets = [];
  const add = (target, figure, pass) => targets.push({ target, figure, pass });
  for (const auth of ['anonymous', 'signed in']) {
    const wide = s[`thread page, ${auth}, 50 connections`];
    const ratio = wide.api.reqPerSec / wide.baseline.reqPerSec;
    add(
      `thread page ${auth}: req/s >= 0.40x baseline at 50 connections`,
      // CPU per request barely depends on what else runs on the machine: its ratio is the req/s ratio both
      // would reach if each had the cores to itself.
      `${f(ratio, 2)}x (${f(wide.api.reqPerSec, 0)} vs ${f(wide.baseline.reqPerSec, 0)} req/s; by CPU per request ` +
        `${f(wide.baseline.cpuMsPerRequest / wide.api.cpuMsPerRequest, 2)}x)`,
      ratio >= 0.4,
    );
    const narrow = s[`thread page, ${auth}, 10 connections`];
    const p99 = narrow.api.p99 / narrow.baseline.p99;
    add(
      `thread page ${auth}: p99 <= 4x baseline's at 10 connections`,
      `${f(p99, 2)}x (${f(narrow.api.p99)} vs ${f(narrow.baseline.p99)} ms)`,
      p99 <= 4,
    );
  }
  // The statement target is for the thread page and the space list.
  for (const [kind, n] of Object.entries(statements.perRequest).filter(([k]) =>
    /^(thread page|space thread list)/.test(k),
  ))
    add(`${kind}: SQL statements per request <= 3`, f(n, 1), n <= 3);
  for (const auth of ['anonymous', 'signed in']) {
    const list = s[`space thread list (20), ${auth}, 10 connections`].api;
    add(`space thread list ${auth}: p99 < 50 ms at 10 connections`, `${f(list.p99)} ms`, list.p99 < 50);
  }
  const reply = s['reply, signed in, 20 connections'].api;
  add(
    'reply: >= 300 writes/s from 20 connections, no errors',
    `${f(reply.reqPerSec, 0)} writes/s, ${reply.errors} errors` +
      (reply.withDeliveries
        ? `; ${f(reply.withDeliveries.perSecond, 0)}/s with their deliveries (outbox drained ${f(reply.withDeliveries.drainSeconds)} s after the runs)`
        : ''),
    reply.reqPerSec >= 300 && reply.errors === 0,
  );
  const rss = Math.max(...Object.values(s).map((x) => x.api.peakRssMiB));
  add('API peak RSS < 300 MB', `${f(rss, 0)} MiB`, rss * 1.048576 < 300);
  add(
    'seeding a million posts < 2 minutes',
    data.posts >= 1_000_000
      ? `${f(data.totalSeconds)} s`
      : `not at 1M here (${data.posts} posts: ${f(data.totalSeconds)} s)`,
    data.posts >= 1_000_000 ? data.totalSeconds < 120 : null,
  );
  return targets;
}

export function printReport(results, log) {
  const { machine: m, data, scenarios } = results;
  log(
    `\n[bench] ${m.date} on ${m.cores} x ${m.cpu}, ${m.memoryGiB} GiB, Linux ${m.kernel}, Node ${m.node}, PostgreSQL ${m.postgres}`,
  );
  log(
    `[bench] data: ${data.counts.posts} posts, ${data.counts.threads} threads, ${data.counts.members} members, ${data.counts.reactions} reactions (seeded in ${f(data.totalSeconds)} s)`,
  );
  log(
    `[bench] resident memory after start and sign-in: API ${f(results.rssAtStart.api, 0)} MiB, baseline ${f(results.rssAtStart.baseline, 0)} MiB`,
  );
  log(
    `[bench] ${results.rounds} round(s) of ${results.seconds} s per figure; API and baseline interleaved; ${m.note}\n`,
  );
  const header = [
    'scenario',
    'server',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'CPU ms/req',
    'DB CPU ms/req',
    'peak RSS MiB',
  ];
  const rows = [header];
  for (const [name, byServer] of Object.entries(scenarios))
    for (const [server, x] of Object.entries(byServer))
      rows.push([
        name,
        server,
        f(x.reqPerSec, 0),
        f(x.p50),
        f(x.p95),
        f(x.p99),
        String(x.errors),
        f(x.cpuMsPerRequest, 2),
        f(x.dbCpuMsPerRequest, 2),
        f(x.peakRssMiB, 0),
      ]);
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows)
    log(row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  log('\n[bench] SQL statements per request (counted on the wire):');
  for (const [kind, n] of Object.entries(results.statements.perRequest)) log(`  ${kind}: ${n}`);
  log('\n[bench] targets:');
  for (const t of results.targets)
    log(`  ${t.pass === null ? 'n/a ' : t.pass ? 'MET ' : 'MISS'}  ${t.target}: ${t.figure}`);
}

export function saveResults(results) {
  mkdirSync(RESULTS, { recursive: true });
  const name = results.smoke
    ? 'smoke'
    : `${results.machine.date.slice(0, 16).replace(/:/g, '')}-${results.data.posts}-posts`;
  const file = `${RESULTS}${name}.json`;
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return file;
}

/** Writes `results` to test/bench/results/<name>.json; returns the file. */
export function saveNamed(name, results) {
  mkdirSync(RESULTS, { recursive: true });
  const file = `${RESULTS}${name}.json`;
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return file;
}

export function saveSeeding(results) {
  mkdirSync(RESULTS, { recursive: true });
  const name = `${results.machine.date.slice(0, 16).replace(/:/g, '')}-seed-${results.seeding.posts}-posts`;
  const file = `${RESULTS}${name}.json`;
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return file;
}
