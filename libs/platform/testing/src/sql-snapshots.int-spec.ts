import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { formatSql } from './format-sql.js';
import { expectSqlSnapshots, snapshotFileOf, tablesNamedIn } from './sql-snapshots.js';

// The platform owns no domain table; typeorm_migrations stands in for one (the lib "owns" it through `tables`).
const owns = { entities: [], tables: ['typeorm_migrations'] };

/** Two versions of one repository, as before and after someone edits its query. */
function migrationsRepository(order: 'ASC' | 'DESC') {
  @Injectable()
  class MigrationsRepository {
    @SqlSnapshot({ params: ['%Identity'] })
    async named(db: EntityManager, pattern: string): Promise<{ name: string }[]> {
      return (await db.query(`SELECT name FROM typeorm_migrations WHERE name LIKE $1 ORDER BY id ${order}`, [
        pattern,
      ])) as { name: string }[];
    }

    @SqlSnapshot({ params: [] })
    async count(db: EntityManager): Promise<number> {
      const [{ count }] = (await db.query('SELECT count(*)::int AS count FROM typeorm_migrations')) as {
        count: number;
      }[];
      return count;
    }
  }
  return MigrationsRepository;
}

describe('expectSqlSnapshots', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'sql-snapshots-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes one readable .sql file per repository, then passes while the queries stay the same', async () => {
    const repositories = [migrationsRepository('ASC')];
    await expectSqlSnapshots({ ...owns, repositories, folder, update: true });
    const written = readFileSync(join(folder, 'migrations.repository.sql'), 'utf8');
    expect(written).toContain(
      '-- MigrationsRepository.named\nSELECT\n  name\nFROM typeorm_migrations\nWHERE name LIKE $1\nORDER BY\n  id ASC;',
    );
    expect(written).toContain(
      '-- MigrationsRepository.count\nSELECT\n  count(*)::int AS count\nFROM typeorm_migrations;',
    );
    await expect(expectSqlSnapshots({ ...owns, repositories, folder })).resolves.toBeUndefined();
  });

  it('fails with a diff naming the file when a repository query changes and its .sql file does not', async () => {
    await expectSqlSnapshots({ ...owns, repositories: [migrationsRepository('ASC')], folder, update: true });
    const error = await expectSqlSnapshots({ ...owns, repositories: [migrationsRepository('DESC')], folder }).catch(
      (caught: Error) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/migrations\.repository\.sql is stale/);
    expect((error as Error).message).toContain('-   id ASC;\n+   id DESC;');
    expect((error as Error).message).toContain('UPDATE_SQL_SNAPSHOTS=1');
  });

  it('fails when a snapshot is missing, or left behind by a repository that is gone', async () => {
    await expect(expectSqlSnapshots({ ...owns, repositories: [migrationsRepository('ASC')], folder })).rejects.toThrow(
      /migrations\.repository\.sql is missing/,
    );
    writeFileSync(join(folder, 'gone.repository.sql'), '-- old\n');
    await expectSqlSnapshots({ ...owns, repositories: [migrationsRepository('ASC')], folder, update: true });
    await expect(
      expectSqlSnapshots({ ...owns, repositories: [migrationsRepository('ASC')], folder }),
    ).resolves.toBeUndefined();
    writeFileSync(join(folder, 'gone.repository.sql'), '-- old\n');
    await expect(expectSqlSnapshots({ ...owns, repositories: [migrationsRepository('ASC')], folder })).rejects.toThrow(
      /gone\.repository\.sql has no repository/,
    );
  });

  it('fails when a statement names a table the lib does not own', async () => {
    await expect(
      expectSqlSnapshots({ entities: [], repositories: [migrationsRepository('ASC')], folder, update: true }),
    ).rejects.toThrow(/MigrationsRepository\.count names the table typeorm_migrations, which its lib does not own/);
  });

  it('fails for a method without @SqlSnapshot and for a repository with dependencies', async () => {
    @Injectable()
    class LooseRepository {
      constructor(readonly helper: object) {}
      @SqlSnapshot({ params: [] })
      async one(db: EntityManager): Promise<unknown> {
        return db.query('SELECT 1');
      }
      async unrecorded(db: EntityManager): Promise<unknown> {
        return db.query('SELECT 2');
      }
    }
    const error = (await expectSqlSnapshots({
      ...owns,
      repositories: [LooseRepository as never],
      folder,
      update: true,
    }).catch((caught: Error) => caught)) as Error;
    expect(error.message).toMatch(/LooseRepository takes constructor arguments/);
    expect(error.message).toMatch(/LooseRepository\.unrecorded has no @SqlSnapshot/);
  });

  it('rolls back what a recorded method writes', async () => {
    @Injectable()
    class ScratchRepository {
      @SqlSnapshot({ params: ['Scratch1'] })
      async add(db: EntityManager, name: string): Promise<void> {
        await db.query('INSERT INTO typeorm_migrations (timestamp, name) VALUES (1, $1)', [name]);
      }
    }
    await expectSqlSnapshots({ ...owns, repositories: [ScratchRepository], folder, update: true });
    expect(readFileSync(join(folder, 'scratch.repository.sql'), 'utf8')).toContain('INSERT INTO typeorm_migrations');
  });
});

describe('the pieces of the snapshot runner', () => {
  it('names the file after the repository class', () => {
    expect(snapshotFileOf({ name: 'SignInAttemptsRepository' })).toBe('sign-in-attempts.repository.sql');
    expect(() => snapshotFileOf({ name: 'Offices' })).toThrow(/ends in "Repository"/);
  });

  it('finds the tables a statement names after FROM, JOIN, INTO and UPDATE', () => {
    expect(
      tablesNamedIn(
        'SELECT m.id FROM "member" m JOIN session s ON s.member_id = m.id WHERE EXISTS (SELECT 1 FROM public.office)',
      ).sort(),
    ).toEqual(['member', 'office', 'session']);
    expect(tablesNamedIn('INSERT INTO audit_event (id) VALUES ($1)')).toEqual(['audit_event']);
    expect(tablesNamedIn('UPDATE "session" SET revoked_at = $1')).toEqual(['session']);
  });

  it('changes only whitespace outside quotes', () => {
    const sql = `SELECT "a"."id" AS "a_id", 'x  ,  FROM y' AS t FROM "a" "a" WHERE "a"."id" IN ($1, $2) ORDER BY "a"."id" DESC`;
    const formatted = formatSql(sql);
    expect(formatted.replace(/\s+/g, '')).toBe(sql.replace(/\s+/g, ''));
    expect(formatted).toContain("'x  ,  FROM y'");
    expect(formatted.split('\n')[0]).toBe('SELECT');
  });
});
