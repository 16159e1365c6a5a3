import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The superuser password of clusters made before it was generated (documented, so it is replaced at start). */
export const LEGACY_PASSWORD = 'forum-embedded';

/**
 * The embedded server's superuser password, generated once into DATA_DIR/postgres-password (mode 0600). Returns
 * whether it was just made, so that an existing cluster can be moved from the old fixed password to it.
 */
export async function superuserPassword(
  dataDir: string,
  owner?: { uid: number; gid: number },
): Promise<{ file: string; password: string; created: boolean }> {
  const file = join(dataDir, 'postgres-password');
  let created = false;
  if (!existsSync(file)) {
    await writeFile(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    created = true;
  } else if (((await stat(file)).mode & 0o077) !== 0) {
    await chmod(file, 0o600);
  }
  // initdb reads it as the server's user (--pwfile).
  if (owner) await chown(file, owner.uid, owner.gid);
  return { file, password: (await readFile(file, 'utf8')).trim(), created };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A server left running on this cluster by an earlier process that was killed without a chance to stop it (the OOM
 * killer, SIGKILL): stops it (fast shutdown), or says exactly what to do when this user may not.
 */
export async function stopStaleServer(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, dirLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return; // PostgreSQL replaces a stale pid file itself
  const command = commandLineOf(pid);
  if (command && !(command.includes('postgres') && command.includes(dirLine?.trim() || clusterDir))) return;
  log(`stopping the PostgreSQL server (pid ${pid}) an earlier run left on ${clusterDir}`);
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    throw new Error(
      `a PostgreSQL server (pid ${pid}) still runs on ${clusterDir} and this user may not stop it ` +
        `(${(error as NodeJS.ErrnoException).code}): stop it with "kill -INT ${pid}" as its owner, then start again`,
      { cause: error },
    );
  }
  for (let waited = 0; isRunning(pid); waited += 100) {
    if (waited >= 30_000)
      throw new Error(
        `the PostgreSQL server (pid ${pid}) left on ${clusterDir} did not stop within 30 s: ` +
          `stop it with "kill -QUIT ${pid}", then start again`,
      );
    await sleep(100);
  }
}
