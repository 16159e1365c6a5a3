import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useI18n } from '../../lib/i18n/I18nProvider';

/** No such thing, or something the reader may not see: the two look the same, as in the API. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.text')}</p>
      <p>
        <Link to={paths.home()}>{t('common.backHome')}</Link>
      </p>
    </div>
  );
}
