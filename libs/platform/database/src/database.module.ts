import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import { dataSourceOptions, type EntityList } from './data-source-options.js';
import { DatabaseQueryLogger } from './query-logger.js';
import { runMigrations } from './run-migrations.js';
import { SqlStatementCounter } from './sql-statement-counter.js';

/**
 * The forum's one DataSource. Migrations run at start, before any module reads a table.
 * The entity list comes from the composition root, so this lib knows no domain.
 */
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    const counter = new SqlStatementCounter();
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [FORUM_CONFIG, LOGGER],
          useFactory: (config: ForumConfig, logger: Logger) => {
            if (!config.databaseUrl) throw new Error('DATABASE_URL is not resolved: start the embedded server first');
            // Slow and failed statements to the JSON log; every statement to the counter that tests read.
            const queryLogger = new DatabaseQueryLogger(logger, counter);
            return {
              ...dataSourceOptions(config.databaseUrl, entities, {
                poolSize: config.databasePoolSize,
                logger: queryLogger,
                connectTimeoutMs: config.databaseConnectTimeoutMs,
              }),
              maxQueryExecutionTime: config.databaseSlowQueryMs,
              retryAttempts: 0,
            };
          },
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            try {
              await runMigrations(dataSource);
            } catch (error) {
              await dataSource.destroy();
              throw error;
            }
            return dataSource;
          },
        }),
      ],
      providers: [{ provide: SqlStatementCounter, useValue: counter }],
      exports: [TypeOrmModule, SqlStatementCounter],
    };
  }
}
