// Bulk loading is fastest into bare tables: the indexes and constraints of the loaded tables (and foreign keys that
// point at them) are read from the catalogue, dropped, and recreated exactly after the load — which also validates
// every key and reference over the whole data set.

export async function captureIndexes(client, tables) {
  const { rows: constraints } = await client.query(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u', 'f') AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))`,
    [tables],
  );
  const { rows: indexes } = await client.query(
    `SELECT i.tablename AS "table", i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  return { constraints, indexes };
}

const quote = (name) => `"${name.replace(/"/g, '""')}"`;

export async function dropIndexes(client, { constraints, indexes }) {
  for (const c of constraints.filter((c) => c.type === 'f'))
    await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${quote(c.name)}`);
  for (const c of constraints.filter((c) => c.type !== 'f'))
    await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${quote(c.name)}`);
  for (const i of indexes) await client.query(`DROP INDEX ${quote(i.name)}`);
}

/** Recreates keys, then indexes, then foreign keys; `clients` share the work (one statement each at a time). */
export async function recreateIndexes(clients, { constraints, indexes }) {
  const run = async (statements) => {
    const queue = [...statements];
    await Promise.all(
      clients.map(async (client) => {
        for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
      }),
    );
  };
  const add = (c) => `ALTER TABLE ${c.table} ADD CONSTRAINT ${quote(c.name)} ${c.def}`;
  await run([...constraints.filter((c) => c.type !== 'f').map(add), ...indexes.map((i) => i.def)]);
  await run(constraints.filter((c) => c.type === 'f').map(add));
}
