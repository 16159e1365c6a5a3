import type { EntityManager } from 'typeorm';
import { visibleSql, type SqlFragment, type Viewer } from '@forum/identity';

/**
 * SQL written with named parameters (`:id`, the form `visibleSql` uses) as the text and values PostgreSQL takes
 * (`$1`): the same conversion TypeORM's query builder makes. A name used twice becomes one `$n`.
 */
export function positional(db: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return db.connection.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
}

/** Rows of a statement: TypeORM answers UPDATE/DELETE ... RETURNING as [rows, affected], INSERT and SELECT as rows. */
export function rowsOf<T>(raw: unknown): T[] {
  return (Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw) as T[];
}

/** True for the threads `alias` the viewer may see: identity's one visibility policy, as SQL. */
export const threadVisibleTo = (viewer: Viewer, alias = 't'): SqlFragment =>
  visibleSql(viewer, {
    visibility: `${alias}.visibility`,
    officeId: `${alias}.office_id`,
    sharedWith: `${alias}.shared_with_office_ids`,
  });
