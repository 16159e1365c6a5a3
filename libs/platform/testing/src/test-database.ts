import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ADMIN_URL_VAR, RUN_VAR, TEMPLATE_VAR, withDatabase } from './test-env.js';

export interface TestDatabase {
  /** The database's URL, to pass as DATABASE_URL. */
  url: string;
  name: string;
  /** Runs SQL on this database with a short-lived connection (for assertions the API cannot make). */
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest with the shared preset (its globalSetup)`);
  return value;
}

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: required(ADMIN_URL_VAR) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, fully migrated database of its own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `forum_t_${required(RUN_VAR)}_${randomBytes(4).toString('hex')}`;
  // CREATE DATABASE ... TEMPLATE fails while another session is connected to the template; files start at once.
  for (let attempt = 0; ; attempt++) {
    try {
      await onAdmin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${required(TEMPLATE_VAR)}`));
      break;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
  const url = withDatabase(required(ADMIN_URL_VAR), name);
  return {
    url,
    name,
    async query(sql, params) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    drop: () => onAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
