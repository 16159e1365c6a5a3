import type { Logger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { SqlStatementCounter } from './sql-statement-counter.js';

// Long statements (a seeder's bulk insert) are cut in the log: the start says which statement it was.
const MAX_SQL_IN_LOG = 2_000;
const sqlForLog = (query: string): string =>
  query.length > MAX_SQL_IN_LOG ? `${query.slice(0, MAX_SQL_IN_LOG)}…` : query.replace(/\s+/g, ' ').trim();

/**
 * TypeORM's logger for the forum's DataSource: slow statements (over `slowQueryMs`, TypeORM's maxQueryExecutionTime)
 * and failed statements go to the process's JSON log through pino, with their SQL but never their parameters (which
 * hold e-mails, token hashes, message bodies). Every statement is also handed to the SqlStatementCounter that tests
 * read (it counts; it does not log).
 */
export class DatabaseQueryLogger implements TypeOrmLogger {
  constructor(
    private readonly logger: Logger,
    private readonly counter: SqlStatementCounter,
  ) {}

  logQuery(query: string): void {
    this.counter.logQuery(query);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ context: 'Database', durationMs: time, sql: sqlForLog(query) }, 'slow SQL statement');
  }

  logQueryError(error: string | Error, query: string): void {
    const driver = error as Error & { code?: string; constraint?: string };
    // A constraint the code relies on (23xxx: a unique e-mail taken at the same moment is CONFLICT) is expected;
    // anything else is a defect or an outage.
    const expected = typeof driver.code === 'string' && driver.code.startsWith('23');
    this.logger[expected ? 'warn' : 'error'](
      {
        context: 'Database',
        sql: sqlForLog(query),
        err: { message: typeof error === 'string' ? error : error.message, code: driver.code },
        constraint: driver.constraint,
      },
      'SQL statement failed',
    );
  }

  logSchemaBuild(): void {
    // Schema sync is never used (migrations only).
  }

  logMigration(message: string): void {
    this.logger.debug({ context: 'Database' }, message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ context: 'Database' }, String(message));
  }
}
