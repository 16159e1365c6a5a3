#!/usr/bin/env node
// Runs every project's tests through Nx, then prints one summary over all of them, ending in the plain line
// "tests: N passed, N failed" that CI reads. Exits non-zero when anything failed or nothing ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const nx = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'test', '--outputStyle=static', '--parallel=2', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const file of existsSync(results) ? readdirSync(results).sort() : []) {
  const report = JSON.parse(readFileSync(join(results, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  skipped += report.numPendingTests + report.numTodoTests;
  lines.push(
    `  ${file.replace(/\.json$/, '').padEnd(20)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  );
}
console.log(`\nTest summary by project:\n${lines.join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(nx.status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
