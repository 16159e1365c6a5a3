import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { Role, type Viewer } from '@forum/identity';
import {
  documentVisibleTo,
  MATCHES,
  MATCHES_DURING,
  positional,
  QUERIES,
  QUERY_OF_DOCUMENT,
  timeWindows,
} from './search.sql.js';

/** What a search looks for, checked by SearchService (ids resolved, dates parsed). */
export interface SearchCriteria {
  /** For websearch_to_tsquery (CJK already as bigram phrases); empty: filters only. */
  text: string;
  /** One or two plain words: titles within a typo match too (pg_trgm word similarity). */
  short: string | null;
  /** CJK runs of the query, to mark and centre snippets on (ts_headline sees no bigrams). */
  cjkRuns: string[];
  threadKinds: string[] | null;
  officeIds: string[] | null;
  language: string | null;
  spaceId: string | null;
  from: Date | null;
  to: Date | null;
  /** Only these document kinds (THREAD, POST); null: every kind. */
  documentKinds: string[] | null;
}

export interface HitRow {
  kind: string;
  source_id: string;
  /** A component's stack version, a document's post: what the hit's node is reached through. */
  parent_id: string | null;
  score: number;
  /** Marked with U+E000 / U+E001 around matched words (escaped and turned into <mark> by the service). */
  snippet: string;
  total: number;
}

export interface FacetRow {
  thread_kind: string | null;
  office_id: string | null;
  space_id: string | null;
  language: string | null;
  /** Which grouping the row is: 'kind', 'office', 'space', 'language', or 'all' (totalCount). */
  facet: string;
  count: number;
}

const SNAPSHOT_VIEWER: Viewer = {
  memberId: '00000000-0000-4000-8000-000000000001',
  officeId: '00000000-0000-4000-8000-000000000002',
  role: Role.MEMBER,
};
const SNAPSHOT_CRITERIA: SearchCriteria = {
  text: 'cloud migration',
  short: 'cloud migration',
  cjkRuns: [],
  threadKinds: ['DISCUSSION'],
  officeIds: ['00000000-0000-4000-8000-000000000002'],
  language: 'EN',
  spaceId: '00000000-0000-4000-8000-000000000003',
  from: new Date('2026-01-01T00:00:00Z'),
  to: new Date('2026-12-31T00:00:00Z'),
  documentKinds: ['THREAD', 'POST'],
};
const SNAPSHOT_NOW = new Date('2026-11-27T12:00:00Z');

/** Hits are counted, ranked and paged among at most this many (the newest that match); see docs/architecture.md. */
export const COUNTED_HITS = 200;
/** Titles within a typo of a short query are looked for when its words find fewer hits than this (a page). */
const TYPOS_BELOW = 20;

