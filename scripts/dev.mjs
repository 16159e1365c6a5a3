#!/usr/bin/env node
// npm run dev: the API and the web client with hot reload.
//   - the API is compiled (npm run build) and started with `node --watch`; a change under apps/api or libs compiles
//     again, and node restarts the API when its files change;
//   - the web client runs on Vite's dev server (http://localhost:5173, hot module replacement), which forwards
//     /graphql, /api, /health and /socket.io to the API (apps/web/vite.config.mjs).
// Ctrl-C stops both (the API stops its embedded PostgreSQL on the way).
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args, options = {}) =>
  spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });

const build = () => spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status === 0;
if (!build()) process.exit(1);

let pending;
for (const folder of ['apps/api/src', 'libs']) {
  watch(join(root, folder), { recursive: true }, (_event, file) => {
    if (!file || !file.endsWith('.ts') || /\.(int-)?spec\.ts$/.test(file)) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      console.log(`[dev] ${folder}/${file} changed: compiling the API`);
      build();
    }, 200);
  });
}

const api = run(process.execPath, ['--watch', 'dist/apps/api/src/main.js'], {
  env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
});
const web = run(process.execPath, [
  join(root, 'node_modules/vite/bin/vite.js'),
  '--config',
  'apps/web/vite.config.mjs',
]);

const stop = () => {
  api.kill('SIGINT');
  web.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
let running = 2;
for (const child of [api, web])
  child.once('exit', () => {
    if (--running === 0) process.exit(0);
    stop();
  });
