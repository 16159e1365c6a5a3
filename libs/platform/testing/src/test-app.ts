import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig, type ForumConfig } from '@forum/config';
import { DatabaseModule, type EntityList } from '@forum/database';
import { EventsModule, readPublishedEvents, type EventName, type PublishedEvent } from '@forum/events';
import { GraphQLPlatformModule } from '@forum/graphql';
import { createLogger, NestPinoLogger, ObservabilityModule } from '@forum/observability';
import { GraphQLClient } from './graphql-client.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestAppOptions {
  /** The domain modules under test (and the ones they need). */
  imports: (Type | DynamicModule)[];
  entities: EntityList;
  /** Extra environment for the configuration (the database URL is filled in). */
  env?: Record<string, string>;
  /** Another app's database: two instances of the API on one database (it is dropped by its first owner). */
  database?: TestDatabase;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  client: GraphQLClient;
  db: TestDatabase;
  config: ForumConfig;
  /** The domain events the app committed (the outbox of its database), oldest first; one name or all. */
  events: { published<N extends EventName>(name?: N): Promise<PublishedEvent<N>[]> };
  close(): Promise<void>;
}

/**
 * The platform (configuration, logs, database with migrations, GraphQL) plus the given domain modules, in this
 * process, listening on a free port, on a database of its own. For a lib's integration tests (*.int-spec.ts).
 */
export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase());
  // A small pool: many test apps share one server (PostgreSQL 15's default max_connections is 100).
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    DATABASE_POOL_SIZE: '4',
    // Many test files run side by side on two cores: a new connection may wait longer than in production.
    DATABASE_CONNECT_TIMEOUT_MS: '30000',
    ...options.env,
    DATABASE_URL: db.url,
  });
  const logger = createLogger(config);

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      ObservabilityModule.forRoot(logger),
      DatabaseModule.forRoot(options.entities),
      GraphQLPlatformModule.forRoot({ report: (error) => logger.error({ err: error }, 'unexpected error') }),
      EventsModule,
      ...options.imports,
    ],
  })
  class TestRootModule {}

  const app = await NestFactory.create(TestRootModule, { logger: new NestPinoLogger(logger), abortOnError: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    client: new GraphQLClient(url),
    db,
    config,
    events: { published: (name) => readPublishedEvents(db.query, name) },
    async close() {
      await app.close();
      if (!options.database) await db.drop();
    },
  };
}
