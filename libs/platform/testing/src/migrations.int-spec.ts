import { DataSource } from 'typeorm';
import { dataSourceOptions, migrations, runMigrations } from '@forum/database';
import { createTestDatabase, type TestDatabase } from './test-database.js';

// Lives here rather than in the database lib: the harness depends on that lib, not the other way round.
describe('runMigrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    // Start from an empty schema: the template already holds every migration.
    await db.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  });
  afterAll(() => db.drop());

  it('applies every migration once when several instances start together', async () => {
    const instances = await Promise.all(
      [1, 2, 3].map(() => new DataSource(dataSourceOptions(db.url, [])).initialize()),
    );
    try {
      const applied = await Promise.all(instances.map((instance) => runMigrations(instance)));
      expect(applied.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
      const rows = await db.query<{ name: string }>('SELECT name FROM typeorm_migrations');
      expect(rows).toHaveLength(migrations.length);
      expect(await runMigrations(instances[0])).toEqual([]);
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
    }
  });
});
