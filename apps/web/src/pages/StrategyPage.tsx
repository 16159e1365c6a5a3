import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { NotFound } from '../features/common/NotFound';
import { usePageTitle } from '../features/common/usePageTitle';
import { Markdown } from '../features/browse/Markdown';
import { useSearchFilters } from '../features/browse/useSearchFilters';
import { strategyStatusLabel } from '../features/strategies/labels';
import '../features/browse/browse.css';
import { StrategyReviews } from '../features/strategies/StrategyReviews';
import { StrategyVersions } from '../features/strategies/StrategyVersions';
import { visibilityLabel } from '../features/threads/labels';
import { StrategyPageDocument } from '../gql/graphql';
import { errorCode } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';

/**
 * One ICT strategy: its latest version, every version with a diff between two, and its yearly reviews. A strategy
 * the reader may not see is the same "not found" as one that does not exist (the API answers NOT_FOUND for both).
 */
export default function StrategyPage() {
  const { id = '' } = useParams();
  const { t, format } = useI18n();
  const [compare, setCompare] = useSearchFilters(['from', 'to'] as const);
  const [{ data, error, fetching }] = useQuery({ query: StrategyPageDocument, variables: { id } });
  const strategy = data?.ictStrategy;
  usePageTitle(strategy?.title);

  if (errorCode(error) === 'NOT_FOUND' || (data && !strategy)) return <NotFound />;
  if (!strategy) return fetching ? <Loading /> : <ErrorNotice error={error} />;

  return (
    <article className="page strategy" aria-labelledby="strategy-title">
      <p className="breadcrumbs">
        <Link to={paths.strategies()}>{t('strategies.title')}</Link>
      </p>
      <h1 id="strategy-title">{strategy.title}</h1>
      <p className="lead">{strategy.summary}</p>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="visually-hidden">
          {t('strategies.details')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('strategies.meta.office')}</dt>
            <dd>
              {strategy.office.code} · {format.officeName(strategy.office)}
            </dd>
          </div>
          <div>
            <dt>{t('strategies.meta.period')}</dt>
            <dd>{format.years(strategy.periodStart, strategy.periodEnd)}</dd>
          </div>
          <div>
            <dt>{t('strategies.meta.status')}</dt>
            <dd>
              <span className={`badge status-${strategy.status.toLowerCase()}`}>
                {t(strategyStatusLabel(strategy.status))}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('strategies.meta.language')}</dt>
            <dd>{format.languageName(strategy.language)}</dd>
          </div>
          <div>
            <dt>{t('strategies.meta.version')}</dt>
            <dd>{format.number(strategy.version)}</dd>
          </div>
          <div>
            <dt>{t('strategies.meta.visibility')}</dt>
            <dd>{t(visibilityLabel(strategy.visibility))}</dd>
          </div>
          {strategy.sharedWith.length > 0 && (
            <div>
              <dt>{t('strategies.meta.sharedWith')}</dt>
              <dd>{format.list(strategy.sharedWith.map((office) => format.officeName(office)))}</dd>
            </div>
          )}
          <div>
            <dt>{t('strategies.meta.published')}</dt>
            <dd>{format.date(strategy.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('strategies.meta.updated')}</dt>
            <dd>{format.date(strategy.updatedAt)}</dd>
          </div>
        </dl>
        <p>
          <Link to={paths.thread(strategy.thread.id)}>{t.plural('strategies.discuss', strategy.thread.postCount)}</Link>
        </p>
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('strategies.goals')}</h2>
        {strategy.goals.length === 0 ? (
          <p className="empty">{t('strategies.noGoals')}</p>
        ) : (
          <ul>
            {strategy.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{t('strategies.text')}</h2>
        <Markdown text={strategy.body} className="strategy-text" />
      </section>

      <StrategyVersions
        versions={strategy.versions}
        from={compare.from}
        to={compare.to}
        onChange={(change) => setCompare(change)}
      />
      <StrategyReviews reviews={strategy.reviews} />
    </article>
  );
}
