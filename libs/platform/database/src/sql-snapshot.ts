import type { EntityManager } from 'typeorm';

export interface SqlSnapshotOptions {
  /**
   * The arguments after `db` to call the method with when its SQL is recorded: fixed values (ids, times), so that the
   * statements are the same on every run. A function receives the snapshot's transaction to create what the method
   * needs first (e.g. the office a member row refers to); what it sends is not part of the snapshot.
   */
  params: unknown[] | ((db: EntityManager) => Promise<unknown[]>);
}

export interface SqlSnapshotMethod {
  method: string;
  options: SqlSnapshotOptions;
}

const snapshots = new WeakMap<object, Map<string, SqlSnapshotOptions>>();

/**
 * Marks a repository method whose SQL is recorded into the lib's committed `queries/<repository-file>.sql`
 * (libs/platform/testing/src/sql-snapshots.ts checks it), so that every change of a query shows in review.
 * The method takes `db: EntityManager` first: the caller's transaction, or the DataSource's manager.
 */
export function SqlSnapshot(options: SqlSnapshotOptions): MethodDecorator {
  return (target, key) => {
    const methods = snapshots.get(target) ?? new Map<string, SqlSnapshotOptions>();
    methods.set(String(key), options);
    snapshots.set(target, methods);
  };
}

/** The @SqlSnapshot methods of a repository class, in declaration order. */
export function sqlSnapshotsOf(repository: abstract new (...args: never[]) => unknown): SqlSnapshotMethod[] {
  const methods = snapshots.get(repository.prototype as object) ?? new Map<string, SqlSnapshotOptions>();
  return [...methods].map(([method, options]) => ({ method, options }));
}
