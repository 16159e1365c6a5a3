#!/usr/bin/env node
// `npm run bench:fanout [-- --clients 2000] [--rounds 20] [--smoke] [--database forum_bench_fanout] [--redis-url URL]`
// Issue 12, acceptance 7, on its own (npm run bench runs it too): the production API on a small generated forum
// (5,000 posts: the fan-out does not depend on the data's size), N socket.io clients in another process joined to a
// public thread, the time from a `reply` answer to the last client's `post.created`, beside a bare socket.io
// broadcast to the same clients. --smoke: 200 clients, 3 rounds. --redis-url: the API with socket.io's Redis adapter
// (REDIS_URL) instead of the PostgreSQL one.
import { argsOf, seedBenchDatabase } from './seed.mjs';
import { fanout, printFanout } from './lib/fanout.mjs';
import { machine, saveNamed } from './lib/report.mjs';
import { newJwtSecret, startApi } from './lib/processes.mjs';
import { benchServer, drainOutbox, publicThreads, seededMeta } from './lib/server.mjs';

const args = argsOf(process.argv.slice(2));
const smoke = args.smoke === 'true';
const clients = Number(args.clients ?? (smoke ? 200 : 2_000));
const rounds = Number(args.rounds ?? (smoke ? 3 : 20));
const database = args.database ?? 'forum_bench_fanout';
const posts = 5_000;
const log = (line) => console.log(line);

const server = await benchServer();
let api;
let failed = false;
try {
  const meta = await seededMeta(server.adminUrl, database);
  if (meta?.posts !== posts || meta?.members !== 500) {
    log(`[fanout] seeding ${database} with ${posts} posts`);
    await seedBenchDatabase(server, database, { posts, members: 500, offices: 50 }, log);
  }
  const url = server.urlOf(database);
  const env = args['redis-url'] ? { REDIS_URL: args['redis-url'] } : {};
  api = await startApi(url, { jwtSecret: newJwtSecret(), env });
  await drainOutbox(url);
  const [threadId] = await publicThreads(url, 1);
  const result = await fanout({ api, threadId, clients, rounds, warmup: smoke ? 1 : 3, log });
  printFanout(result, log);
  const name = `${new Date().toISOString().slice(0, 16).replace(/:/g, '')}-fanout${args['redis-url'] ? '-redis' : ''}`;
  const file = saveNamed(smoke ? 'fanout-smoke' : name, {
    machine: await machine(url),
    adapter: args['redis-url'] ? 'redis' : 'postgres',
    fanout: result,
  });
  log(`[fanout] results written to ${file}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await api?.stop();
  await server.stop();
}
process.exit(failed ? 1 : 0);
