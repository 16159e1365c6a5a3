// `npm run migration:run`: applies the committed migrations and seeds the catalogue, then exits.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { seedCatalog } from '@forum/catalog';
import { loadConfig } from '@forum/config';
import { dataSourceOptions, runMigrations, startEmbeddedPostgres } from '@forum/database';
import { entities } from './entities.js';

const config = loadConfig(process.env);
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir });
const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url, entities)).initialize();
try {
  const applied = await runMigrations(dataSource);
  await seedCatalog(dataSource.manager);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
} finally {
  await dataSource.destroy();
  await embedded?.stop();
}
