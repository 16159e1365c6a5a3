import { Global, Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig, type ForumConfig } from '@forum/config';
import { DatabaseModule, type EntityList } from '@forum/database';
import { EventsModule } from '@forum/events';
import { GraphQLContextRegistry } from '@forum/graphql';
import { createLogger, LOGGER, NestPinoLogger } from '@forum/observability';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestServicesOptions {
  /** The domain modules under test (and the ones they need). */
  imports: (Type | DynamicModule)[];
  entities: EntityList;
  /** Extra environment for the configuration (the database URL is filled in). */
  env?: Record<string, string>;
}

export interface TestServices {
  /** Nest's container: `services.get(MembersService)`. */
  get<T>(type: Type<T>): T;
  app: INestApplicationContext;
  dataSource: DataSource;
  db: TestDatabase;
  config: ForumConfig;
  close(): Promise<void>;
}

/**
 * The faster test tier, for a domain's rules: its modules on the real database (migrations, seeders, transactions,
 * locks), called as services, without HTTP, GraphQL or a port. What the API promises a client (codes, shapes,
 * visibility on every path) stays in the HTTP tests (createTestApp).
 */
export async function createTestServices(options: TestServicesOptions): Promise<TestServices> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_POOL_SIZE: '4',
    // Many test files run side by side on two cores: a new connection may wait longer than in production.
    DATABASE_CONNECT_TIMEOUT_MS: '30000',
    ...options.env,
    DATABASE_URL: db.url,
  });
  const logger = createLogger(config);

  // What the HTTP platform would provide to domain modules, without a server: the logger, and the registry where
  // domains register their part of a GraphQL request's context (never built here).
  @Global()
  @Module({
    providers: [{ provide: LOGGER, useValue: logger }, GraphQLContextRegistry],
    exports: [LOGGER, GraphQLContextRegistry],
  })
  class ServicePlatformModule {}

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      ServicePlatformModule,
      DatabaseModule.forRoot(options.entities),
      EventsModule,
      ...options.imports,
    ],
  })
  class TestServicesRootModule {}

  const app = await NestFactory.createApplicationContext(TestServicesRootModule, {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  await app.init();
  return {
    get: <T>(type: Type<T>) => app.get(type),
    app,
    dataSource: app.get(DataSource),
    db,
    config,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
