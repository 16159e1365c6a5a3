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

const BRANCHES = [...Object.keys(STEMMED).map((language) => language.toLowerCase()), 'other'];

/**
 * The text query in each document's own language: a query in one language finds content of that language whatever
 * the interface language. Each branch is a constant tsquery, so each can use the GIN index; a branch that parses to
 * nothing (stop words only) is null and matches nothing. `scan_*` repeat a branch only when it differs from the ones
 * before it ("data model" is the same query in English, Russian and simple), so the index is not read twice for it
 * (one scan of their OR reads more of the index than the separate scans: measured, docs/performance.md "Search").
 */
export const QUERIES = `SELECT ${BRANCHES.join(', ')}, ${BRANCHES.map(
  (branch, i) =>
    `CASE WHEN ${[
      `${branch} IS NOT NULL`,
      ...BRANCHES.slice(0, i).map((before) => `${branch} IS DISTINCT FROM ${before}`),
    ].join(' AND ')} THEN ${branch} END AS scan_${branch}`,
).join(', ')}
  FROM (SELECT ${BRANCHES.map((branch) => `CASE WHEN numnode(${branch}) > 0 THEN ${branch} END AS ${branch}`).join(', ')}
    FROM (SELECT ${Object.entries(STEMMED)
      .map(([language, config]) => `websearch_to_tsquery('${config}', :text) AS ${language.toLowerCase()}`)
      .join(', ')}, websearch_to_tsquery('simple', :text) AS other) parsed) nonempty`;

/** Documents of one time window (`w.during`) that may match: the index part of the match, one scan per branch. */
export const MATCHES_DURING = `(${BRANCHES.map((branch) => `d.document @@ (q.scan_${branch} && w.during)`).join(' OR ')})`;

export const MATCHES = `(${Object.keys(STEMMED)
  .map((language) => `(d.language = '${language}' AND d.document @@ q.${language.toLowerCase()})`)
  .join(' OR ')} OR (d.language NOT IN (${Object.keys(STEMMED)
  .map((language) => `'${language}'`)
  .join(', ')}) AND d.document @@ q.other))`;

export const QUERY_OF_DOCUMENT = `CASE d.language ${Object.keys(STEMMED)
  .map((language) => `WHEN '${language}' THEN q.${language.toLowerCase()}`)
  .join(' ')} ELSE q.other END`;

/**
 * The time windows a search reads, newest first, as tsqueries on the window lexemes each document's vector holds
 * (search_windows_of in the SearchAtScale migration): the ten-day spans ("deks") of next month (a clock a little
 * ahead), this month and the two before, then the nine months before those, then whole years back to 2000 less the
 * months already read. Together they cover every date once, so reading them in order until enough hits are found
 * gives the newest hits, and a common word is read in its newest window only (docs/performance.md "Search").
 */
export function timeWindows(now: Date): { queries: string[]; starts: Date[]; ends: Date[] } {
  const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month, day));
  const label = (at: Date) => `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
  const queries: string[] = [];
  const starts: Date[] = [];
  const ends: Date[] = [];
  const add = (query: string, start: Date, end: Date) => {
    queries.push(query);
    starts.push(start);
    ends.push(end);
  };
  const covered = new Map<number, string[]>();
  for (let back = -1; back < 12; back++) {
    const month = utc(now.getUTCFullYear(), now.getUTCMonth() - back);
    const next = utc(month.getUTCFullYear(), month.getUTCMonth() + 1);
    const year = month.getUTCFullYear();
    covered.set(year, [...(covered.get(year) ?? []), label(month)]);
    if (back >= 3) {
      add(`'month ${label(month)}'`, month, next);
      continue;
    }
    for (const dek of [3, 2, 1]) {
      const start = utc(year, month.getUTCMonth(), 1 + (dek - 1) * 10);
      add(`'dek ${label(month)}-${dek}'`, start, dek === 3 ? next : utc(year, month.getUTCMonth(), 1 + dek * 10));
    }
  }
  for (let year = now.getUTCFullYear() + 1; year >= OLDEST_YEAR; year--) {
    const read = (covered.get(year) ?? []).map((month) => ` & !'month ${month}'`).join('');
    add(`'year ${year}'${read}`, utc(year, 0), utc(year + 1, 0));
  }
  return { queries, starts, ends };
}

/** No forum content is older (the windows stop there; the read model's oldest date skips the empty years). */
const OLDEST_YEAR = 2000;
