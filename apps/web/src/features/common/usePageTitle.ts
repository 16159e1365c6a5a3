import { useEffect } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';

/** The document's title: "<page> · IP Office ICT Forum", in the interface language. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useI18n();
  const site = t('common.appName');
  useEffect(() => {
    document.title = title ? `${title} · ${site}` : site;
  }, [title, site]);
}
