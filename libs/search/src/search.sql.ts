import type { EntityManager } from 'typeorm';
import { visibleSql, type Viewer } from '@forum/identity';

/** SQL written with named parameters (`:name`, as visibleSql writes them) as PostgreSQL's text and values ($1). */
export function positional(db: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return db.connection.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
}

/** The documents `d` the viewer may see: identity's one visibility policy, as SQL. */
export const documentVisibleTo = (viewer: Viewer) =>
  visibleSql(viewer, { visibility: 'd.visibility', officeId: 'd.office_id', sharedWith: 'd.shared_with_office_ids' });

/** The languages PostgreSQL stems; every other language (Arabic, Chinese) is matched by exact words and bigrams. */
const STEMMED = { EN: 'english', FR: 'french', ES: 'spanish', RU: 'russian' } as const;

/**
 * The text query in each document's own language: a query in one language finds content of that language whatever
 * the interface language. Each branch is a constant tsquery, so each can use the GIN index (a BitmapOr of five).
 */
export const QUERIES = `SELECT ${Object.entries(STEMMED)
  .map(([language, config]) => `websearch_to_tsquery('${config}', :text) AS ${language.toLowerCase()}`)
  .join(', ')}, websearch_to_tsquery('simple', :text) AS other`;

export const MATCHES = `(${Object.keys(STEMMED)
  .map((language) => `(d.language = '${language}' AND d.document @@ q.${language.toLowerCase()})`)
  .join(' OR ')} OR (d.language NOT IN (${Object.keys(STEMMED)
  .map((language) => `'${language}'`)
  .join(', ')}) AND d.document @@ q.other))`;

export const QUERY_OF_DOCUMENT = `CASE d.language ${Object.keys(STEMMED)
  .map((language) => `WHEN '${language}' THEN q.${language.toLowerCase()}`)
  .join(' ')} ELSE q.other END`;
