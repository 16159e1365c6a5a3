import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { Role, type Viewer } from '@forum/identity';
import { documentVisibleTo, MATCHES, positional, QUERIES, QUERY_OF_DOCUMENT } from './search.sql.js';

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

@Injectable()
export class SearchRepository {
  /** A page of hits, best first (title above body, then recent above old), with the count of all hits. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT_CRITERIA, { limit: 20, offset: 0 }] })
  async hits(
    db: EntityManager,
    viewer: Viewer,
    criteria: SearchCriteria,
    page: { limit: number; offset: number },
  ): Promise<HitRow[]> {
    const { sql, params } = matching(viewer, criteria);
    const headline = `'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;
    // Ranked and counted on narrow rows; the text and its snippet only for the page's rows, which passed `matching`.
    const [text, values] = positional(
      db,
      `WITH hit AS (${sql})
       SELECT h.kind, h.source_id, h.score::float8 AS score, h.total::int AS total,
         CASE WHEN :cjkRun <> '' AND strpos(c.content, :cjkRun) > 0
           THEN substr(c.content, greatest(strpos(c.content, :cjkRun) - 40, 1), 120)
           ELSE ts_headline(search_config(d.language), c.content, ${QUERY_OF_DOCUMENT}, ${headline}) END AS snippet
       FROM (
         SELECT hit.kind, hit.source_id, hit.score, hit.created_at, count(*) OVER () AS total
         FROM hit ORDER BY hit.score DESC, hit.created_at DESC, hit.kind, hit.source_id LIMIT :limit OFFSET :offset
       ) h
       JOIN search_document d ON d.kind = h.kind AND d.source_id = h.source_id
       CROSS JOIN (${QUERIES}) q
       CROSS JOIN LATERAL (
         SELECT CASE WHEN d.title = '' THEN d.body WHEN d.body = '' THEN d.title ELSE d.title || E'\\n' || d.body END AS content
       ) c
       ORDER BY h.score DESC, h.created_at DESC, h.kind, h.source_id`,
      { ...params, cjkRun: criteria.cjkRuns[0] ?? '', limit: page.limit, offset: page.offset },
    );
    return db.query(text, values);
  }

  /** Counts per thread kind, office, space and language, and of all hits ('all'), in one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT_CRITERIA] })
  async facets(db: EntityManager, viewer: Viewer, criteria: SearchCriteria): Promise<FacetRow[]> {
    const { sql, params } = matching(viewer, criteria);
    const [text, values] = positional(
      db,
      `WITH hit AS (${sql})
       SELECT thread_kind, office_id, space_id, language, count(*)::int AS count,
         CASE WHEN GROUPING(thread_kind) = 0 THEN 'kind' WHEN GROUPING(office_id) = 0 THEN 'office'
           WHEN GROUPING(space_id) = 0 THEN 'space' WHEN GROUPING(language) = 0 THEN 'language' ELSE 'all' END AS facet
       FROM hit GROUP BY GROUPING SETS ((thread_kind), (office_id), (space_id), (language), ())`,
      params,
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

/** The documents the viewer may see that match: the one predicate of hits and facets. */
function matching(viewer: Viewer, criteria: SearchCriteria): { sql: string; params: Record<string, unknown> } {
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
  const text = criteria.text !== '';
  const typo = criteria.short !== null;
  const match = [text ? MATCHES : null, typo ? `(d.kind = 'THREAD' AND :short <% d.title)` : null].filter(Boolean);
  const score = [
    text ? `ts_rank(d.document, ${QUERY_OF_DOCUMENT})` : null,
    typo ? `CASE WHEN d.kind = 'THREAD' THEN word_similarity(:short, d.title) / 2 ELSE 0 END` : null,
  ].filter(Boolean);
  return {
    sql: `SELECT d.kind, d.source_id, d.thread_kind, d.office_id, d.space_id, d.language, d.created_at,
        ${score.length ? score.join(' + ') : '0'} AS score
      FROM search_document d, (${QUERIES}) q
      WHERE ${filters.join(' AND ')}${match.length ? ` AND (${match.join(' OR ')})` : ''}`,
    params: {
      ...visible.params,
      text: criteria.text,
      short: criteria.short,
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
