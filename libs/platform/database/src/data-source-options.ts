import type { DataSourceOptions, EntitySchema, Logger, MixedList } from 'typeorm';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export type EntityList = MixedList<Function | string | EntitySchema>;

/** One definition of how the forum talks to PostgreSQL, shared by the API, the CLI and the tests. */
export function dataSourceOptions(
  url: string,
  entities: EntityList,
  poolSize = 10,
  logger?: Logger,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp may not be installable on a managed server.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTableName: 'typeorm_migrations',
    poolSize,
    ...(logger ? { logger } : {}),
    extra: { application_name: 'ip-office-ict-forum', connectionTimeoutMillis: 5_000 },
  };
}
