import { NavLink } from 'react-router';
import { paths } from '../../app/paths';
import { useI18n } from '../../lib/i18n/I18nProvider';

/** The pages of the stacks section, between the header and the page's heading. */
export function StacksNav() {
  const { t } = useI18n();
  const links = [
    { to: paths.techStacks(), label: t('stacks.section.stack'), end: false },
    { to: paths.compareStacks(), label: t('stacks.section.compare'), end: true },
    { to: paths.radar(), label: t('stacks.section.radar'), end: true },
    { to: paths.decommissionCalendar(), label: t('stacks.section.calendar'), end: true },
  ];
  return (
    <nav className="section-nav" aria-label={t('stacks.section')}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
