const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for an id PostgreSQL can compare with a uuid column. Anything else names nothing: callers answer as for an
 * unknown id (NOT_FOUND, or null), instead of letting the cast fail in the database (22P02, INTERNAL).
 */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** The distinct uuids among `ids`: what is worth asking the database for (a non-uuid names nothing). */
export const distinctUuids = (ids: readonly string[]): string[] => [...new Set(ids)].filter(isUuid);

/**
 * Rows fetched for a batch of ids, in the order of `ids` (null where none came back): what a DataLoader's batch
 * function returns. `key` reads a row's id (default: its `id`).
 */
export function rowsByIds<R, K = string>(
  ids: readonly K[],
  rows: readonly R[],
  key: (row: R) => K = (row) => (row as { id: K }).id,
): (R | null)[] {
  const byId = new Map(rows.map((row) => [key(row), row]));
  return ids.map((id) => byId.get(id) ?? null);
}
