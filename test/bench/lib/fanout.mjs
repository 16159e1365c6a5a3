// Issue 12, acceptance 7: the time from a `reply` response to the last of N socket.io clients (in a process of their
// own) receiving `post.created`, beside a bare socket.io broadcast to the same clients, interleaved in the same run.
// Target: the API within 1.5x of the bare broadcast (medians).
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { BENCH_MEMBERS, BENCH_PASSWORD, benchEmail } from '../seed.mjs';
import { WORKSPACE } from './paths.mjs';
import { startNode } from './processes.mjs';
import { graphql, REPLY, SIGN_IN } from './scenarios.mjs';

export const FANOUT_TARGET = 1.5;
const now = () => performance.timeOrigin + performance.now();

/**
 * Runs the scenario against a started API (`api.url`), on the public thread `threadId`. `clients` sockets of each
 * server, `rounds` timed rounds of each (after `warmup` untimed ones), API and bare broadcast alternating.
 */
export async function fanout({ api, threadId, clients = 2_000, rounds = 20, warmup = 3, log = console.log }) {
  const tokens = [];
  for (let i = 0; i < Math.min(BENCH_MEMBERS, 10); i++) {
    const answer = await graphql(api.url, SIGN_IN, { input: { email: benchEmail(i), password: BENCH_PASSWORD } });
    if (!answer.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
    tokens.push(answer.data.signIn.accessToken);
  }
  const bare = await startNode('fanout-bare', 'test/bench/fanout-baseline-server.mjs', {});
  const setup = { apiUrl: api.url, bareUrl: bare.url, threadId, count: clients, tokens, anonymousEvery: 4 };
  const child = fork(`${WORKSPACE}test/bench/lib/fanout-clients.mjs`, [JSON.stringify(setup)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map();
  const early = new Map(); // what the clients reported before anyone waited for it (a fast delivery)
  const failed = new Promise((_, reject) => {
    child.once('exit', (code) => reject(new Error(`the clients' process exited with ${code}`)));
  });
  failed.catch(() => undefined);
  const ready = new Promise((resolve) =>
    child.on('message', (message) => {
      if (message.type === 'ready') resolve(message);
      if (message.type !== 'received') return;
      const key = `${message.server} ${message.postId}`;
      if (waiting.has(key)) waiting.get(key)(message);
      else early.set(key, message);
    }),
  );
  const heard = (server, postId) =>
    Promise.race([
      failed,
      new Promise((resolve, reject) => {
        const key = `${server} ${postId}`;
        if (early.has(key)) {
          resolve(early.get(key));
          early.delete(key);
          return;
        }
        const timer = setTimeout(() => reject(new Error(`not every client heard ${server} ${postId} in 30 s`)), 30_000);
        waiting.set(`${server} ${postId}`, (message) => {
          clearTimeout(timer);
          waiting.delete(`${server} ${postId}`);
          resolve(message);
        });
      }),
    ]);
  try {
    const connectStart = now();
    await Promise.race([failed, ready]);
    log(
      `[fanout] ${clients} clients on the API (joined the thread) and ${clients} on the bare server in ` +
        `${((now() - connectStart) / 1000).toFixed(1)} s`,
    );

    let n = 0;
    const viaApi = async () => {
      const answer = await graphql(api.url, REPLY, { input: { threadId, body: `Fan-out ${++n}.` } }, tokens[0]);
      const answered = now();
      const postId = answer.data?.reply?.id;
      if (!postId) throw new Error(`reply failed: ${JSON.stringify(answer.errors)}`);
      const got = await heard('api', postId);
      return { first: got.first - answered, last: got.last - answered };
    };
    const viaBare = async () => {
      const postId = `bare-${++n}`;
      const waited = heard('bare', postId);
      const response = await fetch(`${bare.url}/broadcast`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ threadId, postId, parentId: null }),
      });
      const { at } = await response.json();
      const got = await waited;
      return { first: got.first - at, last: got.last - at };
    };
    const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < warmup; i++) {
      await viaApi();
      await pause();
      await viaBare();
      await pause();
    }
    const timed = { api: [], bare: [] };
    for (let i = 0; i < rounds; i++) {
      timed.api.push(await viaApi());
      await pause();
      timed.bare.push(await viaBare());
      await pause();
    }
    const api_ = summary(timed.api);
    const bare_ = summary(timed.bare);
    const ratio = api_.last.p50 / bare_.last.p50;
    return {
      clients,
      rounds,
      api: api_,
      bare: bare_,
      ratio,
      target: `API within ${FANOUT_TARGET}x of the bare broadcast (medians of the last client)`,
      pass: ratio <= FANOUT_TARGET,
      samples: timed,
    };
  } finally {
    child.send?.({ type: 'stop' });
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    await bare.stop();
  }
}

function summary(samples) {
  const of = (key) => {
    const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
  };
  return { first: of('first'), last: of('last') };
}

const f = (n) => (Number.isFinite(n) ? n.toFixed(1) : '-');

export function printFanout(result, log = console.log) {
  log(`\nFan-out to ${result.clients} socket.io clients (another process), ${result.rounds} rounds each, ms:`);
  log('| server | first client p50 | last client p50 | last p95 | last max |');
  log('|---|--:|--:|--:|--:|');
  for (const [name, s] of [
    ['API: reply answered -> post.created', result.api],
    ['bare socket.io: broadcast started -> post.created', result.bare],
  ])
    log(`| ${name} | ${f(s.first.p50)} | ${f(s.last.p50)} | ${f(s.last.p95)} | ${f(s.last.max)} |`);
  log(
    `ratio (last client, medians): ${result.ratio.toFixed(2)}x; target <= ${FANOUT_TARGET}x: ${result.pass ? 'met' : 'MISSED'}`,
  );
}
