import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { paths } from '../../app/paths';
import type { MessageKey } from '../../lib/i18n/catalogue';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/useSession';
import { NotFound } from '../common/NotFound';
import { usePageTitle } from '../common/usePageTitle';
import './admin.css';

const SECTIONS: { to: string; label: MessageKey }[] = [
  { to: paths.adminMembers(), label: 'admin.members.title' },
  { to: paths.adminInvitations(), label: 'admin.invitations.title' },
  { to: paths.adminFlags(), label: 'admin.flags.title' },
  { to: paths.adminAudit(), label: 'admin.audit.title' },
];

/** Whether the signed-in member is an administrator (the header shows the section to them only). */
export const isAdmin = (role: string | undefined) => role === 'ADMIN';

/**
 * The frame of an administrators' page: for anyone else (signed out included) it is not found, exactly like a
 * page that does not exist, so the section does not announce itself. The API refuses its operations all the same.
 */
export function AdminPage({ title, children }: { title: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const admin = isAdmin(session?.member.role);
  usePageTitle(admin ? t(title) : t('common.notFound.title'));
  if (!admin) return <NotFound />;
  return (
    <div className="page admin-page">
      <nav className="admin-sections" aria-label={t('admin.sections')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to}>{t(section.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{t(title)}</h1>
      {children}
    </div>
  );
}
