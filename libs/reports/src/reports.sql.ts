import type { EntityManager } from 'typeorm';
import { visibleSql, type SqlFragment, type Viewer } from '@forum/identity';

/** SQL with named parameters (`:id`, as visibleSql writes them) as the text and values PostgreSQL takes (`$1`). */
export function positional(db: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return db.connection.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
}

/** Rows of a statement: TypeORM answers UPDATE/DELETE ... RETURNING as [rows, affected], INSERT and SELECT as rows. */
export function rowsOf<T>(raw: unknown): T[] {
  return (Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw) as T[];
}

/** True for the rows of `alias` (a strategy or a report, which carry their thread's visibility) the viewer may see. */
export const visibleTo = (viewer: Viewer, alias: string, paramPrefix = 'visibility'): SqlFragment =>
  visibleSql(
    viewer,
    {
      visibility: `${alias}.visibility`,
      officeId: `${alias}.office_id`,
      sharedWith: `${alias}.shared_with_office_ids`,
    },
    paramPrefix,
  );

/** A timestamp as cursors carry it: UTC with microseconds, whatever the session's TimeZone. */
export const UTC_MICROS_SQL = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A LIKE pattern matching `text` anywhere, its wildcards taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
