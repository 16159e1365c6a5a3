import type { EntityManager } from 'typeorm';
import { visibleSql, type SqlFragment, type Viewer } from '@forum/identity';

/** Named parameters (`:id`, the form visibleSql uses) as the `$n` text and values PostgreSQL takes. */
export function positional(db: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return db.connection.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
}

/** True for the stack versions `alias` the viewer may see: identity's one policy, on the stack's own columns. */
export const stackVisibleTo = (viewer: Viewer, alias = 's'): SqlFragment =>
  visibleSql(viewer, {
    visibility: `${alias}.visibility`,
    officeId: `${alias}.office_id`,
    sharedWith: `${alias}.shared_with_office_ids`,
  });

/**
 * `visible_stack`: per office, the latest version the viewer may see (an office whose later version is narrower
 * still shows its earlier one to those who may see only that), optionally among some offices only.
 * Parameters: the visibility fragment's and `officeIds` (uuid[] or null for all).
 */
export const visibleStacksCte = (visible: SqlFragment) => `visible_stack AS (
  SELECT DISTINCT ON (s.office_id) s.id, s.office_id, s.named_in_who_runs
  FROM tech_stack s
  WHERE ${visible.sql} AND (CAST(:officeIds AS uuid[]) IS NULL OR s.office_id = ANY(CAST(:officeIds AS uuid[])))
  ORDER BY s.office_id, s.version DESC
)`;

/** Component columns with the product normalised through the alias table (`c` joined to `pa`). */
export const COMPONENT_COLUMNS = `c.stack_id, c.position, c.layer, COALESCE(pa.product, c.product) AS product,
  c.product AS given_product, COALESCE(pa.product_key, c.product_key) AS product_key, c.version, c.hosting, c.status,
  to_char(c.status_since, 'YYYY-MM-DD') AS status_since, to_char(c.decommission_by, 'YYYY-MM-DD') AS decommission_by,
  to_char(c.vendor_end_of_support, 'YYYY-MM-DD') AS vendor_end_of_support, c.successor`;

export const COMPONENT_FROM = `stack_component c LEFT JOIN product_alias pa ON pa.alias_key = c.product_key`;
