#!/usr/bin/env node
// `node test/bench/reply-statements.mjs [--database forum_bench] [--replies 20]`
// Every SQL statement a reply costs, the outbox's deliveries to its consumers included (the statements pass of
// `npm run bench` counts the request alone): an API with its event worker talks to PostgreSQL through the counting
// proxy, sends replies one by one, waits until the outbox is drained, and prints the statements by kind.
import { argsOf, BENCH_PASSWORD, benchEmail } from './seed.mjs';
import { startApi } from './lib/processes.mjs';
import { graphql, replies, sendNext, SIGN_IN } from './lib/scenarios.mjs';
import { startStatementProxy } from './lib/statement-proxy.mjs';
import { benchServer, drainOutbox, publicThreads } from './lib/server.mjs';

const args = argsOf(process.argv.slice(2));
const database = args.database ?? 'forum_bench';
const count = Number(args.replies ?? 20);
const server = await benchServer();
const url = server.urlOf(database);
const proxy = await startStatementProxy(url);
const api = await startApi(proxy.url, { name: 'api-reply-statements' });
try {
  const threadIds = await publicThreads(url, 20);
  const signIn = await graphql(api.url, SIGN_IN, { input: { email: benchEmail(1), password: BENCH_PASSWORD } });
  const next = replies(threadIds, [signIn.data.signIn.accessToken]);
  await drainOutbox(url);
  const send = () => sendNext(api.url, next, 'reply');
  await send();
  await drainOutbox(url);
  const statements = await proxy.measure(async () => {
    for (let i = 0; i < count; i++) await send();
    await drainOutbox(url);
    // The worker's last look for due deliveries after the drain.
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
  const kinds = new Map();
  for (const text of statements) {
    const kind = text.replace(/\s+/g, ' ').trim().slice(0, 90);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(
    `[reply-statements] ${count} replies: ${statements.length} statements, ${(statements.length / count).toFixed(1)} per reply`,
  );
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1]))
    console.log(`${(n / count).toFixed(2).padStart(6)}  ${kind}`);
} finally {
  await api.stop();
  await proxy.close();
  await server.stop?.();
}
