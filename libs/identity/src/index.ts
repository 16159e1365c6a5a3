// The public face of identity: what other domains may use. Everything else is private to this lib.
export { IdentityModule, identityEntities } from './identity.module.js';
export type { IdentityEventName } from './identity.events.js';
export { OfficeEntity } from './office.entity.js';
export { MemberEntity } from './member.entity.js';
export { Role } from './role.js';
export { Visibility } from './visibility.js';
export { OfficeModel } from './dto/office.model.js';
export { MemberModel } from './dto/member.model.js';
export { SessionModel } from './dto/session.model.js';
export { CurrentMember, CurrentViewer, signedInViewer, type Viewer } from './viewer.js';
export { Public, Roles, SignedIn } from './access.decorators.js';
export {
  canChangePost,
  canGrantRole,
  canInvite,
  canManageMember,
  canManageOffices,
  canModerate,
  canReadAuditLog,
  canReadRevisions,
  canReplyWhenLocked,
  hasRole,
  MODERATOR_ROLES,
  OFFICE_ADMIN_GRANTABLE,
} from './access.policy.js';
export {
  canView,
  visibleSql,
  type VisibleItem,
  type VisibilityColumns,
  type SqlFragment,
} from './visibility.policy.js';
export { OfficesService } from './offices.service.js';
export { MembersService, type MentionTarget } from './members.service.js';
export { AudienceService, type AudienceMember } from './audience.service.js';
export { IdentityLoaders, type IdentityRequestLoaders } from './identity.loaders.js';
export { AuthenticationService, type Authenticated } from './authentication.service.js';
export { Clock } from './clock.js';
export { AuditService, type AuditEntry } from './audit.service.js';
export { AuditKind } from './audit-event.entity.js';
export { PasswordsService } from './passwords.service.js';
export {
  createTestMember,
  signInForTest,
  signedInTestMember,
  type TestMember,
  type TestMemberOptions,
} from './testing/identity.fixtures.js';
