import type { GraphQLClient } from '@forum/testing';

export interface CatalogueView {
  recommendations: {
    id: string;
    number: number;
    zh: string;
    relatedLegacyRecommendations: number[];
    actions: { label: string }[];
    space: { id: string; slug: string };
  }[];
  spaces: { id: string; slug: string }[];
}

export const CATALOGUE_QUERY = `{
  recommendations { id number zh: title(lang: ZH) relatedLegacyRecommendations actions { label } space { id slug } }
  spaces { id slug }
}`;

/** Acceptance 1 of the foundation issue, asked of any running API. */
export async function expectTheCatalogue(client: GraphQLClient): Promise<CatalogueView> {
  const view = await client.data<CatalogueView>(CATALOGUE_QUERY);
  const { recommendations, spaces } = view;
  expect(recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect(recommendations[0].relatedLegacyRecommendations).toEqual([1, 2, 6, 36, 39]);
  expect(recommendations[1].relatedLegacyRecommendations).toEqual([]);
  expect(recommendations[7].actions.map((a) => a.label)).toEqual(['a', 'b']);
  expect(recommendations[0].zh).toMatch(/^知识产权局应在各个阶段与内部和外部利益攸关方合作/);
  for (const rec of recommendations) expect(rec.space.slug).toBe(`recommendation-${rec.number}`);
  expect(spaces).toHaveLength(11);
  expect(new Set(spaces.map((s) => s.slug)).size).toBe(11);
  return view;
}
