import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { WORKSPACE_ROOT } from '../api-process.js';

/** The outbox's fixture process (libs/platform/events/src/testing/fixture-main.ts), built by `npm run build`. */
export const FIXTURE_MAIN = `${WORKSPACE_ROOT}dist/libs/platform/events/src/testing/fixture-main.js`;

export interface FixtureLine {
  fixture: 'ready' | 'committed' | 'handling';
  instance: string;
  id?: string;
}

export interface FixtureProcess {
  child: ChildProcess;
  /** The fixture's JSON lines so far. */
  lines(): FixtureLine[];
  /** Waits until `count` lines of this kind were printed. */
  waitFor(kind: FixtureLine['fixture'], count?: number, timeoutMs?: number): Promise<FixtureLine[]>;
  /** Sends a signal and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the fixture process on a database: `args` as in fixture-main.ts, `env` on top of a small base. */
export function startFixture(databaseUrl: string, args: string[], env: Record<string, string> = {}): FixtureProcess {
  if (!existsSync(FIXTURE_MAIN)) throw new Error(`${FIXTURE_MAIN} is missing: run npm run build first`);
  const child = spawn(process.execPath, [FIXTURE_MAIN, ...args], {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '4',
      EVENTS_POLL_INTERVAL_MS: '200',
      EVENTS_RETRY_BASE_MS: '100',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const parsed: FixtureLine[] = [];
  let pending = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop()!;
    for (const line of complete) {
      if (!line.startsWith('{"fixture"')) continue;
      parsed.push(JSON.parse(line) as FixtureLine);
    }
    for (const listener of listeners) listener();
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    lines: () => [...parsed],
    waitFor(kind, count = 1, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = parsed.filter((line) => line.fixture === kind);
          if (found.length < count) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${count} '${kind}' lines in time:\n${output}`));
        }, timeoutMs);
        const onExit = () => {
          cleanup();
          reject(new Error(`the fixture process exited before ${count} '${kind}' lines:\n${output}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', onExit);
        };
        listeners.add(check);
        child.once('exit', onExit);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `read` until `done` holds for its value (or fails the test with the last value). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not there after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
