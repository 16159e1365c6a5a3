import { NotFound } from '../features/common/NotFound';
import { usePageTitle } from '../features/common/usePageTitle';
import { useI18n } from '../lib/i18n/I18nProvider';

/** No such page, or something the reader may not see: the two look the same, as in the API. */
export default function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('common.notFound.title'));
  return <NotFound />;
}
