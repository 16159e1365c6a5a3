import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions, SqlStatementCounter, sqlSnapshotsOf, type EntityList } from '@forum/database';
import { formatSql } from './format-sql.js';
import { lineDiff } from './line-diff.js';
import { createTestDatabase } from './test-database.js';

/** A repository: no constructor dependencies; its methods are read from its prototype and called with their params. */
type RepositoryClass = new () => object;
type Entities = Extract<EntityList, unknown[]>;

export interface SqlSnapshotsOptions {
  /** The lib's repositories: `@Injectable()` classes without constructor dependencies, every method @SqlSnapshot. */
  repositories: RepositoryClass[];
  /** The committed folder of snapshots, usually `new URL('./queries', import.meta.url)`. */
  folder: URL | string;
  /** The lib's own entities: their tables are the only ones its repositories may name. */
  entities: Entities;
  /** Other domains' entities that the lib's entities relate to: TypeORM needs them, the lib does not own them. */
  relatedEntities?: Entities;
  /** Tables the lib owns without an entity (written by hand in its migration). */
  tables?: string[];
  /** Rewrite the files instead of comparing (default: UPDATE_SQL_SNAPSHOTS=1). */
  update?: boolean;
}

const HEADER =
  '-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.\n' +
  '-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).\n';

/** `OfficesRepository` lives in offices.repository.ts, so its snapshot is offices.repository.sql. */
export const snapshotFileOf = (repository: { name: string }): string => {
  const match = /^(.+)Repository$/.exec(repository.name);
  if (!match) throw new Error(`${repository.name}: a repository's class name ends in "Repository"`);
  return `${match[1].replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.repository.sql`;
};

/** Table names that follow FROM, JOIN, INTO or UPDATE (keywords and aliases are filtered out by the caller). */
export function tablesNamedIn(sql: string): string[] {
  const names = new Set<string>();
  const pattern = /\b(?:FROM|JOIN|INTO|UPDATE)\s+(?:ONLY\s+)?(?:"?public"?\.)?"?([A-Za-z_][A-Za-z0-9_]*)"?/gi;
  for (const match of sql.matchAll(pattern)) names.add(match[1].toLowerCase());
  return [...names];
}

interface Recorded {
  file: string;
  text: string;
  problems: string[];
}

/**
 * Runs every @SqlSnapshot method of the given repositories against a real test database, each in a transaction that
 * is rolled back, records the statements it sends, and compares them with `<folder>/<repository file>.sql`.
 * Fails (one error naming every problem, with a diff) when a snapshot is stale or missing, when a snapshot file has
 * no repository, when a repository method is not decorated, or when a statement names a table the lib does not own.
 * With UPDATE_SQL_SNAPSHOTS=1 it writes the files instead (ownership and decoration are still checked).
 */
export async function expectSqlSnapshots(options: SqlSnapshotsOptions): Promise<void> {
  const folder = typeof options.folder === 'string' ? options.folder : fileURLToPath(options.folder);
  const update = options.update ?? process.env.UPDATE_SQL_SNAPSHOTS === '1';
  const counter = new SqlStatementCounter();
  const db = await createTestDatabase();
  const dataSource = await new DataSource(
    dataSourceOptions(db.url, [...options.entities, ...(options.relatedEntities ?? [])], {
      poolSize: 2,
      logger: counter,
    }),
  ).initialize();
  let recorded: Recorded[];
  try {
    const owned = new Set([
      ...options.entities.map((entity) => dataSource.getMetadata(entity).tableName),
      ...dataSource.entityMetadatas.flatMap((meta) =>
        meta.manyToManyRelations.flatMap((relation) => relation.junctionEntityMetadata?.tableName ?? []),
      ),
      ...(options.tables ?? []),
    ]);
    const existing = new Set(
      (
        (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)) as {
          tablename: string;
        }[]
      ).map((row) => row.tablename),
    );
    recorded = [];
    for (const repository of options.repositories) {
      recorded.push(await record(repository, dataSource, counter, (table) => !existing.has(table) || owned.has(table)));
    }
  } finally {
    await dataSource.destroy();
    await db.drop();
  }

  const problems = recorded.flatMap((entry) => entry.problems);
  const files = new Set(recorded.map((entry) => entry.file));
  const strays = existsSync(folder)
    ? readdirSync(folder).filter((name) => name.endsWith('.sql') && !files.has(name))
    : [];
  if (update) {
    mkdirSync(folder, { recursive: true });
    for (const entry of recorded) writeFileSync(join(folder, entry.file), entry.text);
    for (const stray of strays) rmSync(join(folder, stray));
  } else {
    for (const stray of strays) problems.push(`${stray} has no repository any more: delete it`);
    for (const entry of recorded) {
      const path = join(folder, entry.file);
      const committed = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (committed === null) problems.push(`${entry.file} is missing`);
      else if (committed !== entry.text)
        problems.push(`${entry.file} is stale (- committed, + sent now):\n${lineDiff(committed, entry.text)}`);
    }
  }
  if (problems.length) {
    throw new Error(
      `SQL snapshots in ${folder}:\n\n${problems.join('\n\n')}\n\n` +
        'If the change is meant, run the test again with UPDATE_SQL_SNAPSHOTS=1 and commit the .sql files.',
    );
  }
}

async function record(
  repository: RepositoryClass,
  dataSource: DataSource,
  counter: SqlStatementCounter,
  mayName: (table: string) => boolean,
): Promise<Recorded> {
  const file = snapshotFileOf(repository);
  const problems: string[] = [];
  if (repository.length !== 0)
    problems.push(`${repository.name} takes constructor arguments: a repository has no dependencies`);
  const snapshots = sqlSnapshotsOf(repository);
  const decorated = new Set(snapshots.map((snapshot) => snapshot.method));
  for (const name of Object.getOwnPropertyNames(repository.prototype)) {
    if (name !== 'constructor' && !decorated.has(name))
      problems.push(`${repository.name}.${name} has no @SqlSnapshot: every repository method is snapshotted`);
  }
  const instance = new repository() as Record<string, (db: EntityManager, ...params: unknown[]) => Promise<unknown>>;
  const sections: string[] = [];
  for (const { method, options } of snapshots) {
    const label = `${repository.name}.${method}`;
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const params = typeof options.params === 'function' ? await options.params(runner.manager) : options.params;
      const { statements } = await counter.measure(() => instance[method](runner.manager, ...params));
      if (statements.length === 0) problems.push(`${label} sent no statement`);
      for (const statement of statements) {
        const foreign = tablesNamedIn(statement).filter((table) => !mayName(table));
        for (const table of foreign) problems.push(`${label} names the table ${table}, which its lib does not own`);
      }
      sections.push(`-- ${label}\n${statements.map((statement) => `${formatSql(statement)};`).join('\n\n')}`);
    } catch (error) {
      problems.push(`${label} failed while recording its SQL: ${String(error)}`);
    } finally {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }
  return { file, text: `${HEADER}\n${sections.join('\n\n')}\n`, problems };
}
