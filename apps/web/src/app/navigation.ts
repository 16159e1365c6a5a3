import type { MessageKey } from '../lib/i18n/catalogue';
import { paths } from './paths';

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only to signed-in members. */
  signedIn?: boolean;
  /** The staff sections: shown to members whose role uses one of them, leading to the first (features/admin). */
  staff?: boolean;
}

/** The header's main navigation, in order. A new section adds its entry here. */
export const NAV_ITEMS: NavItem[] = [
  { to: paths.home(), label: 'common.nav.home' },
  { to: paths.newReport(), label: 'common.nav.postReport', signedIn: true },
  { to: paths.strategies(), label: 'strategies.nav' },
  { to: paths.experienceReports(), label: 'experience.nav' },
  { to: paths.techStacks(), label: 'stacks.nav' },
  { to: paths.radar(), label: 'stacks.radarNav' },
  { to: paths.standards(), label: 'standards.nav' },
  { to: paths.search(), label: 'search.nav' },
  { to: paths.adminMembers(), label: 'admin.nav', signedIn: true, staff: true },
];
