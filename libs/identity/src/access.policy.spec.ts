import {
  canChangePost,
  canClearSignInLocks,
  canGrantRole,
  canInvite,
  canListMembers,
  canManageMember,
  canManageOffices,
  canModerate,
  canReadAuditLog,
  canReadRevisions,
  canReplyWhenLocked,
  canSeeEmail,
} from './access.policy.js';
import { Role } from './role.js';
import type { Viewer } from './viewer.js';

const HOME = '00000000-0000-4000-8000-00000000000a';
const ELSEWHERE = '00000000-0000-4000-8000-00000000000b';
const as = (role: Role, memberId = 'me'): Viewer => ({ memberId, officeId: HOME, role });
const anonymous: Viewer = null;

describe('access predicates', () => {
  it('role-only rules: moderators moderate, admins manage offices and read the audit log', () => {
    const table = [anonymous, ...Object.values(Role).map((role) => as(role))].map((viewer) => [
      viewer?.role ?? 'anonymous',
      canModerate(viewer),
      canReplyWhenLocked(viewer),
      canManageOffices(viewer),
      canReadAuditLog(viewer),
    ]);
    expect(table).toEqual([
      ['anonymous', false, false, false, false],
      ['MEMBER', false, false, false, false],
      ['OFFICE_ADMIN', false, false, false, false],
      ['MODERATOR', true, true, false, false],
      ['ADMIN', true, true, true, true],
    ]);
  });

  it('an office admin manages the members and office admins of its own office only; an admin everyone', () => {
    const officeAdmin = as(Role.OFFICE_ADMIN);
    expect(canManageMember(officeAdmin, { officeId: HOME, role: Role.MEMBER })).toBe(true);
    expect(canManageMember(officeAdmin, { officeId: HOME, role: Role.OFFICE_ADMIN })).toBe(true);
    expect(canManageMember(officeAdmin, { officeId: HOME, role: Role.MODERATOR })).toBe(false);
    expect(canManageMember(officeAdmin, { officeId: ELSEWHERE, role: Role.MEMBER })).toBe(false);
    expect(canManageMember(as(Role.ADMIN), { officeId: ELSEWHERE, role: Role.ADMIN })).toBe(true);
    expect(canManageMember(as(Role.MODERATOR), { officeId: HOME, role: Role.MEMBER })).toBe(false);
    expect(canManageMember(anonymous, { officeId: HOME, role: Role.MEMBER })).toBe(false);
  });

  it('nobody grants or invites above what it may: office admins up to OFFICE_ADMIN, in their office', () => {
    const officeAdmin = as(Role.OFFICE_ADMIN);
    expect(Object.values(Role).filter((role) => canGrantRole(officeAdmin, role))).toEqual([
      Role.MEMBER,
      Role.OFFICE_ADMIN,
    ]);
    expect(Object.values(Role).filter((role) => canGrantRole(as(Role.ADMIN), role))).toEqual(Object.values(Role));
    expect(canGrantRole(as(Role.MODERATOR), Role.MEMBER)).toBe(false);
    expect(canInvite(officeAdmin, { officeId: HOME, role: Role.OFFICE_ADMIN })).toBe(true);
    expect(canInvite(officeAdmin, { officeId: HOME, role: Role.ADMIN })).toBe(false);
    expect(canInvite(officeAdmin, { officeId: ELSEWHERE, role: Role.MEMBER })).toBe(false);
    expect(canInvite(as(Role.ADMIN), { officeId: ELSEWHERE, role: Role.ADMIN })).toBe(true);
    expect(canInvite(as(Role.MEMBER), { officeId: HOME, role: Role.MEMBER })).toBe(false);
    expect(canInvite(anonymous, { officeId: HOME, role: Role.MEMBER })).toBe(false);
  });

  it('a post is changed, and its revisions read, by its author and moderators only', () => {
    for (const rule of [canChangePost, canReadRevisions]) {
      expect(rule(as(Role.MEMBER, 'author'), 'author')).toBe(true);
      expect(rule(as(Role.MEMBER, 'someone'), 'author')).toBe(false);
      expect(rule(as(Role.OFFICE_ADMIN, 'someone'), 'author')).toBe(false);
      expect(rule(as(Role.MODERATOR, 'someone'), 'author')).toBe(true);
      expect(rule(as(Role.ADMIN, 'someone'), 'author')).toBe(true);
      expect(rule(anonymous, 'author')).toBe(false);
    }
  });

  it('members and e-mails: admins any office, office admins their own, everyone its own e-mail', () => {
    const table = [anonymous, ...Object.values(Role).map((role) => as(role))].map((viewer) => [
      viewer?.role ?? 'anonymous',
      canListMembers(viewer, HOME),
      canListMembers(viewer, ELSEWHERE),
      canListMembers(viewer, null),
      canSeeEmail(viewer, { id: 'colleague', officeId: HOME }),
      canSeeEmail(viewer, { id: 'stranger', officeId: ELSEWHERE }),
      canSeeEmail(viewer, { id: 'me', officeId: HOME }),
      canClearSignInLocks(viewer),
    ]);
    expect(table).toEqual([
      ['anonymous', false, false, false, false, false, false, false],
      ['MEMBER', false, false, false, false, false, true, false],
      ['OFFICE_ADMIN', true, false, false, true, false, true, false],
      ['MODERATOR', false, false, false, false, false, true, false],
      ['ADMIN', true, true, true, true, true, true, true],
    ]);
  });
});
