import type { StrategyPageQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { goalStatusLabel } from './labels';

type Review = NonNullable<StrategyPageQuery['ictStrategy']>['reviews'][number];

/** The yearly reviews of a strategy, newest year first, each with how its goals stood that year. */
export function StrategyReviews({ reviews }: { reviews: readonly Review[] }) {
  const { t, format } = useI18n();
  const ordered = [...reviews].sort((a, b) => b.year - a.year);
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('strategies.reviews')}</h2>
      {ordered.length === 0 && <p className="empty">{t('strategies.noReviews')}</p>}
      {ordered.map((review) => (
        <article key={review.id} className="card review" aria-labelledby={`review-${review.id}`}>
          <h3 id={`review-${review.id}`}>{t('strategies.review.title', { year: format.year(review.year) })}</h3>
          <p className="meta">{t('strategies.review.written', { date: format.date(review.createdAt) })}</p>
          <p className="prose">{review.summary}</p>
          {review.whatChanged && (
            <>
              <h4>{t('strategies.review.whatChanged')}</h4>
              <p className="prose">{review.whatChanged}</p>
            </>
          )}
          {review.goalStatuses.length > 0 && (
            <table className="data-table">
              <caption>{t('strategies.review.goals')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('strategies.review.goal')}</th>
                  <th scope="col">{t('strategies.review.status')}</th>
                  <th scope="col">{t('strategies.review.note')}</th>
                </tr>
              </thead>
              <tbody>
                {review.goalStatuses.map((entry) => (
                  <tr key={entry.goal}>
                    <th scope="row">{entry.goal}</th>
                    <td>
                      <span className={`status status-${entry.status.toLowerCase()}`}>
                        {t(goalStatusLabel(entry.status))}
                      </span>
                    </td>
                    <td>{entry.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
    </section>
  );
}
