import { Writable } from 'node:stream';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { DatabaseQueryLogger, dataSourceOptions, SqlStatementCounter } from '@forum/database';
import { createTestDatabase, type TestDatabase } from './test-database.js';

// Lives here rather than in the database lib: the harness depends on that lib, not the other way round.
describe('DatabaseQueryLogger (the production TypeORM logger)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const lines: Record<string, unknown>[] = [];
  const counter = new SqlStatementCounter();

  beforeAll(async () => {
    db = await createTestDatabase();
    const sink = new Writable({
      write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), done()),
    });
    const logger = new DatabaseQueryLogger(pino({ level: 'info' }, sink), counter);
    dataSource = await new DataSource({
      ...dataSourceOptions(db.url, [], { poolSize: 2, logger }),
      maxQueryExecutionTime: 100,
    }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(() => (lines.length = 0));

  it('logs a statement slower than the threshold through pino, with its SQL and duration but not its parameters', async () => {
    await dataSource.query('SELECT pg_sleep(0.2), $1::text AS secret', ['hunter2-secret']);
    await dataSource.query('SELECT 1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      msg: 'slow SQL statement',
      sql: 'SELECT pg_sleep(0.2), $1::text AS secret',
    });
    expect(lines[0].durationMs).toBeGreaterThanOrEqual(100);
    expect(JSON.stringify(lines)).not.toContain('hunter2-secret');
  });

  it('logs a failed statement with its SQLSTATE, and no parameter', async () => {
    await expect(dataSource.query('SELECT * FROM no_such_table WHERE id = $1', ['hunter2-secret'])).rejects.toThrow();
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'SQL statement failed',
        sql: 'SELECT * FROM no_such_table WHERE id = $1',
        err: expect.objectContaining({ code: '42P01' }) as unknown,
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('hunter2-secret');
  });

  it('logs a refused constraint, which the code turns into CONFLICT, as a warning', async () => {
    await dataSource.query('CREATE TABLE probe (code text UNIQUE)');
    await dataSource.query(`INSERT INTO probe VALUES ('a')`);
    lines.length = 0;
    await expect(dataSource.query(`INSERT INTO probe VALUES ('a')`)).rejects.toThrow();
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, err: expect.objectContaining({ code: '23505' }) as unknown }),
    ]);
  });

  it('still hands every statement to the counter that tests read, without logging it', async () => {
    const { count } = await counter.measure(async () => {
      await dataSource.query('SELECT 1');
      await dataSource.query('SELECT 2');
    });
    expect(count).toBe(2);
    expect(lines).toEqual([]);
  });
});
