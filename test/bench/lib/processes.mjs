// Starting the production API (and the bare baseline) as real processes, and reading what they cost from /proc:
// CPU time (utime + stime of /proc/<pid>/stat) and peak resident memory (VmHWM of /proc/<pid>/status, which writing
// 5 to /proc/<pid>/clear_refs resets to the current RSS, so each scenario gets its own peak).
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { WORKSPACE } from './paths.mjs';

const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

export const newJwtSecret = () => randomBytes(36).toString('base64url');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `node <script>` with `env` on a free port (PORT), its output in a log file (the API logs every request, as in
 * production; a file costs the load generator nothing), and waits until GET <readyPath> answers 200.
 */
export async function startNode(
  name,
  script,
  env,
  { readyPath = '/health/live', timeoutMs = 120_000, nodeFlags = [] } = {},
) {
  const port = await freePort();
  const logFile = `${tmpdir()}/forum-bench-${name}-${process.pid}.log`;
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeFlags, script], {
    cwd: WORKSPACE,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`${name} did not start in time:\n${tail(logFile)}`);
    const ok = await fetch(url + readyPath).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    url,
    pid: child.pid,
    logFile,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
}

const tail = (file) => readFileSync(file, 'utf8').slice(-4_000);

/**
 * The Node flags production runs the API with: those of `npm start` (package.json), which the Docker image's CMD
 * repeats (apps/api/src/node-flags.spec.ts holds them equal). The benchmark measures the API as it is run.
 */
export function apiNodeFlags() {
  const { scripts } = JSON.parse(readFileSync(`${WORKSPACE}package.json`, 'utf8'));
  const match = /\bnode((?: --[\w-]+(?:=\S+)?)*) dist\/apps\/api\/src\/main\.js/.exec(scripts.start);
  if (!match) throw new Error(`npm start does not run dist/apps/api/src/main.js: ${scripts.start}`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}

/** The production API on `databaseUrl` (NODE_ENV=production, a JWT secret of this run, npm start's Node flags). */
export function startApi(databaseUrl, { jwtSecret, name = 'api', poolSize, env = {} } = {}) {
  return startNode(
    name,
    'dist/apps/api/src/main.js',
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: jwtSecret ?? newJwtSecret(),
      LOG_LEVEL: 'info',
      ...(poolSize ? { DATABASE_POOL_SIZE: String(poolSize) } : {}),
      ...env,
    },
    { nodeFlags: apiNodeFlags() },
  );
}

/** CPU seconds used so far by process `pid` (user + system). */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** CPU seconds of each PostgreSQL backend serving `database` (the process title names it), by pid. */
export function databaseCpu(database) {
  let pids = [];
  try {
    pids = execFileSync('pgrep', ['-f', `postgres: .* ${database} `], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    // pgrep exits 1 when nothing matches
  }
  const byPid = new Map();
  for (const pid of pids) {
    try {
      byPid.set(pid, cpuSeconds(Number(pid)));
    } catch {
      // the backend ended between listing and reading
    }
  }
  return byPid;
}

/** CPU seconds the backends spent since `before` (a databaseCpu() snapshot); new backends count from zero. */
export function databaseCpuSince(database, before) {
  let total = 0;
  for (const [pid, seconds] of databaseCpu(database)) total += seconds - (before.get(pid) ?? 0);
  return total;
}

export function peakRssMiB(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

export function rssMiB(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

export function resetPeakRss(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // older kernels: the peak then covers the process's whole life, which the report says
  }
}
