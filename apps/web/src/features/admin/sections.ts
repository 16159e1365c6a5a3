import { paths } from '../../app/paths';
import type { Role } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';
import { ROLES } from './labels';

export type AdminSection = 'members' | 'invitations' | 'flags' | 'audit';

/**
 * The staff sections, each with the roles whose operations it uses (the API's `@Roles` on them): office admins manage
 * their own office's members and invitations, moderators the flag queue, admins everything. A section is shown, in
 * the header and by URL, to those roles only; anyone else gets not found.
 */
export const ADMIN_SECTIONS: { section: AdminSection; to: string; label: MessageKey; roles: readonly Role[] }[] = [
  { section: 'members', to: paths.adminMembers(), label: 'admin.members.title', roles: ['OFFICE_ADMIN', 'ADMIN'] },
  {
    section: 'invitations',
    to: paths.adminInvitations(),
    label: 'admin.invitations.title',
    roles: ['OFFICE_ADMIN', 'ADMIN'],
  },
  { section: 'flags', to: paths.adminFlags(), label: 'admin.flags.title', roles: ['MODERATOR', 'ADMIN'] },
  { section: 'audit', to: paths.adminAudit(), label: 'admin.audit.title', roles: ['ADMIN'] },
];

export const sectionsFor = (role: string | undefined) =>
  ADMIN_SECTIONS.filter((entry) => entry.roles.some((allowed) => allowed === role));

/** Admins act on every office; office admins on their own office only (the API refuses the others). */
export const actsOnEveryOffice = (role: string | undefined) => role === 'ADMIN';

/** The roles a member of this role may grant or invite as: office admins up to OFFICE_ADMIN (the API's rule). */
export const grantableBy = (role: string | undefined): Role[] =>
  actsOnEveryOffice(role) ? ROLES : ROLES.filter((value) => value === 'MEMBER' || value === 'OFFICE_ADMIN');
