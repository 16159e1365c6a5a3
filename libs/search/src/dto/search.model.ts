import { createUnionType, Extensions, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PostModel, ThreadModel } from '@forum/discussions';
import { PageInfo } from '@forum/graphql';
import { DocumentModel } from '@forum/documents';
import { ExperienceReportModel, IctStrategyModel } from '@forum/reports';
import { TechStackModel } from '@forum/stacks';
import type { SearchCriteria } from '../search.repository.js';

export type SearchHitNode =
  ThreadModel | PostModel | IctStrategyModel | ExperienceReportModel | TechStackModel | DocumentModel;
export type SearchHitType =
  | typeof ThreadModel
  | typeof PostModel
  | typeof IctStrategyModel
  | typeof ExperienceReportModel
  | typeof TechStackModel
  | typeof DocumentModel;

/** The GraphQL type of each node a search returned (the models are plain objects, several with a title). */
export const HIT_TYPES = new WeakMap<object, SearchHitType>();

export const SearchHit = createUnionType({
  name: 'SearchHit',
  description:
    'What a search found: a thread (its title and opening post), a reply, an ICT strategy, an experience report, ' +
    'a technology stack (one of its components matched) or a document of a post, strategy or report (its text matched).',
  types: () =>
    [ThreadModel, PostModel, IctStrategyModel, ExperienceReportModel, TechStackModel, DocumentModel] as const,
  resolveType: (value: SearchHitNode) => HIT_TYPES.get(value) ?? ('title' in value ? ThreadModel : PostModel),
});

@ObjectType('SearchHitEdge', { description: 'One hit, with the words that matched.' })
export class SearchHitEdge {
  @Field({ description: 'Where the next page starts after this hit.' })
  cursor!: string;

  @Field(() => SearchHit, { description: 'The thread, post, strategy or report found (only what the caller may see).' })
  node!: SearchHitNode;

  @Field({
    description:
      'A short extract of the hit, HTML-escaped, the matched words in <mark>...</mark>; built only from the hit itself.',
  })
  snippet!: string;

  @Field(() => Float, { description: 'Relevance: higher first; a title match scores above a body match.' })
  score!: number;

  @Field(() => SearchHit, {
    nullable: true,
    description:
      'For a document found by its text: what it is attached to, the post or the strategy or report it is a version ' +
      'of (which the caller may see: the hit is shown through it). Null for other hits.',
  })
  attachedTo?: SearchHitNode | null;
}

@ObjectType('SearchHitConnection', { description: 'A page of hits, best first (recent first at equal relevance).' })
export class SearchHitConnection {
  @Field(() => [SearchHitEdge], { description: 'The hits of this page.' })
  edges!: SearchHitEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and where.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      'How many hits in all pages (only what the caller may see), counted up to 1,000: when more match, it says ' +
      '1000 and totalCountCapped is true (hits are then ranked among the newest 1,000 that match).',
  })
  totalCount!: number;

  @Field({ description: 'True when more hits match than totalCount says (more than 1,000).' })
  totalCountCapped!: boolean;
}

@ObjectType('SearchFacetCount', { description: 'How many hits have one value of a facet.' })
export class SearchFacetCount {
  @Field({ description: 'The value: a ThreadKind, an office code, a space slug or a Language.' })
  value!: string;

  @Field(() => Int, { description: 'Hits with this value (only what the caller may see).' })
  count!: number;
}

@ObjectType('SearchFacets', {
  description:
    'Counts of the hits of a search per kind, office, space and language: of all hits, or of the newest 1,000 ' +
    'when totalCountCapped.',
})
export class SearchFacets {
  @Extensions({ listSize: 6 })
  @Field(() => [SearchFacetCount], { description: 'Per thread kind (ThreadKind), most hits first.' })
  kinds!: SearchFacetCount[];

  @Extensions({ listSize: 50 })
  @Field(() => [SearchFacetCount], { description: 'Per office of the content (office code), most hits first.' })
  offices!: SearchFacetCount[];

  @Extensions({ listSize: 11 })
  @Field(() => [SearchFacetCount], { description: 'Per space (slug), most hits first.' })
  spaces!: SearchFacetCount[];

  @Extensions({ listSize: 6 })
  @Field(() => [SearchFacetCount], { description: 'Per language of the content (Language), most hits first.' })
  languages!: SearchFacetCount[];
}

@ObjectType('SearchResult', { description: 'The result of a search: pages of hits and their facets.' })
export class SearchResultModel {
  /** The checked search, for the hits and facets fields (not in the schema). */
  criteria!: SearchCriteria;
}
