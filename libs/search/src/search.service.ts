import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogService } from '@forum/catalog';
import { badInput, checkPlainText, decodeCursor } from '@forum/core';
import { ThreadKind } from '@forum/discussions';
import { Language, pageSize } from '@forum/graphql';
import { OfficesService, type Viewer } from '@forum/identity';
import { parseQuery, withCjkBigrams } from './search-query.js';
import {
  COUNTED_HITS,
  SearchRepository,
  type FacetRow,
  type HitRow,
  type SearchCriteria,
} from './search.repository.js';

/** The arguments of `search`, as typed by the client (the box's own filters win over nothing: both must agree). */
export interface SearchInput {
  query: string;
  kinds?: ThreadKind[] | null;
  officeCode?: string | null;
  language?: Language | null;
  space?: string | null;
  from?: string | null;
  to?: string | null;
}

/** `kind:` words users type, as thread kinds. */
const KIND_WORDS: Record<string, ThreadKind> = {
  discussion: ThreadKind.DISCUSSION,
  question: ThreadKind.QUESTION,
  report: ThreadKind.EXPERIENCE_REPORT,
  strategy: ThreadKind.ICT_STRATEGY,
  stack: ThreadKind.TECH_STACK,
  roadmap: ThreadKind.ROADMAP,
};
/** Hits are counted and ranked among the newest COUNTED_HITS that match: no page starts beyond them. */
const MAX_OFFSET = COUNTED_HITS;
/** How many similar threads the new-thread form shows. */
export const SIMILAR_THREADS = 5;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/gu;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const isOffset = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_OFFSET;

export interface SearchHitRow {
  kind: 'THREAD' | 'POST' | 'STRATEGY' | 'REPORT' | 'COMPONENT' | 'DOCUMENT' | 'STRATEGY_DOCUMENT' | 'REPORT_DOCUMENT';
  id: string;
  /** A component's stack version, a document's post, strategy or report. */
  parentId: string | null;
  score: number;
  /** HTML-escaped text with the matched words in <mark>. */
  snippet: string;
}

