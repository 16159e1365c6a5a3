import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { SignOutDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import { LANGUAGES, NATIVE_NAME, LOCALE } from '../lib/i18n/languages';
import { sessionStore } from '../lib/session/session-store';
import { useSession } from '../lib/session/useSession';
import { useMemberLanguage } from './memberLanguage';
import { sectionsFor } from '../features/admin/sections';
import { NAV_ITEMS } from './navigation';
import { paths } from './paths';

function LanguageSwitch() {
  const { t, language } = useI18n();
  const { choose } = useMemberLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('common.language')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={LOCALE[code]}
          aria-pressed={code === language}
          onClick={() => choose(code)}
        >
          {NATIVE_NAME[code]}
        </button>
      ))}
    </div>
  );
}

function Account() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [, signOut] = useMutation(SignOutDocument);
  if (!session)
    return (
      <Link className="button" to={paths.signIn(pathname === paths.signIn() ? undefined : pathname + search)}>
        {t('common.signIn')}
      </Link>
    );
  const leave = async () => {
    await signOut({});
    sessionStore.set(null);
    void navigate(paths.home());
  };
  return (
    <div className="account">
      <span className="account-name">
        {session.member.displayName} <span className="office-code">{session.member.office.code}</span>
      </span>
      <Link to={paths.settings()}>{t('settings.nav')}</Link>
      <button type="button" onClick={() => void leave()}>
        {t('common.signOut')}
      </button>
    </div>
  );
}

export function Header() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <header className="site-header">
      <Link className="brand" to={paths.home()}>
        {t('common.appName')}
      </Link>
      <nav aria-label={t('common.mainNavigation')}>
        <ul>
          {NAV_ITEMS.filter((item) => !item.signedIn || session)
            .flatMap((item) => {
              if (!item.staff) return [item];
              const first = sectionsFor(session?.member.role)[0];
              return first ? [{ ...item, to: first.to }] : [];
            })
            .map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <div className="header-tools">
        <NotificationBell />
        <LanguageSwitch />
        <Account />
      </div>
    </header>
  );
}
