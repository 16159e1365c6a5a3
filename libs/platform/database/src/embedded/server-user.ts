import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** How the embedded server's programs are started: as this user, or (as root) as the system user "postgres". */
export interface ServerUser {
  /** Set when running as root: the server's files must belong to this user. */
  owner?: { uid: number; gid: number };
  /** The command line that runs `program args` as that user. */
  command(program: string, args: string[]): [string, string[]];
}

const CAP_DAC_READ_SEARCH = 2;

function hasBoundingCapability(bit: number): boolean {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('CapBnd:'));
    return line ? (BigInt(`0x${line.split(/\s+/)[1]}`) & (1n << BigInt(bit))) !== 0n : false;
  } catch {
    return false;
  }
}

function idOf(flag: '-u' | '-g', name: string): number | undefined {
  try {
    return Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root. As root, its programs run as the system user "postgres" (created when missing)
 * through util-linux's `setpriv`, with one ambient capability, CAP_DAC_READ_SEARCH: it may then walk down to the
 * binaries in node_modules and to DATA_DIR through folders only root may enter (a clone in /root, a `mktemp -d`)
 * without anyone changing the permissions of folders the project does not own. See docs/operations.md.
 */
export function serverUser(log: (message: string) => void): ServerUser {
  if (process.getuid?.() !== 0) return { command: (program, args) => [program, args] };
  let uid = idOf('-u', 'postgres');
  if (uid === undefined) {
    log('creating the system user "postgres" to run the embedded PostgreSQL (it refuses to run as root)');
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' });
    uid = idOf('-u', 'postgres');
  }
  const gid = idOf('-g', 'postgres');
  if (uid === undefined || gid === undefined)
    throw new Error('running as root, but no user "postgres" to run the server as');
  // initdb and postgres check their own binary with access(2), which drops capabilities for a non-root real user
  // unless SECURE_NO_SETUID_FIXUP is set. After exec the programs hold the one ambient capability and nothing else.
  const capabilities = hasBoundingCapability(CAP_DAC_READ_SEARCH)
    ? ['--securebits=+no_setuid_fixup', '--inh-caps=+dac_read_search', '--ambient-caps=+dac_read_search']
    : [];
  if (!capabilities.length)
    log(
      'CAP_DAC_READ_SEARCH is not available: the "postgres" user must be able to enter every folder above DATA_DIR and node_modules',
    );
  return {
    owner: { uid, gid },
    command: (program, args) => [
      'setpriv',
      [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', ...capabilities, '--', program, ...args],
    ],
  };
}
