import { readFileSync } from 'node:fs';
import type { LocalizedText } from '@forum/graphql';
import type { RecommendationActionData } from './recommendation.entity.js';

export interface CatalogData {
  source: { document: string; title: LocalizedText; meeting: LocalizedText; file: string; englishNote: string };
  recommendations: {
    number: number;
    topic: string;
    title: LocalizedText;
    actions: RecommendationActionData[];
    relatedLegacyRecommendations: number[];
  }[];
  generalSpace: { slug: string; title: string; description: string };
}

/** The catalogue as kept in data/cws12-recommendations.json (Chinese as in the document, English rendered from it). */
export function readCatalogData(): CatalogData {
  return JSON.parse(readFileSync(new URL('./data/cws12-recommendations.json', import.meta.url), 'utf8')) as CatalogData;
}

export const recommendationSpaceSlug = (number: number): string => `recommendation-${number}`;
