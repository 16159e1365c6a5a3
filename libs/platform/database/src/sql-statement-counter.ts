import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements the DataSource sends. It is TypeORM's logger for that reason: tests read it to prove
 * that a page of N items costs a fixed number of statements (every N+1 is a bug).
 */
export class SqlStatementCounter implements TypeOrmLogger {
  private count = 0;
  private readonly seen: string[] = [];

  /** Statements sent so far. */
  get total(): number {
    return this.count;
  }

  /** Runs `work` and returns how many statements it sent (and which: handy when a test fails). */
  async measure(work: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
    const start = this.count;
    const from = this.seen.length;
    await work();
    return { count: this.count - start, statements: this.seen.slice(from) };
  }

  logQuery(query: string): void {
    this.count += 1;
    this.seen.push(query);
    if (this.seen.length > 1_000) this.seen.splice(0, 500);
  }
  logQueryError(): void {
    // Failed statements reach the caller as exceptions; they were counted when sent.
  }
  logQuerySlow(): void {
    // Not measured here.
  }
  logSchemaBuild(): void {
    // Schema sync is never used (migrations only).
  }
  logMigration(): void {
    // Migrations log through the API's own start-up messages.
  }
  log(): void {
    // TypeORM's informational messages are not needed.
  }
}
