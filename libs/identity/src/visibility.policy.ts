/**
 * The one visibility policy of the forum, in two forms that must always agree:
 * - canView: for a single item already loaded (thread, post, share, socket event ...);
 * - visibleSql: a WHERE fragment for list, count and search queries, so filtering happens in the database.
 *
 * PUBLIC: anyone. COMMUNITY: any signed-in member. OFFICES: the author's office plus the shared-with offices.
 * OFFICE: the author's office only. No role (moderator, admin) bypasses OFFICES or OFFICE: being trusted by the
 * forum is not being trusted by the office that shared something with a few offices only.
 */
import type { Viewer } from './viewer.js';
import { Visibility } from './visibility.js';

export interface VisibleItem {
  visibility: Visibility;
  /** The author's office. */
  officeId: string;
  /** For OFFICES: the other offices it is shared with (ignored for the other visibilities). */
  sharedWithOfficeIds: string[];
}

export function canView(viewer: Viewer, item: VisibleItem): boolean {
  switch (item.visibility) {
    case Visibility.PUBLIC:
      return true;
    case Visibility.COMMUNITY:
      return viewer !== null;
    case Visibility.OFFICES:
      return (
        viewer !== null && (viewer.officeId === item.officeId || item.sharedWithOfficeIds.includes(viewer.officeId))
      );
    case Visibility.OFFICE:
      return viewer !== null && viewer.officeId === item.officeId;
    default:
      // An unknown visibility (a newer value, a corrupt row) is seen by no one rather than by everyone.
      return false;
  }
}

export interface VisibilityColumns {
  /** SQL expression of the visibility (text or enum), e.g. `thread.visibility`. */
  visibility: string;
  /** SQL expression of the author's office id (uuid), e.g. `thread.office_id`. */
  officeId: string;
  /** SQL expression of the shared-with office ids (uuid[]), e.g. `thread.shared_with_office_ids`. */
  sharedWith: string;
}

export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * A parenthesised boolean SQL fragment with TypeORM named parameters (`:name`), true for the rows the viewer may see:
 * `qb.andWhere(fragment.sql, fragment.params)`. The column expressions come from code, never from input.
 * Give each use in one query its own paramPrefix (letters, digits, underscore).
 */
export function visibleSql(viewer: Viewer, columns: VisibilityColumns, paramPrefix = 'visibility'): SqlFragment {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(paramPrefix))
    throw new Error(`visibleSql: bad parameter prefix "${paramPrefix}"`);
  const { visibility, officeId, sharedWith } = columns;
  const p = (name: string) => `${paramPrefix}${name}`;
  if (viewer === null) {
    return { sql: `(${visibility} = :${p('Public')})`, params: { [p('Public')]: Visibility.PUBLIC } };
  }
  const viewerOffice = `CAST(:${p('ViewerOfficeId')} AS uuid)`;
  return {
    sql:
      `(${visibility} IN (:${p('Public')}, :${p('Community')})` +
      ` OR (${visibility} IN (:${p('Offices')}, :${p('Office')}) AND ${officeId} = ${viewerOffice})` +
      ` OR (${visibility} = :${p('Offices')} AND ${viewerOffice} = ANY(${sharedWith})))`,
    params: {
      [p('Public')]: Visibility.PUBLIC,
      [p('Community')]: Visibility.COMMUNITY,
      [p('Offices')]: Visibility.OFFICES,
      [p('Office')]: Visibility.OFFICE,
      [p('ViewerOfficeId')]: viewer.officeId,
    },
  };
}
