#!/usr/bin/env node
// `npm run bench:seed -- --posts 1000000 [--threads N] [--members 10000] [--offices 200] [--database forum_bench]`
// Creates the benchmark database (schema, offices, spaces and first admin from the production API's own start), then
// bulk-loads a forum of the requested size with COPY and checks the invariants of the discussion tables.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { dist } from './lib/paths.mjs';
import { machine, saveSeeding } from './lib/report.mjs';
import { startApi } from './lib/processes.mjs';
import { benchServer, withClient } from './lib/server.mjs';
import { checkInvariants } from './seed/invariants.mjs';
import { loadForum } from './seed/load.mjs';

export { BENCH_MEMBERS, BENCH_PASSWORD, benchEmail } from './seed/load.mjs';

/** Drops and creates `database`, then lets the production API migrate it and seed offices, spaces and an admin. */
export async function createBenchDatabase(server, database) {
  await withClient(server.adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${database}`);
  });
  const api = await startApi(server.urlOf(database), { name: 'api-migrate' });
  await api.stop();
}

/** Creates and loads `database`, records what it holds as the database's comment, checks the invariants. */
export async function seedBenchDatabase(server, database, options, log = console.log) {
  const started = performance.now();
  await createBenchDatabase(server, database);
  log(`[seed] created ${database} and let the API migrate it (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const { renderMarkdown } = await import(dist('libs/discussions/src/index.js'));
  const loaded = await loadForum(server.urlOf(database), options, renderMarkdown, log);
  const total = (performance.now() - started) / 1000;
  const meta = { ...loaded, loadSeconds: loaded.seconds, totalSeconds: total, at: new Date().toISOString() };
  await withClient(server.adminUrl, (c) => c.query(`COMMENT ON DATABASE ${database} IS '${JSON.stringify(meta)}'`));
  log(
    `[seed] ${loaded.counts.posts} posts in ${loaded.seconds.toFixed(1)} s of loading, ${total.toFixed(1)} s with the database creation`,
  );
  const checkStart = performance.now();
  const failures = await withClient(server.urlOf(database), checkInvariants);
  const checked = (performance.now() - checkStart) / 1000;
  const broken = Object.keys(failures).length > 0;
  log(
    `[seed] invariants ${broken ? `BROKEN: ${JSON.stringify(failures)}` : 'all hold'} (checked in ${checked.toFixed(1)} s)`,
  );
  if (broken) throw new Error(`the generated data breaks invariants: ${JSON.stringify(failures)}`);
  return { ...meta, invariantsCheckedSeconds: checked };
}

function argsOf(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`unknown argument ${argv[i]}`);
    args[match[1]] = match[2] ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
  }
  return args;
}
export { argsOf };

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = argsOf(process.argv.slice(2));
  const posts = Number(args.posts ?? 1_000_000);
  const options = { posts };
  for (const key of ['threads', 'members', 'offices', 'seed']) if (args[key]) options[key] = Number(args[key]);
  const server = await benchServer();
  try {
    const database = args.database ?? 'forum_bench';
    const seeding = await seedBenchDatabase(server, database, options);
    const file = saveSeeding({ machine: await machine(server.urlOf(database)), seeding });
    console.log(`[seed] figures written to ${file}`);
  } finally {
    await server.stop();
  }
}