@Injectable()
export class SearchRepository {
  /**
   * A page of hits, best first (title above body, then recent above old), among the newest COUNTED_HITS that match,
   * with their number (`total`, at most COUNTED_HITS + 1: more than COUNTED_HITS).
   */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT_CRITERIA, { limit: 20, offset: 0 }, SNAPSHOT_NOW] })
  async hits(
    db: EntityManager,
    viewer: Viewer,
    criteria: SearchCriteria,
    page: { limit: number; offset: number },
    now: Date,
  ): Promise<HitRow[]> {
    const { sql, params } = matching(viewer, criteria, now);
    const headline = `'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;
    const score = [
      criteria.text !== '' ? `coalesce(ts_rank(d.document, ${QUERY_OF_DOCUMENT}), 0)` : null,
      criteria.short !== null ? `word_similarity(:short, d.title) / 2` : null,
    ].filter(Boolean);
    // Ranked and counted on the candidates; the text and its snippet only for the page's rows.
    const [text, values] = positional(
      db,
      `${sql}
       SELECT h.kind, h.source_id, h.parent_id, h.score::float8 AS score, h.total::int AS total,
         CASE WHEN :cjkRun <> '' AND strpos(c.content, :cjkRun) > 0
           THEN substr(c.content, greatest(strpos(c.content, :cjkRun) - 40, 1), 120)
           ELSE coalesce(ts_headline(search_config(d.language), c.content, ${QUERY_OF_DOCUMENT}, ${headline}), substr(c.content, 1, 200)) END AS snippet
       FROM (
         SELECT d.kind, d.source_id, d.parent_id, d.created_at, ${score.length ? score.join(' + ') : '0'} AS score,
           count(*) OVER () AS total
         FROM hit d, q ORDER BY score DESC, d.created_at DESC, d.kind, d.source_id LIMIT :limit OFFSET :offset
       ) h
       JOIN search_document d ON d.kind = h.kind AND d.source_id = h.source_id
       CROSS JOIN q
       CROSS JOIN LATERAL (
         SELECT CASE WHEN d.title = '' THEN d.body WHEN d.body = '' THEN d.title ELSE d.title || E'\\n' || d.body END AS content
       ) c
       ORDER BY h.score DESC, h.created_at DESC, h.kind, h.source_id`,
      { ...params, cjkRun: criteria.cjkRuns[0] ?? '', limit: page.limit, offset: page.offset },
    );
    return db.query(text, values);
  }

  /** Counts per thread kind, office, space and language, and of all hits ('all'), in one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT_CRITERIA, SNAPSHOT_NOW] })
  async facets(db: EntityManager, viewer: Viewer, criteria: SearchCriteria, now: Date): Promise<FacetRow[]> {
    const { sql, params } = matching(viewer, criteria, now);
    const [text, values] = positional(
      db,
      `${sql}
       SELECT thread_kind, office_id, space_id, language, count(*)::int AS count,
         CASE WHEN GROUPING(thread_kind) = 0 THEN 'kind' WHEN GROUPING(office_id) = 0 THEN 'office'
           WHEN GROUPING(space_id) = 0 THEN 'space' WHEN GROUPING(language) = 0 THEN 'language' ELSE 'all' END AS facet
       FROM (SELECT * FROM hit ORDER BY created_at DESC LIMIT :countedOnly) hit
       GROUP BY GROUPING SETS ((thread_kind), (office_id), (space_id), (language), ())`,
      { ...params, countedOnly: COUNTED_HITS },
    );
    return db.query(text, values);
  }

  /** The threads the viewer may see most like a draft: shared words (in each thread's language) or a close title. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, { text: 'cloud OR migration', title: 'Cloud migration' }, 5] })
  async similarThreads(
    db: EntityManager,
    viewer: Viewer,
    draft: DraftWords,
    limit: number,
  ): Promise<{ source_id: string }[]> {
    const visible = documentVisibleTo(viewer);
    const [text, values] = positional(
      db,
      `SELECT d.source_id FROM search_document d, (${QUERIES}) q
       WHERE d.kind = 'THREAD' AND ${visible.sql} AND (${MATCHES} OR d.title % :title)
       ORDER BY ts_rank(d.document, ${QUERY_OF_DOCUMENT}) + similarity(d.title, :title) DESC, d.created_at DESC, d.source_id
       LIMIT :limit`,
      { ...visible.params, text: draft.text, title: draft.title, limit },
    );
    return db.query(text, values);
  }
}

/** A draft thread's words, for similarThreads: any of them (`OR`), and its title for trigram similarity. */
export interface DraftWords {
  text: string;
  title: string;
}

/**
 * The hits: `WITH q AS (the query in each language), ..., hit AS (...)`, the documents the viewer may see that match,
 * the one predicate of hits and facets. The text is matched window by window, newest first (timeWindows), until
 * COUNTED_HITS + 1 are found, so a common word reads its newest window only. When the words find fewer than a page, a
 * short query also matches titles within a typo (pg_trgm), newest first, as many again at most.
 */
function matching(
  viewer: Viewer,
  criteria: SearchCriteria,
  now: Date,
): { sql: string; params: Record<string, unknown> } {
  const visible = documentVisibleTo(viewer);
  const filters = [
    visible.sql,
    criteria.documentKinds ? 'd.kind IN (:...documentKinds)' : null,
    criteria.threadKinds ? 'd.thread_kind IN (:...threadKinds)' : null,
    criteria.officeIds ? 'd.office_id IN (:...officeIds)' : null,
    criteria.language ? 'd.language = :language' : null,
    criteria.spaceId ? 'd.space_id = CAST(:spaceId AS uuid)' : null,
    criteria.from ? 'd.created_at >= :from' : null,
    criteria.to ? 'd.created_at < :to' : null,
  ].filter(Boolean);
  const columns = `d.kind, d.source_id, d.parent_id, d.title, d.thread_kind, d.office_id, d.space_id, d.language,
    d.created_at, d.document`;
  const windows = timeWindows(now);
  const text = criteria.text !== '';
  // Without text (filters only), a window's lexeme alone finds its documents.
  const found = `SELECT f.* FROM (
      SELECT CAST(w.during AS tsquery) AS during FROM unnest(CAST(:windowQueries AS text[]),
        CAST(:windowStarts AS timestamptz[]), CAST(:windowEnds AS timestamptz[])) WITH ORDINALITY AS w(during, starts, ends, n)
      WHERE w.ends > (SELECT min(created_at) FROM search_document)${criteria.from ? ' AND w.ends > :from' : ''}${
        criteria.to ? ' AND w.starts < :to' : ''
      }
      ORDER BY w.n
    ) w CROSS JOIN LATERAL (
      SELECT ${columns} FROM search_document d, q
      WHERE ${text ? `${MATCHES_DURING} AND d.document @@ ${QUERY_OF_DOCUMENT}` : 'd.document @@ w.during'}
        AND ${filters.join(' AND ')}
      ORDER BY d.created_at DESC LIMIT :counted
    ) f LIMIT :counted`;
  // Materialized: the trigram index finds the close titles, rather than the planner walking the dates backwards and
  // testing every title (it did, for 76,000 rows, when it guessed many matches).
  const typo = `SELECT ${columns} FROM close_title d
      WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.kind = d.kind AND f.source_id = d.source_id)
      ORDER BY d.created_at DESC LIMIT :counted`;
  const closeTitle = `SELECT ${columns} FROM search_document d
      WHERE (SELECT count(*) FROM found) < :typosBelow AND :short <% d.title AND ${filters.join(' AND ')}`;
  return {
    sql: `WITH q AS MATERIALIZED (${QUERIES}),
      found AS MATERIALIZED (${found}),
      ${criteria.short !== null ? `close_title AS MATERIALIZED (${closeTitle}),` : ''}
      hit AS (SELECT * FROM found${criteria.short !== null ? ` UNION ALL (${typo})` : ''})`,
    params: {
      ...visible.params,
      text: criteria.text,
      short: criteria.short,
      counted: COUNTED_HITS + 1,
      typosBelow: TYPOS_BELOW,
      windowQueries: windows.queries,
      windowStarts: windows.starts,
      windowEnds: windows.ends,
      documentKinds: criteria.documentKinds,
      threadKinds: criteria.threadKinds,
      officeIds: criteria.officeIds,
      language: criteria.language,
      spaceId: criteria.spaceId,
      from: criteria.from,
      to: criteria.to,
    },
  };
}
