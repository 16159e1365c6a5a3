// One timed run of autocannon against a process, with what the run cost that process and PostgreSQL.
// Latencies are taken from every response (not autocannon's summary), so runs can be merged exactly.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { cpuSeconds, databaseCpu, databaseCpuSince, peakRssMiB, resetPeakRss } from './processes.mjs';

/**
 * Fires POST <target.url>/graphql from `connections` connections for `seconds`; each request's body and headers
 * come from next(). A response whose body holds "errors" counts as an error (GraphQL answers them with HTTP 200).
 */
export async function fire(target, { connections, seconds, next, database }) {
  const latencies = [];
  resetPeakRss(target.pid);
  const cpuBefore = cpuSeconds(target.pid);
  const dbBefore = databaseCpu(database);
  const started = performance.now();
  const instance = autocannon({
    url: `${target.url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const { body, headers } = next();
          return { ...request, body, headers: { ...request.headers, ...headers } };
        },
      },
    ],
    verifyBody: (body) => !body.includes('"errors"'),
  });
  instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  const result = await instance;
  const wall = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    seconds: wall,
    errors: result.errors + result.non2xx + result.mismatches,
    cpuSeconds: cpuSeconds(target.pid) - cpuBefore,
    dbCpuSeconds: databaseCpuSince(database, dbBefore),
    peakRssMiB: peakRssMiB(target.pid),
    latencies,
  };
}

/** Several runs of one target as one figure: req/s over their total time, percentiles over every response. */
export function summarize(runs) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const at = (p) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN;
  const sum = (key) => runs.reduce((s, r) => s + r[key], 0);
  return {
    requests,
    reqPerSec: requests / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: sum('errors'),
    cpuMsPerRequest: (1000 * sum('cpuSeconds')) / Math.max(1, requests),
    dbCpuMsPerRequest: (1000 * sum('dbCpuSeconds')) / Math.max(1, requests),
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    runs: runs.length,
    seconds,
  };
}
