import type { SearchOptionsQuery, SearchQuery, ThreadKind } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { THREAD_KINDS, threadKindLabel } from '../threads/labels';
import { spaceLabel } from './labels';
import { facetChosen, hasFilters, type SearchFilters } from './search-params';

type FacetName = 'kinds' | 'offices' | 'spaces' | 'languages';
const FACETS: { name: FacetName; label: MessageKey }[] = [
  { name: 'kinds', label: 'search.facet.kinds' },
  { name: 'spaces', label: 'search.facet.spaces' },
  { name: 'offices', label: 'search.facet.offices' },
  { name: 'languages', label: 'search.facet.languages' },
];

export interface FacetsProps {
  facets: SearchQuery['search']['facets'];
  filters: SearchFilters;
  options: SearchOptionsQuery | undefined;
  onToggle(facet: FacetName, value: string): void;
  onClear(): void;
}

/**
 * The counts of the hits per kind, space, office and language: each value a toggle button that narrows the search
 * to it (pressed while in force; pressing it again widens the search).
 */
export function Facets({ facets, filters, options, onToggle, onClear }: FacetsProps) {
  const { t, format } = useI18n();
  const valueLabel = (facet: FacetName, value: string): string => {
    switch (facet) {
      case 'kinds':
        return (THREAD_KINDS as string[]).includes(value) ? t(threadKindLabel(value as ThreadKind)) : value;
      case 'spaces':
        return spaceLabel(value, t);
      case 'offices': {
        const office = options?.offices.find((candidate) => candidate.code === value);
        return office ? `${value} · ${format.officeName(office)}` : value;
      }
      case 'languages':
        return format.languageName(value.toLowerCase());
    }
  };

  return (
    <aside className="search-facets" aria-labelledby="search-facets-heading">
      <h2 id="search-facets-heading">{t('search.facets')}</h2>
      {FACETS.map(({ name, label }) => {
        const counts = facets[name];
        if (counts.length === 0) return null;
        return (
          <section key={name} aria-labelledby={`facet-${name}`}>
            <h3 id={`facet-${name}`}>{t(label)}</h3>
            <ul className="facet-values">
              {counts.map(({ value, count }) => (
                <li key={value}>
                  <button
                    type="button"
                    className="facet"
                    aria-pressed={facetChosen(filters, name, value)}
                    onClick={() => onToggle(name, value)}
                  >
                    {valueLabel(name, value)} <span className="facet-count">{format.number(count)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {hasFilters(filters) && (
        <button type="button" className="link" onClick={onClear}>
          {t('search.filter.clear')}
        </button>
      )}
    </aside>
  );
}