@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchRepository,
    private readonly offices: OfficesService,
    private readonly catalog: CatalogService,
  ) {}

  /** Checks the arguments and the filters typed in the box once; unknown offices, spaces or kinds are refused. */
  async criteria(input: SearchInput): Promise<SearchCriteria> {
    const query = checkPlainText(input.query, 'query', { min: 1, max: 500 });
    const typed = parseQuery(query);
    const officeCode = typed.office ?? input.officeCode ?? null;
    const officeIds = officeCode === null ? null : await this.offices.idsByCodes([officeCode.toUpperCase()]);
    if (officeIds && officeIds.length === 0) throw badInput(`Unknown office ${officeCode}`, { field: 'officeCode' });
    const slug = typed.space ?? input.space ?? null;
    const spaceId = slug === null ? null : ((await this.catalog.spaceIdsBySlugs([slug])).get(slug) ?? null);
    if (slug !== null && spaceId === null) throw badInput(`Unknown space ${slug}`, { field: 'space' });
    const kind = typed.kind === null ? null : (KIND_WORDS[typed.kind.toLowerCase()] ?? null);
    if (typed.kind !== null && kind === null) throw badInput(`Unknown kind ${typed.kind}`, { field: 'query' });
    const language = typed.language?.toUpperCase() ?? input.language ?? null;
    if (language !== null && !(language in Language)) throw badInput(`Unknown language`, { field: 'query' });
    const kinds = kind ? [kind] : input.kinds?.length ? input.kinds : null;
    return {
      text: typed.text,
      short: typed.short,
      cjkRuns: [...query.matchAll(CJK_RUN)].map((match) => match[0]),
      threadKinds: kinds,
      officeIds,
      language,
      spaceId,
      from: day(typed.after ?? input.from ?? null, typed.after ? 'query' : 'from'),
      to: day(typed.before ?? input.to ?? null, typed.before ? 'query' : 'to'),
      documentKinds: null,
    };
  }

  /** A page of hits the viewer may see, best first, and how many there are in all. */
  async hits(
    viewer: Viewer,
    criteria: SearchCriteria,
    page: { first?: number | null; after?: string | null },
  ): Promise<{
    hits: SearchHitRow[];
    totalCount: number;
    totalCountCapped: boolean;
    offset: number;
    hasNextPage: boolean;
  }> {
    const limit = pageSize(page.first, 20);
    const offset = page.after ? decodeCursor(page.after, isOffset) : 0;
    const now = new Date();
    const rows = await this.search.hits(this.dataSource.manager, viewer, criteria, { limit: limit + 1, offset }, now);
    const counted = rows[0]?.total ?? (offset === 0 ? 0 : await this.total(viewer, criteria, now));
    const pageRows = rows.slice(0, limit).filter((_row, i) => offset + i < COUNTED_HITS);
    return {
      hits: pageRows.map((row) => toHit(row, criteria.cjkRuns)),
      totalCount: Math.min(counted, COUNTED_HITS),
      totalCountCapped: counted > COUNTED_HITS,
      offset,
      hasNextPage: rows.length > limit && offset + limit < COUNTED_HITS,
    };
  }

  /**
   * Ids of the threads most like a draft (title and the start of its body) that the viewer may see, best first:
   * for the new-thread form, so a member finds the discussion that already exists.
   */
  async similarThreads(viewer: Viewer, draft: { title: string; body?: string | null }): Promise<string[]> {
    const title = checkPlainText(draft.title, 'title', { min: 1, max: 300 });
    const words = draftWords(`${title} ${(draft.body ?? '').slice(0, 2000)}`);
    if (words.length === 0) return [];
    const rows = await this.search.similarThreads(
      this.dataSource.manager,
      viewer,
      { text: words.join(' OR '), title },
      SIMILAR_THREADS,
    );
    return rows.map((row) => row.source_id);
  }

  /** Counts of the hits counted (the newest COUNTED_HITS + 1 at most), per kind, office, space and language. */
  async facets(viewer: Viewer, criteria: SearchCriteria, now = new Date()): Promise<FacetRow[]> {
    return this.search.facets(this.dataSource.manager, viewer, criteria, now);
  }

  private async total(viewer: Viewer, criteria: SearchCriteria, now: Date): Promise<number> {
    const rows = await this.facets(viewer, criteria, now);
    return rows.find((row) => row.facet === 'all')?.count ?? 0;
  }
}

/** The words of a draft worth matching (three letters or more; CJK runs as their bigrams), at most 40. */
function draftWords(text: string): string[] {
  const words = (text.match(/[\p{L}\p{N}]{3,}/gu) ?? []).flatMap((word) =>
    HAS_CJK.test(word) ? withCjkBigrams(word).replace(/"/gu, '').toLowerCase().split(' ') : [word.toLowerCase()],
  );
  return [...new Set(words)].filter((word) => word.length > 1 && word !== 'or').slice(0, 40);
}

function day(value: string | null, argument: string): Date | null {
  if (value === null) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/u.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw badInput(`Dates are YYYY-MM-DD: ${value}`, { field: argument });
  return date;
}

const escapeHtml = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The snippet as HTML: the text escaped, the matched words (ts_headline's marks, CJK runs) in <mark>. */
export function snippetHtml(marked: string, cjkRuns: string[]): string {
  let html = escapeHtml(marked.replace(/\s+/gu, ' ').trim());
  for (const run of new Set(cjkRuns)) html = html.split(run).join(`\ue000${run}\ue001`);
  return html.replace(/\ue000/gu, '<mark>').replace(/\ue001/gu, '</mark>');
}

const toHit = (row: HitRow, cjkRuns: string[]): SearchHitRow => ({
  kind: row.kind as SearchHitRow['kind'],
  id: row.source_id,
  parentId: row.parent_id,
  score: row.score,
  snippet: snippetHtml(row.snippet, cjkRuns),
});
