import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useI18n } from '../lib/i18n/I18nProvider';
import { paths } from './paths';

/** A page that failed to load (a chunk missing after a deployment, a bug): say so, offer a way on. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="page">
      <h1>{notFound ? t('common.notFound.title') : t('common.error.title')}</h1>
      <p>{notFound ? t('common.notFound.text') : t('common.error.reload')}</p>
      <p>
        <Link to={paths.home()}>{t('common.backHome')}</Link>
      </p>
    </main>
  );
}
