import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import { RecommendationCard } from '../features/catalog/RecommendationCard';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { usePageTitle } from '../features/common/usePageTitle';
import { CatalogueDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';

/** The ten recommendations of CWS/12 and their spaces, then the general space. */
export default function HomePage() {
  const { t, apiLanguage } = useI18n();
  usePageTitle(undefined);
  const [{ data, error, fetching }] = useQuery({ query: CatalogueDocument, variables: { lang: apiLanguage } });
  const general = data?.spaces.find((space) => !space.recommendation);

  return (
    <div className="page">
      <h1>{t('catalog.home.title')}</h1>
      <p className="lead">{t('catalog.home.intro')}</p>
      {fetching && !data && <Loading />}
      <ErrorNotice error={data ? undefined : error} />
      {data && (
        <>
          <section aria-label={t('catalog.home.recommendations')}>
            <div className="cards">
              {data.recommendations.map((recommendation) => (
                <RecommendationCard key={recommendation.id} recommendation={recommendation} />
              ))}
            </div>
          </section>
          {general && (
            <section className="card general" aria-labelledby="general-heading">
              <h2 id="general-heading">
                <Link to={paths.space(general.slug)}>{t('catalog.general.title')}</Link>
              </h2>
              <p>{t('catalog.general.description')}</p>
            </section>
          )}
        </>
      )}
    </div>
  );
}
