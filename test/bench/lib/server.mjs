// The PostgreSQL server the benchmark uses: DATABASE_URL's server when set, else the forum's embedded one (started
// from the production build, data in .data/bench). The benchmark works in its own database on that server.
import pg from 'pg';
import { WORKSPACE, dist } from './paths.mjs';

export async function benchServer() {
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    return { adminUrl, urlOf: (name) => withDatabase(adminUrl, name), stop: () => Promise.resolve(), embedded: false };
  }
  const { startEmbeddedPostgres } = await import(dist('libs/platform/database/src/index.js'));
  const embedded = await startEmbeddedPostgres({ dataDir: `${WORKSPACE}.data/bench` });
  return {
    adminUrl: embedded.adminUrl,
    urlOf: (name) => withDatabase(embedded.url, name),
    stop: () => embedded.stop(),
    embedded: true,
  };
}

export function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs `work` with a client of `url`, closing it afterwards. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The seeding metadata kept as the database's comment (null when the database is missing or was never seeded). */
export async function seededMeta(adminUrl, name) {
  return withClient(adminUrl, async (client) => {
    const { rows } = await client.query(
      'SELECT shobj_description(oid, $2) AS meta FROM pg_database WHERE datname = $1',
      [name, 'pg_database'],
    );
    try {
      return rows[0]?.meta ? JSON.parse(rows[0].meta) : null;
    } catch {
      return null;
    }
  });
}
