import type { AuditKind, FlagStatus, Role } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';

/** The API's enum values the administrators' pages offer, each a message key. */
export const ROLES: Role[] = ['MEMBER', 'MODERATOR', 'OFFICE_ADMIN', 'ADMIN'];
export const roleLabel = (role: Role): MessageKey => `admin.role.${role}`;

export const FLAG_STATUSES: FlagStatus[] = ['OPEN', 'DISMISSED', 'POST_REMOVED'];
export const flagStatusLabel = (status: FlagStatus): MessageKey => `admin.flagStatus.${status}`;

export const AUDIT_KINDS: AuditKind[] = [
  'ADMIN_BOOTSTRAPPED',
  'FLAG_RESOLVED',
  'INVITATION_ACCEPTED',
  'INVITATION_CREATED',
  'INVITATION_REVOKED',
  'MEMBER_DEACTIVATED',
  'MEMBER_MOVED',
  'MEMBER_REACTIVATED',
  'OFFICE_CREATED',
  'OFFICE_UPDATED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'POST_REMOVED',
  'REFRESH_REUSED',
  'ROLE_CHANGED',
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_IN_LOCKED',
  'SIGN_IN_SLOWED',
  'SIGN_IN_UNLOCKED',
  'SIGN_OUT',
  'THREAD_LOCKED',
  'THREAD_MOVED',
  'THREAD_PINNED',
  'THREAD_UNLOCKED',
  'THREAD_UNPINNED',
];
export const auditKindLabel = (kind: AuditKind): MessageKey => `admin.audit.kind.${kind}`;
