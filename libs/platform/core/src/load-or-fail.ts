/** What `loadOrFail` needs of a loader (a DataLoader fits). */
export interface KeyLoader<K, V> {
  load(key: K): Promise<V | null | undefined>;
}

/**
 * The loaded value, or the given error where the loader found nothing: in place of a non-null assertion, which would
 * hand GraphQL a null for a non-null field (an INTERNAL error that names nothing).
 */
export async function loadOrFail<K, V>(loader: KeyLoader<K, V>, key: K, error: () => Error): Promise<V> {
  const value = await loader.load(key);
  if (value === null || value === undefined) throw error();
  return value;
}
