import { rmSync } from 'node:fs';
import pg from 'pg';
import { ADMIN_URL_VAR, RUN_VAR } from './test-env.js';

/** Drops every database this run made, and stops the embedded server if the run started one. */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.forumTestServer;
  if (server?.embedded) {
    await server.embedded.stop();
    if (server.dataDir) rmSync(server.dataDir, { recursive: true, force: true });
    return;
  }
  const adminUrl = process.env[ADMIN_URL_VAR];
  const run = process.env[RUN_VAR];
  if (!adminUrl || !run) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'forum\\_%' AND datname LIKE $1`,
      [`%${run}%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
