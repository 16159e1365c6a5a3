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

/** Waits (at most 120 s) until no delivery of the outbox is due; returns how many are still pending. */
export async function drainOutbox(url) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const due = await withClient(url, async (client) => {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM event_delivery WHERE state = 'PENDING' AND available_at <= now()`,
      );
      return rows[0].n;
    });
    if (due === 0 || Date.now() > deadline) return due;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Public, unlocked threads, the longest first (those with more than 50 posts), in a stable order. */
export function publicThreads(url, limit) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT id FROM thread WHERE visibility = 'PUBLIC' AND NOT locked ORDER BY post_count > 50 DESC, md5(id::text) LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  });
}
