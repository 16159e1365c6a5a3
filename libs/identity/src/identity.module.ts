import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@forum/mail';
import { AccessTokens } from './access-tokens.js';
import { AdminRoster } from './admin-roster.js';
import { MemberDirectoryRepository } from './member-directory.repository.js';
import { MemberDirectoryService } from './member-directory.service.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { PasswordsResolver } from './passwords.resolver.js';
import { PasswordsService } from './passwords.service.js';
import { AudienceRepository } from './audience.repository.js';
import { AudienceService } from './audience.service.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { DeadLettersResolver } from './dead-letters.resolver.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import { AuthenticationGuard } from './authentication.guard.js';
import { AuthenticationService } from './authentication.service.js';
import { Clock } from './clock.js';
import { IdentityContext } from './identity.context.js';
import { IdentityMail } from './identity-mail.js';
import { IdentityLoaders } from './identity.loaders.js';
import { IdentitySeeder } from './identity.seeder.js';
import { InvitationEntity } from './invitation.entity.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { MemberEntity } from './member.entity.js';
import { MembersRepository } from './members.repository.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';
import { OfficeEntity } from './office.entity.js';
import { OfficesRepository } from './offices.repository.js';
import { OfficesResolver } from './offices.resolver.js';
import { OfficesService } from './offices.service.js';
import { OidcVerifier } from './oidc.verifier.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { SessionEntity } from './session.entity.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsResolver } from './sessions.resolver.js';
import { SessionValidity } from './session-validity.js';
import { SessionsService } from './sessions.service.js';
import { SignInAttemptsRepository } from './sign-in-attempts.repository.js';
import { SignInThrottle } from './sign-in-throttle.js';

/** Identity's repositories: every SQL statement of the lib (snapshots in queries/, sql-snapshots.int-spec.ts). */
export const identityRepositories = [
  OfficesRepository,
  MembersRepository,
  SessionsRepository,
  InvitationsRepository,
  AuditRepository,
  SignInAttemptsRepository,
  AudienceRepository,
  MemberDirectoryRepository,
  PasswordResetsRepository,
];

export const identityEntities = [
  OfficeEntity,
  MemberEntity,
  SessionEntity,
  RefreshTokenEntity,
  InvitationEntity,
  AuditEventEntity,
  PasswordResetEntity,
];

/**
 * Offices, members, sessions, invitations, single sign-on and the audit log. Global: the authentication guard
 * gives every resolver of every lib its viewer, and the services and loaders are injectable everywhere.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(identityEntities), MailModule],
  providers: [
    ...identityRepositories,
    Clock,
    AccessTokens,
    OidcVerifier,
    AuthenticationService,
    SessionValidity,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    AuditService,
    PasswordHasher,
    SignInThrottle,
    OfficesService,
    MembersService,
    AudienceService,
    SessionsService,
    IdentityLoaders,
    IdentityContext,
    IdentitySeeder,
    OfficesResolver,
    SessionsResolver,
    MembersResolver,
    InvitationsService,
    InvitationsResolver,
    AuditLogService,
    AuditLogResolver,
    DeadLettersResolver,
    AdminRoster,
    MemberDirectoryService,
    PasswordsService,
    PasswordsResolver,
    IdentityMail,
  ],
  exports: [
    Clock,
    AuditService,
    AuthenticationService,
    OfficesService,
    MembersService,
    AudienceService,
    IdentityLoaders,
  ],
})
export class IdentityModule {}
