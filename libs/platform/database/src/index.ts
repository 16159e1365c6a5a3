export { DatabaseModule } from './database.module.js';
export { dataSourceOptions, type EntityList } from './data-source-options.js';
export { runMigrations } from './run-migrations.js';
export { startEmbeddedPostgres, freePort, type EmbeddedDatabase, type EmbeddedOptions } from './embedded-postgres.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';
export { migrations } from './migrations/index.js';
export { SqlStatementCounter } from './sql-statement-counter.js';
export { SqlSnapshot, sqlSnapshotsOf, type SqlSnapshotOptions, type SqlSnapshotMethod } from './sql-snapshot.js';
export { DatabaseQueryLogger } from './query-logger.js';
