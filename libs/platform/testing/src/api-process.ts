import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLClient } from './graphql-client.js';

export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const API_ENTRY = `${WORKSPACE_ROOT}dist/apps/api/src/main.js`;

export interface ApiProcess {
  url: string;
  client: GraphQLClient;
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ApiProcessOptions {
  /** Environment on top of a clean base; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  args?: string[];
  /** How long to wait for "listening" (the embedded server's first start takes a few seconds). */
  timeoutMs?: number;
}

function baseEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_POOL_SIZE: '4',
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Runs a command of the built API (`npm run build` first) and collects its output. */
export function runApi(options: ApiProcessOptions = {}): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  if (!existsSync(API_ENTRY)) throw new Error(`${API_ENTRY} is missing: run npm run build first`);
  const child = spawn(process.execPath, [API_ENTRY, ...(options.args ?? [])], {
    cwd: WORKSPACE_ROOT,
    env: baseEnv(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Starts the built API as a real process on a free port and waits until it listens. */
export async function startApiProcess(options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const { child, output, exited } = runApi(options);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the API did not start in time:\n${output()}`)),
      options.timeoutMs ?? 60_000,
    );
    const onData = () => {
      const match = /"port":(\d+)[^\n]*API listening/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code} before listening:\n${output()}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    client: new GraphQLClient(url),
    child,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}
