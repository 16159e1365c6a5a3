import { Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Loading } from '../features/common/Loading';
import { useI18n } from '../lib/i18n/I18nProvider';
import { Header } from './Header';

/** The frame of every page: a skip link, the header (banner), the page (main) and the footer (contentinfo). */
export function Layout() {
  const { t } = useI18n();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  // After a navigation, keyboard and screen-reader users start at the new page's content, not the old link.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('common.footer')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
