import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { usePageTitle } from '../features/common/usePageTitle';
import { OfficeSelect, RegionSelect } from '../features/offices/OfficeFilters';
import { useSearchFilters, wholeNumber } from '../features/browse/useSearchFilters';
import { CONTENT_LANGUAGES, strategyStatusLabel } from '../features/strategies/labels';
import '../features/browse/browse.css';
import { StrategiesDocument, type Language } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';

const PAGE_SIZE = 20;
const FILTERS = ['text', 'office', 'region', 'year', 'language'] as const;

/** The ICT strategies the reader may see, newest update first, with the filters of ictStrategies (in the URL). */
export default function StrategiesPage() {
  const { t, format } = useI18n();
  usePageTitle(t('strategies.title'));
  const [filters, setFilters] = useSearchFilters(FILTERS);
  const [textDraft, setTextDraft] = useState(filters.text ?? '');
  const [yearDraft, setYearDraft] = useState(filters.year ?? '');
  const [after, setAfter] = useState<string | null>(null);
  const language = CONTENT_LANGUAGES.find((code) => code === filters.language) ?? null;

  const [{ data, error, fetching }] = useQuery({
    query: StrategiesDocument,
    variables: {
      first: PAGE_SIZE,
      after,
      text: filters.text,
      officeCode: filters.office,
      region: filters.region,
      year: wholeNumber(filters.year),
      language,
    },
  });
  const filter = (changes: Partial<Record<(typeof FILTERS)[number], string | null>>) => {
    setAfter(null);
    setFilters(changes);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    filter({ text: textDraft.trim() || null, year: yearDraft.trim() || null });
  };
  const strategies = data?.ictStrategies;

  return (
    <div className="page">
      <h1>{t('strategies.title')}</h1>
      <p className="lead">{t('strategies.intro')}</p>

      <form className="filters" role="search" aria-label={t('strategies.filters')} onSubmit={submit}>
        <div className="field wide">
          <label htmlFor="strategy-text">{t('strategies.filter.text')}</label>
          <input
            id="strategy-text"
            type="search"
            value={textDraft}
            onChange={(event) => setTextDraft(event.target.value)}
          />
        </div>
        <OfficeSelect id="strategy-office" value={filters.office} onChange={(office) => filter({ office })} />
        <RegionSelect id="strategy-region" value={filters.region} onChange={(region) => filter({ region })} />
        <div className="field">
          <label htmlFor="strategy-year">{t('strategies.filter.year')}</label>
          <input
            id="strategy-year"
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            value={yearDraft}
            onChange={(event) => setYearDraft(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="strategy-language">{t('strategies.filter.language')}</label>
          <select
            id="strategy-language"
            value={language ?? ''}
            onChange={(event) => filter({ language: event.target.value || null })}
          >
            <option value="">{t('strategies.filter.anyLanguage')}</option>
            {CONTENT_LANGUAGES.map((code: Language) => (
              <option key={code} value={code}>
                {format.languageName(code)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('strategies.filter.apply')}</button>
      </form>

      {!strategies && (fetching ? <Loading /> : <ErrorNotice error={error} />)}
      {strategies && (
        <>
          <p className="count" role="status">
            {t.plural('strategies.count', strategies.totalCount)}
          </p>
          {strategies.totalCount === 0 && <p className="empty">{t('strategies.none')}</p>}
          <ul className="thread-list strategy-list">
            {strategies.edges.map(({ node }) => (
              <li key={node.id} className="thread-summary">
                <h2>
                  <Link to={paths.strategy(node.id)}>{node.title}</Link>
                </h2>
                <p className="meta">
                  <span>
                    {node.office.code} · {format.officeName(node.office)}
                  </span>
                  <span>{t('strategies.period', { years: format.years(node.periodStart, node.periodEnd) })}</span>
                  <span className={`badge status-${node.status.toLowerCase()}`}>
                    {t(strategyStatusLabel(node.status))}
                  </span>
                  <span>{format.languageName(node.language)}</span>
                  <span>{t('strategies.versionNumber', { version: node.version })}</span>
                  <span>{t('strategies.updated', { date: format.date(node.updatedAt) })}</span>
                </p>
                <p className="summary">{node.summary}</p>
              </li>
            ))}
          </ul>
          {strategies.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(strategies.pageInfo.endCursor ?? null)} disabled={fetching}>
              {t('strategies.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
