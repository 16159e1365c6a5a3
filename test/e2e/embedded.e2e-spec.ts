import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiProcess, type ApiProcess } from '@forum/testing';
import { expectTheCatalogue } from './support/catalogue.js';

// The newcomer's path: no DATABASE_URL, so the API starts its own PostgreSQL in DATA_DIR.
const dataDir = mkdtempSync(join(tmpdir(), 'forum-e2e-data-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: undefined };

function postgresProcessesOf(dir: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(`-D ${join(dir, 'postgres')}`));
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

  it('reports 503 on /health/ready once its database stops, and still shuts down cleanly', async () => {
    const api = await startApiProcess({ env });
    try {
      expect(await ready(api)).toBe(200);
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
      const postmasterPid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmasterPid, 'SIGINT');
      for (let i = 0; i < 100 && postgresProcessesOf(dataDir).length > 0; i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(await ready(api)).toBe(503);
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    } finally {
      expect(await api.stop('SIGTERM')).toBe(0);
    }
  });
});
