#!/usr/bin/env node
// Issue 8, acceptance 1, in figures: how long the API takes to refuse hostile documents (fragments doubling at each
// of 40 levels, 1,000 aliases, 1,500 aliased introspection fields), and how long a simple query sent at the same
// time takes. Starts the built API (npm run build first) on DATABASE_URL, or on an embedded PostgreSQL in a temporary
// DATA_DIR. Usage: node test/bench/query-limits.mjs [rounds=50]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const rounds = Number(process.argv[2] ?? 50);

function doublingFragments(levels) {
  let query = `query { ...F${levels} } fragment F0 on Query { spaces { slug } }`;
  for (let i = 1; i <= levels; i++) query += ` fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`;
  return query;
}
const documents = {
  'fragments doubling x40': doublingFragments(40),
  '1,000 aliases': `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: spaces { slug title }`).join(' ')} }`,
  '1,500 introspection aliases': `{ ${Array.from({ length: 1_500 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`,
};

const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'forum-bench-limits-'));
const api = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...(dataDir ? { DATA_DIR: dataDir } : {}) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((resolve, reject) => {
  let text = '';
  api.stdout.on('data', (chunk) => {
    text += chunk;
    const match = /"port":(\d+)[^\n]*API listening/.exec(text);
    if (match) resolve(Number(match[1]));
  });
  api.once('exit', (code) => reject(new Error(`the API exited with ${code}:\n${text}`)));
});

const url = `http://127.0.0.1:${port}/graphql`;

async function timed(query) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  return { ms: performance.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code };
}
const percentile = (values, p) =>
  values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

console.log(`| document | refused | refusal p50 / p95 / max | simple query alongside p50 / p95 / max |`);
console.log(`|---|---|---|---|`);
try {
  for (const [name, query] of Object.entries(documents)) {
    const refusals = [];
    const simple = [];
    let code;
    for (let i = 0; i < rounds; i++) {
      const [hostile, plain] = await Promise.all([timed(query), timed('{ recommendations { number } }')]);
      refusals.push(hostile.ms);
      simple.push(plain.ms);
      code = `${hostile.status} ${hostile.code}`;
    }
    const f = (values) => [50, 95, 100].map((p) => `${percentile(values, p).toFixed(1)} ms`).join(' / ');
    console.log(`| ${name} (${(query.length / 1024).toFixed(1)} KiB) | ${code} | ${f(refusals)} | ${f(simple)} |`);
  }
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
