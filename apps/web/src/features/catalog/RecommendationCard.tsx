import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { CatalogueQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';

type Recommendation = CatalogueQuery['recommendations'][number];

/** One recommendation of CWS/12: its text and actions in the interface language, what offices shared for it. */
export function RecommendationCard({ recommendation }: { recommendation: Recommendation }) {
  const { t, format } = useI18n();
  const { number, coverage } = recommendation;
  const headingId = `recommendation-${number}-heading`;
  return (
    <article className="card recommendation" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={paths.space(recommendation.space.slug)}>{t('catalog.recommendation', { number })}</Link>
      </h2>
      <p className="recommendation-title">{recommendation.title}</p>
      <details>
        <summary>{t.plural('catalog.actions', recommendation.actions.length)}</summary>
        <ol className="actions">
          {recommendation.actions.map((action) => (
            <li key={action.label} value={action.label.charCodeAt(0) - 96}>
              <span className="action-label">{action.label}.</span> {action.text}
              {action.items.length > 0 && (
                <ol className="action-items">
                  {action.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ol>
              )}
              {action.note && <p className="note">{action.note}</p>}
            </li>
          ))}
        </ol>
      </details>
      <dl className="coverage">
        <div>
          <dt>{t('catalog.coverage.offices')}</dt>
          <dd>{format.number(coverage.offices)}</dd>
        </div>
        <div>
          <dt>{t('catalog.coverage.reports')}</dt>
          <dd>{format.number(coverage.reports)}</dd>
        </div>
        {number === 2 && (
          <div>
            <dt>{t('catalog.coverage.strategies')}</dt>
            <dd>{format.number(coverage.strategies)}</dd>
          </div>
        )}
        <div>
          <dt>{t('catalog.coverage.threads')}</dt>
          <dd>{format.number(coverage.threads)}</dd>
        </div>
      </dl>
      {coverage.officeCodes.length > 0 && (
        <p className="office-codes">
          {t('catalog.coverage.officeCodes', { codes: format.list(coverage.officeCodes) })}
        </p>
      )}
      <p className="card-links">
        <Link to={paths.space(recommendation.space.slug)}>{t('catalog.openSpace', { number })}</Link>
      </p>
    </article>
  );
}
