import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations, startEmbeddedPostgres, type EmbeddedDatabase } from '@forum/database';
import { ADMIN_URL_VAR, RUN_VAR, TEMPLATE_VAR, withDatabase } from './test-env.js';

declare global {
  var forumTestServer: { embedded?: EmbeddedDatabase; dataDir?: string } | undefined;
}

/**
 * Once per jest run: a real PostgreSQL (the server of DATABASE_URL when set, else an embedded one in a temporary
 * folder) and a template database with every migration applied. Each test file then clones the template
 * (CREATE DATABASE ... TEMPLATE), which takes a fraction of a second and isolates files from each other.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'forum-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir, database: 'forum_test' });
    globalThis.forumTestServer = { embedded, dataDir };
    adminUrl = embedded.adminUrl;
  }
  const template = `forum_tmpl_${run}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(dataSourceOptions(withDatabase(adminUrl, template), [])).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[ADMIN_URL_VAR] = adminUrl;
  process.env[TEMPLATE_VAR] = template;
  process.env[RUN_VAR] = run;
}
