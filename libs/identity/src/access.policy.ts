/**
 * The forum's access rules that depend on the data, as named predicates: the one place to read who may do what
 * (docs/security.md). Operations declare who may call them (access.decorators.ts); services and field resolvers call
 * these where the data is known, and throw FORBIDDEN (or NOT_FOUND where the item may not even be seen: that is the
 * visibility policy's business, visibility.policy.ts). Each takes the viewer as it is (null: anonymous) and is false
 * for anonymous callers.
 */
import { Role } from './role.js';
import type { Viewer } from './viewer.js';

/** The roles an office admin may hand out (by invitation or role change), and manage: never above its own. */
export const OFFICE_ADMIN_GRANTABLE: readonly Role[] = [Role.MEMBER, Role.OFFICE_ADMIN];

/** The roles that moderate content (lock, pin, move threads; the flag queue; others' posts). */
export const MODERATOR_ROLES = [Role.MODERATOR, Role.ADMIN] as const;

export function hasRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer !== null && roles.includes(viewer.role);
}

/** Moderates the content it can see. */
export const canModerate = (viewer: Viewer): boolean => hasRole(viewer, MODERATOR_ROLES);

/** Adds and edits offices. */
export const canManageOffices = (viewer: Viewer): boolean => hasRole(viewer, [Role.ADMIN]);

/** Reads the audit log. */
export const canReadAuditLog = (viewer: Viewer): boolean => hasRole(viewer, [Role.ADMIN]);

/** Clears sign-in locks (of any e-mail or address). */
export const canClearSignInLocks = (viewer: Viewer): boolean => hasRole(viewer, [Role.ADMIN]);

/** Lists members with their e-mails: admins any office, office admins their own. */
export function canListMembers(viewer: Viewer, officeId: string | null): boolean {
  if (viewer === null) return false;
  if (viewer.role === Role.ADMIN) return true;
  return viewer.role === Role.OFFICE_ADMIN && officeId === viewer.officeId;
}

/** Sees a member's e-mail: the member itself, admins, and the office admins of its office. */
export function canSeeEmail(viewer: Viewer, member: { id: string; officeId: string }): boolean {
  if (viewer === null) return false;
  return viewer.memberId === member.id || canListMembers(viewer, member.officeId);
}

/** Admins manage everyone; office admins the MEMBERs and OFFICE_ADMINs of their own office; others no one. */
export function canManageMember(actor: Viewer, target: { officeId: string; role: Role }): boolean {
  if (actor === null) return false;
  if (actor.role === Role.ADMIN) return true;
  return (
    actor.role === Role.OFFICE_ADMIN &&
    target.officeId === actor.officeId &&
    OFFICE_ADMIN_GRANTABLE.includes(target.role)
  );
}

/** Admins grant any role; office admins up to their own. */
export function canGrantRole(actor: Viewer, role: Role): boolean {
  if (actor === null) return false;
  return actor.role === Role.ADMIN || (actor.role === Role.OFFICE_ADMIN && OFFICE_ADMIN_GRANTABLE.includes(role));
}

/** Admins invite into any office as any role; office admins into their own office, up to OFFICE_ADMIN. */
export function canInvite(inviter: Viewer, invitation: { officeId: string; role: Role }): boolean {
  if (inviter === null) return false;
  if (inviter.role === Role.ADMIN) return true;
  return (
    inviter.role === Role.OFFICE_ADMIN &&
    invitation.officeId === inviter.officeId &&
    canGrantRole(inviter, invitation.role)
  );
}

/** Edits or deletes a post (of a thread it can see): its author or a moderator. */
export const canChangePost = (viewer: Viewer, authorId: string): boolean =>
  viewer !== null && (viewer.memberId === authorId || canModerate(viewer));

/**
 * Reads the earlier texts of a post: its author and moderators only, since an edit may take out what was not meant
 * to be shared.
 */
export const canReadRevisions = (viewer: Viewer, authorId: string): boolean => canChangePost(viewer, authorId);

/** Replies in a locked thread: moderators only. */
export const canReplyWhenLocked = (viewer: Viewer): boolean => canModerate(viewer);
