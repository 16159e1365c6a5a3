import { Args, Context, Extensions, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogService } from '@forum/catalog';
import { encodeCursor } from '@forum/core';
import { PostModel, ThreadKind, ThreadModel } from '@forum/discussions';
import { Language, PageArgs, type ForumContext, type PageArguments } from '@forum/graphql';
import { CurrentViewer, OfficesService, Public, type Viewer } from '@forum/identity';
import { DocumentModel } from '@forum/documents';
import { ExperienceReportModel, IctStrategyModel, ReportsService, StrategiesService } from '@forum/reports';
import { StacksService, TechStackModel } from '@forum/stacks';
import {
  HIT_TYPES,
  SearchFacetCount,
  SearchFacets,
  SearchHitConnection,
  SearchResultModel,
  type SearchHitNode,
  type SearchHitType,
} from './dto/search.model.js';
import { SearchService, SIMILAR_THREADS, type SearchHitRow } from './search.service.js';

const HitsArgs = PageArgs(20);

/** A hit's node, and for a document what it is attached to (shown with it). */
interface Found {
  node: SearchHitNode;
  attachedTo: SearchHitNode | null;
}

@Resolver(() => SearchResultModel)
export class SearchResolver {
  constructor(
    private readonly searches: SearchService,
    private readonly offices: OfficesService,
    private readonly catalog: CatalogService,
    private readonly strategies: StrategiesService,
    private readonly reports: ReportsService,
    private readonly stacks: StacksService,
  ) {}

