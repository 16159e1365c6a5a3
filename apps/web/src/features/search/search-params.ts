import type { Language, ThreadKind } from '../../gql/graphql';
import { THREAD_KINDS } from '../threads/labels';

/** What a search asks for; kept in the page's URL so that a search can be shared, reloaded and gone back to. */
export interface SearchFilters {
  query: string;
  officeCode: string | null;
  space: string | null;
  kinds: ThreadKind[];
  language: Language | null;
  /** YYYY-MM-DD, inclusive. */
  from: string | null;
  /** YYYY-MM-DD, exclusive. */
  to: string | null;
}

export const LANGUAGES: Language[] = ['EN', 'ZH', 'FR', 'ES', 'RU', 'AR'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isKind = (value: string): value is ThreadKind => (THREAD_KINDS as string[]).includes(value);
const isLanguage = (value: string | null): value is Language =>
  value !== null && (LANGUAGES as string[]).includes(value);
const date = (value: string | null) => (value && DATE.test(value) ? value : null);

/** The URL's q, office, space, kind (repeated), lang, from and to; anything malformed is left out. */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const language = params.get('lang');
  return {
    query: params.get('q')?.trim() ?? '',
    officeCode: params.get('office') || null,
    space: params.get('space') || null,
    kinds: [...new Set(params.getAll('kind').filter(isKind))],
    language: isLanguage(language) ? language : null,
    from: date(params.get('from')),
    to: date(params.get('to')),
  };
}

export function paramsFromFilters(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.officeCode) params.set('office', filters.officeCode);
  if (filters.space) params.set('space', filters.space);
  for (const kind of filters.kinds) params.append('kind', kind);
  if (filters.language) params.set('lang', filters.language);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

export const hasFilters = (filters: SearchFilters) =>
  Boolean(
    filters.officeCode || filters.space || filters.kinds.length || filters.language || filters.from || filters.to,
  );

/** A facet's value chosen (or chosen again, to drop it): kinds add up, the other facets take one value. */
export function toggleFacet(
  filters: SearchFilters,
  facet: 'kinds' | 'offices' | 'spaces' | 'languages',
  value: string,
): SearchFilters {
  switch (facet) {
    case 'kinds':
      if (!isKind(value)) return filters;
      return {
        ...filters,
        kinds: filters.kinds.includes(value)
          ? filters.kinds.filter((kind) => kind !== value)
          : [...filters.kinds, value],
      };
    case 'offices':
      return { ...filters, officeCode: filters.officeCode === value ? null : value };
    case 'spaces':
      return { ...filters, space: filters.space === value ? null : value };
    case 'languages':
      return isLanguage(value) ? { ...filters, language: filters.language === value ? null : value } : filters;
  }
}

/** Whether a facet's value is one of the filters in force. */
export function facetChosen(
  filters: SearchFilters,
  facet: 'kinds' | 'offices' | 'spaces' | 'languages',
  value: string,
): boolean {
  switch (facet) {
    case 'kinds':
      return (filters.kinds as string[]).includes(value);
    case 'offices':
      return filters.officeCode === value;
    case 'spaces':
      return filters.space === value;
    case 'languages':
      return filters.language === value;
  }
}
