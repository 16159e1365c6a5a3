import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@forum/database';
import { createTestDatabase, type TestDatabase } from '@forum/testing';
import { entities } from './entities.js';

// The schema is what the committed migrations build (synchronize is never on), and the entities describe it to
// TypeORM. If they drift apart, `npm run migration:generate` writes the drift into the next domain's migration and
// TypeORM's queries may name columns or constraints that do not exist. TypeORM's own schema builder, run against a
// database the migrations built, must find nothing to change.
describe('the committed migrations and the entities', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url, entities, { poolSize: 2 })).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('describe the same schema: the schema builder has nothing to change', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    const statements = pending.upQueries.map((query) => query.query);
    expect(statements).toEqual([]);
  });
});
