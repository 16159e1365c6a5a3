import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { usePageTitle } from '../features/common/usePageTitle';
import { Facets } from '../features/search/Facets';
import { SearchForm } from '../features/search/SearchForm';
import { SearchHits } from '../features/search/SearchHits';
import {
  filtersFromParams,
  paramsFromFilters,
  toggleFacet,
  type SearchFilters,
} from '../features/search/search-params';
import { SearchDocument, SearchOptionsDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import '../features/search/search.css';

const PAGE_SIZE = 20;

/**
 * Search over what the reader may see: the box (with the API's syntax), filters, facets that narrow the search, and
 * the hits page by page. Everything but the page is in the URL.
 */
export default function SearchPage() {
  const { t } = useI18n();
  usePageTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const key = paramsFromFilters(filters).toString();
  // Cursors of the pages seen, so that "previous" goes back; a new search starts again at the first page.
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  if (paging.key !== key) setPaging({ key, cursors: [null] });
  const cursors = paging.key === key ? paging.cursors : [null];
  const page = cursors.length;

  const [options] = useQuery({ query: SearchOptionsDocument });
  const [{ data, error, fetching }] = useQuery({
    query: SearchDocument,
    variables: {
      query: filters.query,
      officeCode: filters.officeCode,
      space: filters.space,
      kinds: filters.kinds.length > 0 ? filters.kinds : null,
      language: filters.language,
      from: filters.from,
      to: filters.to,
      first: PAGE_SIZE,
      after: cursors.at(-1) ?? null,
    },
    pause: filters.query === '',
  });
  const search = (next: SearchFilters) => setParams(paramsFromFilters(next));
  const result = filters.query ? data?.search : undefined;
  const hits = result?.hits;
  const pages = hits ? Math.max(1, Math.ceil(hits.totalCount / PAGE_SIZE)) : 1;

  return (
    <div className="page search-page">
      <h1>{t('search.title')}</h1>
      <SearchForm key={key} filters={filters} options={options.data} onSearch={search} />
      {!filters.query && <p className="lead">{t('search.start')}</p>}
      {filters.query && <ErrorNotice error={error} />}
      {filters.query && fetching && !hits && <Loading />}
      {result && hits && (
        <div className="search-results">
          <Facets
            facets={result.facets}
            filters={filters}
            options={options.data}
            onToggle={(facet, value) => search(toggleFacet(filters, facet, value))}
            onClear={() => search({ ...filtersFromParams(new URLSearchParams()), query: filters.query })}
          />
          <section aria-labelledby="search-results-heading" aria-busy={fetching}>
            <h2 id="search-results-heading" className="count" aria-live="polite">
              {hits.totalCountCapped
                ? t('search.results.capped', { count: hits.totalCount })
                : t.plural('search.results', hits.totalCount)}
            </h2>
            {hits.totalCountCapped && (
              <p className="hint">{t('search.results.cappedNote', { count: hits.totalCount })}</p>
            )}
            {hits.totalCount === 0 ? <p>{t('search.results.none')}</p> : <SearchHits edges={hits.edges} />}
            {pages > 1 && (
              <nav className="pager" aria-label={t('search.paging')}>
                <button
                  type="button"
                  disabled={page === 1 || fetching}
                  onClick={() => setPaging({ key, cursors: cursors.slice(0, -1) })}
                >
                  {t('search.page.previous')}
                </button>
                <span>{t('search.page', { page, pages })}</span>
                <button
                  type="button"
                  disabled={!hits.pageInfo.hasNextPage || fetching}
                  onClick={() => setPaging({ key, cursors: [...cursors, hits.pageInfo.endCursor ?? null] })}
                >
                  {t('search.page.next')}
                </button>
              </nav>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
