import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/useSession';
import { NotFound } from '../common/NotFound';
import { usePageTitle } from '../common/usePageTitle';
import './admin.css';
import { sectionsFor, type AdminSection } from './sections';

/**
 * The frame of a staff page: for anyone whose role does not use it (signed out included) it is not found, exactly
 * like a page that does not exist, so the section does not announce itself. The API refuses its operations all the
 * same. Its navigation lists the sections the member's role uses.
 */
export function AdminPage({ section, children }: { section: AdminSection; children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const sections = sectionsFor(session?.member.role);
  const current = sections.find((entry) => entry.section === section);
  usePageTitle(current ? t(current.label) : t('common.notFound.title'));
  if (!current) return <NotFound />;
  return (
    <div className="page admin-page">
      <nav className="admin-sections" aria-label={t('admin.sections')}>
        <ul>
          {sections.map((entry) => (
            <li key={entry.to}>
              <NavLink to={entry.to}>{t(entry.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{t(current.label)}</h1>
      {children}
    </div>
  );
}
