import type { DataSource } from 'typeorm';

// Any fixed number works; it only has to be the same for every instance of the API.
const MIGRATION_LOCK = 7_400_312;

/**
 * Runs the pending migrations while holding a PostgreSQL advisory lock, so that several API replicas
 * starting at once migrate the database exactly once; the others wait and then find nothing to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
