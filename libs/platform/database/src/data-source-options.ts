import { Logger as NestLogger } from '@nestjs/common';
import pg from 'pg';
import type { DataSourceOptions, Logger } from 'typeorm';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** What TypeORM takes as its entities (classes, globs or schemas). */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

export interface ConnectionOptions {
  /** Connections in the pool (DATABASE_POOL_SIZE). */
  poolSize?: number;
  logger?: Logger;
  /** How long a new connection may take before the request gets UNAVAILABLE (DATABASE_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
}

/** One definition of how the forum talks to PostgreSQL, shared by the API, the CLI and the tests. */
export function dataSourceOptions(
  url: string,
  entities: EntityList,
  { poolSize = 10, logger, connectTimeoutMs = 5_000 }: ConnectionOptions = {},
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
    extra: {
      application_name: 'ip-office-ict-forum',
      // No JIT compilation: the forum's statements are short, and the planner's cost of a nested loop over search's
      // time windows (docs/performance.md "Search") crossed jit_above_cost, so a 30 ms search spent 2 s compiling.
      options: '-c jit=off',
      connectionTimeoutMillis: connectTimeoutMs,
      Client: ListenedClient,
    },
  };
}

const log = new NestLogger('Database');

/**
 * A pooled client with an 'error' listener for its whole life. node-postgres emits 'error' when the server drops a
 * connection (a restart, pg_terminate_backend, a network cut); a client that is between owners at that moment has
 * no other listener, and an unheard 'error' event would end the process. The pool drops the broken client, and the
 * request that used it fails as UNAVAILABLE (retriable), so a warning is all this is.
 */
class ListenedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', (error: Error & { code?: string }) =>
      log.warn(`a database connection was lost (${error.code ?? 'no code'}): ${error.message}`),
    );
  }
}
