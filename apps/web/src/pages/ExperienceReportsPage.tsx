import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { usePageTitle } from '../features/common/usePageTitle';
import { Duration } from '../features/experience/Duration';
import { OfficeSelect, RegionSelect } from '../features/offices/OfficeFilters';
import { useSearchFilters, wholeNumber } from '../features/browse/useSearchFilters';
import '../features/browse/browse.css';
import { CONTENT_LANGUAGES, DELIVERY_MODELS, PHASES, RECOMMENDATION_NUMBERS } from '../features/reports/labels';
import { ExperienceReportsDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';

const PAGE_SIZE = 20;
const FILTERS = [
  'text',
  'technology',
  'office',
  'region',
  'deliveryModel',
  'phase',
  'recommendation',
  'overrun',
  'language',
] as const;
type Filter = (typeof FILTERS)[number];

/** The experience reports the reader may see, newest change first, with the filters and figures of the API. */
export default function ExperienceReportsPage() {
  const { t, format } = useI18n();
  usePageTitle(t('experience.title'));
  const [filters, setFilters] = useSearchFilters(FILTERS);
  const [textDraft, setTextDraft] = useState(filters.text ?? '');
  const [technologyDraft, setTechnologyDraft] = useState(filters.technology ?? '');
  const [after, setAfter] = useState<string | null>(null);

  const [{ data, error, fetching }] = useQuery({
    query: ExperienceReportsDocument,
    variables: {
      first: PAGE_SIZE,
      after,
      text: filters.text,
      technology: filters.technology,
      officeCode: filters.office,
      region: filters.region,
      deliveryModel: DELIVERY_MODELS.find((value) => value === filters.deliveryModel) ?? null,
      phase: PHASES.find((value) => value === filters.phase) ?? null,
      recommendation: wholeNumber(filters.recommendation),
      overrun: filters.overrun === 'yes' ? true : filters.overrun === 'no' ? false : null,
      language: CONTENT_LANGUAGES.find((value) => value === filters.language) ?? null,
    },
  });
  const filter = (changes: Partial<Record<Filter, string | null>>) => {
    setAfter(null);
    setFilters(changes);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    filter({ text: textDraft.trim() || null, technology: technologyDraft.trim() || null });
  };
  const select = (name: Filter, label: string, any: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`report-${name}`}>{label}</label>
      <select
        id={`report-${name}`}
        value={filters[name] ?? ''}
        onChange={(event) => filter({ [name]: event.target.value || null })}
      >
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  const reports = data?.experienceReports;
  const stats = data?.experienceReportStats;

  return (
    <div className="page">
      <h1>{t('experience.title')}</h1>
      <p className="lead">{t('experience.intro')}</p>

      <form className="filters" role="search" aria-label={t('experience.filters')} onSubmit={submit}>
        <div className="field wide">
          <label htmlFor="report-text">{t('experience.filter.text')}</label>
          <input id="report-text" type="search" value={textDraft} onChange={(e) => setTextDraft(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="report-technology">{t('experience.filter.technology')}</label>
          <input
            id="report-technology"
            value={technologyDraft}
            onChange={(event) => setTechnologyDraft(event.target.value)}
          />
        </div>
        <OfficeSelect id="report-office" value={filters.office} onChange={(office) => filter({ office })} />
        <RegionSelect id="report-region" value={filters.region} onChange={(region) => filter({ region })} />
        {select(
          'deliveryModel',
          t('experience.filter.deliveryModel'),
          t('experience.filter.anyDeliveryModel'),
          DELIVERY_MODELS.map((value) => ({ value, label: t(`reports.deliveryModel.${value}`) })),
        )}
        {select(
          'phase',
          t('experience.filter.phase'),
          t('experience.filter.anyPhase'),
          PHASES.map((value) => ({ value, label: t(`reports.phase.${value}`) })),
        )}
        {select(
          'recommendation',
          t('experience.filter.recommendation'),
          t('experience.filter.anyRecommendation'),
          RECOMMENDATION_NUMBERS.map((number) => ({
            value: String(number),
            label: t('experience.recommendation', { number }),
          })),
        )}
        {select('overrun', t('experience.filter.overrun'), t('experience.filter.anyDuration'), [
          { value: 'yes', label: t('experience.filter.overrunYes') },
          { value: 'no', label: t('experience.filter.overrunNo') },
        ])}
        {select(
          'language',
          t('experience.filter.language'),
          t('experience.filter.anyLanguage'),
          CONTENT_LANGUAGES.map((value) => ({ value, label: format.languageName(value) })),
        )}
        <button type="submit">{t('experience.filter.apply')}</button>
      </form>

      {!reports && (fetching ? <Loading /> : <ErrorNotice error={error} />)}
      {stats && stats.count > 0 && (
        <section aria-labelledby="stats-heading" className="card">
          <h2 id="stats-heading">{t('experience.stats')}</h2>
          <dl className="facts">
            {stats.byDeliveryModel.map((entry) => (
              <div key={entry.deliveryModel}>
                <dt>{t(`reports.deliveryModel.${entry.deliveryModel}`)}</dt>
                <dd>{format.number(entry.count)}</dd>
              </div>
            ))}
            <div>
              <dt>{t('experience.stats.withDurations')}</dt>
              <dd>{format.number(stats.withDurations)}</dd>
            </div>
            <div>
              <dt>{t('experience.stats.overrun')}</dt>
              <dd>{format.number(stats.overrun)}</dd>
            </div>
            <div>
              <dt>{t('experience.stats.median')}</dt>
              <dd>
                {stats.medianOverrunMonths == null
                  ? t('experience.stats.noMedian')
                  : t.plural('experience.months', stats.medianOverrunMonths)}
              </dd>
            </div>
          </dl>
        </section>
      )}
      {reports && (
        <>
          <p className="count" role="status">
            {t.plural('experience.count', reports.totalCount)}
          </p>
          {reports.totalCount === 0 && <p className="empty">{t('experience.none')}</p>}
          <ul className="thread-list">
            {reports.edges.map(({ node }) => (
              <li key={node.id} className="thread-summary">
                <h2>
                  <Link to={paths.experienceReport(node.id)}>{node.title}</Link>
                </h2>
                <p className="meta">
                  <span>
                    {node.office.code} · {format.officeName(node.office)}
                  </span>
                  <span>{node.projectName}</span>
                  <span className="badge">{t(`reports.deliveryModel.${node.deliveryModel}`)}</span>
                  <Duration overrunMonths={node.overrunMonths} />
                  <span>{format.languageName(node.language)}</span>
                  <span>{t('experience.updated', { date: format.date(node.updatedAt) })}</span>
                </p>
                {node.technologies.length > 0 && (
                  <ul className="tags">
                    {node.technologies.map((technology) => (
                      <li key={technology}>{technology}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {reports.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(reports.pageInfo.endCursor ?? null)} disabled={fetching}>
              {t('experience.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
