import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApi, startApiProcess, type ApiProcess } from '@forum/testing';
import { expectTheCatalogue } from './support/catalogue.js';

// The newcomer's path: no DATABASE_URL, so the API starts its own PostgreSQL in DATA_DIR.
const dataDir = mkdtempSync(join(tmpdir(), 'forum-e2e-data-'));
const admin = { email: 'admin@forum.test', password: 'first-admin-password' };
const env = { DATA_DIR: dataDir, DATABASE_URL: undefined, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function postmasterPid(dir: string): number {
  return Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** The PostgreSQL servers (postmasters) of a DATA_DIR. A backend the server has just forked shows its parent's command
 * line until it sets its own title, so a process whose parent is one of them is a backend, not a second server. */
function postgresProcessesOf(dir: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid,ppid,args'], { encoding: 'utf8' }).split('\n');
  const ofDir = lines.filter((line) => line.includes(`-D ${join(dir, 'postgres')}`));
  const pids = new Set(ofDir.map((line) => line.trim().split(/\s+/)[0]));
  return ofDir.filter((line) => !pids.has(line.trim().split(/\s+/)[1]));
}

async function ready(api: ApiProcess): Promise<number> {
  return (await fetch(`${api.url}/health/ready`)).status;
}

describe('the API with its embedded PostgreSQL', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  let first: Awaited<ReturnType<typeof expectTheCatalogue>>;

  it('answers on /graphql with the catalogue, and is ready', async () => {
    const api = await startApiProcess({ env });
    try {
      first = await expectTheCatalogue(api.client);
      expect(await ready(api)).toBe(200);
      expect(postgresProcessesOf(dataDir)).toHaveLength(1);
    } finally {
      expect(await api.stop('SIGTERM')).toBe(0);
    }
    expect(postgresProcessesOf(dataDir)).toEqual([]);
  });

  it('restarts on the same DATA_DIR with the same rows and no duplicates, and SIGINT leaves no postgres behind', async () => {
    const api = await startApiProcess({ env });
    try {
      const again = await expectTheCatalogue(api.client);
      expect(again).toEqual(first);
    } finally {
      expect(await api.stop('SIGINT')).toBe(0);
    }
    expect(postgresProcessesOf(dataDir)).toEqual([]);
  });

  it('restarts its PostgreSQL when the server dies under it, and serves again within 10 s', async () => {
    const api = await startApiProcess({ env });
    try {
      process.kill(postmasterPid(dataDir), 'SIGKILL'); // a crash, or the OOM killer choosing the server
      const started = Date.now();
      let served = false;
      while (!served && Date.now() - started < 10_000) {
        await sleep(250);
        served = (await ready(api)) === 200 && (await api.client.request('{ spaces { slug } }')).errors === undefined;
      }
      expect(served).toBe(true);
      expect(api.child.exitCode).toBeNull();
      expect(api.output()).toContain('PostgreSQL stopped unexpectedly');
    } finally {
      expect(await api.stop('SIGTERM')).toBe(0);
    }
    expect(postgresProcessesOf(dataDir)).toEqual([]);
  });

  it('exits non-zero within 10 s when its PostgreSQL dies and cannot be restarted', async () => {
    const api = await startApiProcess({ env });
    const conf = join(dataDir, 'postgres', 'postgresql.conf');
    const original = readFileSync(conf, 'utf8');
    try {
      writeFileSync(conf, `${original}\nthis line is not a setting\n`);
      process.kill(postmasterPid(dataDir), 'SIGKILL');
      const code = await Promise.race([
        new Promise<number | null>((resolve) => api.child.once('exit', (exitCode) => resolve(exitCode))),
        sleep(10_000).then(() => 'still running'),
      ]);
      expect(code).toBe(1);
      expect(api.output()).toContain('could not be restarted');
    } finally {
      writeFileSync(conf, original);
      await api.stop('SIGKILL');
    }
  });

  it('says why when it cannot start: the cause, not only that it could not', async () => {
    const conf = join(dataDir, 'postgres', 'postgresql.conf');
    const original = readFileSync(conf, 'utf8');
    writeFileSync(conf, `${original}\nthis line is not a setting\n`);
    try {
      const { output, exited } = runApi({ env });
      expect(await exited).toBe(1);
      const fatal = output()
        .split('\n')
        .find((line) => line.includes('the API could not start'));
      expect(fatal).toMatch(/PostgreSQL exited while starting.*syntax error/);
    } finally {
      writeFileSync(conf, original);
    }
    expect(postgresProcessesOf(dataDir)).toEqual([]);
  });

  it('after a SIGKILL of the API alone, the next start on the same DATA_DIR stops the left-over server and serves', async () => {
    const killed = await startApiProcess({ env });
    expect(await killed.stop('SIGKILL')).toBeNull();
    expect(postgresProcessesOf(dataDir)).toHaveLength(1); // the server outlived its parent
    const api = await startApiProcess({ env });
    try {
      expect(api.output()).toContain('an earlier run left');
      await expectTheCatalogue(api.client);
      expect(postgresProcessesOf(dataDir)).toHaveLength(1);
    } finally {
      expect(await api.stop('SIGHUP')).toBe(0); // SIGHUP: as clean as SIGINT
    }
    expect(postgresProcessesOf(dataDir)).toEqual([]);
  });

  it('generates the superuser password into DATA_DIR (0600) and keeps the signing key there across restarts', async () => {
    const passwordFile = join(dataDir, 'postgres-password');
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(passwordFile, 'utf8').trim()).not.toBe('forum-embedded');
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);

    const signIn = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
    const first = await startApiProcess({ env });
    let token: string;
    try {
      token = (await first.client.data<{ signIn: { accessToken: string } }>(signIn, { input: admin })).signIn
        .accessToken;
    } finally {
      await first.stop();
    }
    const second = await startApiProcess({ env });
    try {
      const { me } = await second.client.data<{ me: { id: string } | null }>('{ me { id } }', undefined, { token });
      expect(me).not.toBeNull();
    } finally {
      await second.stop();
    }
  });
});

// As root the server runs as the user "postgres", which must reach the data and the binaries through folders only
// root may enter; nothing may change their permissions. (Not root: the same start, in a folder of this user's.)
describe('the embedded PostgreSQL inside a 0700 folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'forum-e2e-private-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('starts, serves and leaves the folder (and the folders above) as they were', async () => {
    const modes = [folder, tmpdir()].map((dir) => statSync(dir).mode);
    expect(modes[0] & 0o777).toBe(0o700);
    const data = join(folder, 'data');
    const api = await startApiProcess({ env: { DATA_DIR: data, DATABASE_URL: undefined } });
    try {
      await expectTheCatalogue(api.client);
    } finally {
      expect(await api.stop()).toBe(0);
    }
    expect([folder, tmpdir()].map((dir) => statSync(dir).mode)).toEqual(modes);
    if (process.getuid?.() === 0) expect(statSync(join(data, 'postgres')).uid).not.toBe(0);
  });
});