  @Public()
  @Query(() => SearchResultModel, {
    description:
      'Full-text search over threads, posts, strategies, reports, stack components and the text of attached ' +
      'documents the caller may see, in the content language (stemming for English, ' +
      'French, Spanish and Russian; Chinese inside sentences). The query takes "quoted phrases", -word, OR, and ' +
      'filters typed in the box: office:DE, in:recommendation-8, kind:report, before:2026-01-01, after:..., lang:zh.',
  })
  async search(
    @Args('query', { description: 'What to look for, with the syntax above (at most 500 characters).' })
    query: string,
    @Args('kinds', { type: () => [ThreadKind], nullable: true, description: 'Only threads of these kinds.' })
    kinds: ThreadKind[] | null,
    @Args('officeCode', { type: () => String, nullable: true, description: 'Only content of this office.' })
    officeCode: string | null,
    @Args('language', { type: () => Language, nullable: true, description: 'Only content in this language.' })
    language: Language | null,
    @Args('space', { type: () => String, nullable: true, description: 'Only this space (its slug).' })
    space: string | null,
    @Args('from', { type: () => String, nullable: true, description: 'Only content written on or after (YYYY-MM-DD).' })
    from: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'Only content written before (YYYY-MM-DD).' })
    to: string | null,
  ): Promise<SearchResultModel> {
    return { criteria: await this.searches.criteria({ query, kinds, officeCode, language, space, from, to }) };
  }

  @Public()
  @Extensions({ listSize: SIMILAR_THREADS })
  @Query(() => [ThreadModel], {
    description:
      'For the new-thread form: the threads most like the draft (shared words in their language, or a close title), ' +
      `best first, at most ${SIMILAR_THREADS}; only threads the caller may see.`,
  })
  async similarThreads(
    @Args('title', { description: "The draft's title." }) title: string,
    @Args('body', { type: () => String, nullable: true, description: "The draft's body (its start is used)." })
    body: string | null,
    @CurrentViewer() viewer: Viewer,
    @Context() { loaders }: ForumContext,
  ): Promise<ThreadModel[]> {
    const ids = await this.searches.similarThreads(viewer, { title, body });
    const threads = await Promise.all(ids.map((id) => loaders.discussions.threads.load(id)));
    return threads.filter((thread): thread is ThreadModel => thread !== null);
  }

  @Public()
  @ResolveField(() => SearchHitConnection, { description: 'The hits, best first.' })
  async hits(
    @Parent() result: SearchResultModel,
    @Args({ type: () => HitsArgs }) page: PageArguments,
    @CurrentViewer() viewer: Viewer,
    @Context() { loaders }: ForumContext,
  ): Promise<SearchHitConnection> {
    const found = await this.searches.hits(viewer, result.criteria, page);
    const nodes = await this.nodes(viewer, loaders, found.hits);
    const edges = found.hits.flatMap((hit, i) => {
      const shown = nodes[i];
      if (!shown) return [];
      const { node, attachedTo } = shown;
      return [{ cursor: encodeCursor(found.offset + i + 1), node, attachedTo, snippet: hit.snippet, score: hit.score }];
    });
    return {
      edges,
      pageInfo: { hasNextPage: found.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: found.totalCount,
      totalCountCapped: found.totalCountCapped,
    };
  }

  /**
   * The hits' nodes, their visibility checked again by their own domain: one statement per kind on the page
   * (discussions' loaders for threads and posts, reports' services for strategies and reports, stacks' for the
   * stack version of a component; a document is shown through what it is attached to, which its domain checks, and
   * that comes with it).
   */
  private async nodes(
    viewer: Viewer,
    loaders: ForumContext['loaders'],
    hits: SearchHitRow[],
  ): Promise<(Found | null)[]> {
    const parentsOf = (kind: SearchHitRow['kind']) =>
      hits.filter((hit) => hit.kind === kind).map((hit) => hit.parentId ?? '');
    // A strategy or report is asked for once, whether it matched or one of its documents did.
    const ids = (kind: 'STRATEGY' | 'REPORT') => [
      ...new Set([...hits.filter((hit) => hit.kind === kind).map((hit) => hit.id), ...parentsOf(`${kind}_DOCUMENT`)]),
    ];
    const stackIds = [...new Set(parentsOf('COMPONENT'))];
    const [strategies, reports, stacks] = await Promise.all([
      ids('STRATEGY').length ? this.strategies.visibleByIds(viewer, ids('STRATEGY')) : [],
      ids('REPORT').length ? this.reports.visibleByIds(viewer, ids('REPORT')) : [],
      stackIds.length ? this.stacks.visibleByIds(viewer, stackIds) : [],
    ]);
    const byId = new Map<string, SearchHitNode | null>();
    ids('STRATEGY').forEach((id, i) => byId.set(`STRATEGY:${id}`, typed(strategies[i], IctStrategyModel)));
    ids('REPORT').forEach((id, i) => byId.set(`REPORT:${id}`, typed(reports[i], ExperienceReportModel)));
    stackIds.forEach((id, i) => byId.set(`STACK:${id}`, typed(stacks[i], TechStackModel)));
    const alone = (node: SearchHitNode | null | undefined): Found | null => (node ? { node, attachedTo: null } : null);
    return Promise.all(
      hits.map(async (hit) => {
        if (hit.kind === 'THREAD') return alone(typed(await loaders.discussions.threads.load(hit.id), ThreadModel));
        if (hit.kind === 'POST') return alone(typed(await loaders.discussions.posts.load(hit.id), PostModel));
        if (hit.kind === 'COMPONENT') return alone(byId.get(`STACK:${hit.parentId}`));
        if (hit.kind === 'DOCUMENT') return this.document(loaders, hit);
        if (hit.kind === 'STRATEGY_DOCUMENT' || hit.kind === 'REPORT_DOCUMENT')
          return this.version(loaders, hit, byId.get(`${hit.kind.replace('_DOCUMENT', '')}:${hit.parentId}`) ?? null);
        return alone(byId.get(`${hit.kind}:${hit.id}`));
      }),
    );
  }

  /** A version of a strategy's or report's document, once reports let the viewer see the holder. */
  private async version(
    loaders: ForumContext['loaders'],
    hit: SearchHitRow,
    holder: SearchHitNode | null,
  ): Promise<Found | null> {
    if (!holder || !hit.parentId) return null;
    const versions = await (
      hit.kind === 'STRATEGY_DOCUMENT' ? loaders.documents.versionsOfStrategy : loaders.documents.versionsOfReport
    ).load(hit.parentId);
    const document = typed(versions.find((version) => version.document.id === hit.id)?.document, DocumentModel);
    return document ? { node: document, attachedTo: holder } : null;
  }

  /** A document hit: its post, as discussions lets the viewer see it, then the post's attachment of that id. */
  private async document(loaders: ForumContext['loaders'], hit: SearchHitRow): Promise<Found | null> {
    const post = hit.parentId ? typed(await loaders.discussions.posts.load(hit.parentId), PostModel) : null;
    if (!post) return null;
    const attachments = await loaders.documents.attachmentsOfPost.load(post.id);
    const document = typed(
      attachments.find((attachment) => attachment.id === hit.id),
      DocumentModel,
    );
    return document ? { node: document, attachedTo: post } : null;
  }

  @Public()
  @ResolveField(() => SearchFacets, { description: 'Counts of all hits per kind, office, space and language.' })
  async facets(@Parent() result: SearchResultModel, @CurrentViewer() viewer: Viewer): Promise<SearchFacets> {
    const rows = await this.searches.facets(viewer, result.criteria);
    const of = (facet: string) => rows.filter((row) => row.facet === facet).sort((a, b) => b.count - a.count);
    const offices = of('office');
    const spaces = of('space').filter((row) => row.space_id !== null);
    const officeModels = await this.offices.officesByIds(offices.map((row) => row.office_id ?? ''));
    const spaceModels = await this.catalog.spacesByIds(spaces.map((row) => row.space_id ?? ''));
    const counts = (values: (string | null | undefined)[], facetRows: typeof rows): SearchFacetCount[] =>
      facetRows.flatMap((row, i) => (values[i] ? [{ value: values[i], count: row.count }] : []));
    return {
      kinds: counts(
        of('kind').map((row) => row.thread_kind),
        of('kind'),
      ),
      offices: counts(
        officeModels.map((office) => office?.code),
        offices,
      ),
      spaces: counts(
        spaceModels.map((space) => space?.slug),
        spaces,
      ),
      languages: counts(
        of('language').map((row) => row.language),
        of('language'),
      ),
    };
  }
}

/** Remembers a node's GraphQL type for the SearchHit union. */
function typed<T extends object>(node: T | null | undefined, type: SearchHitType): T | null {
  if (node) HIT_TYPES.set(node, type);
  return node ?? null;
}
