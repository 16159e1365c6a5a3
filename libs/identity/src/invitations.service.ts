import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { instantIdPosition, isInstantIdPosition, isUniqueViolation, isUuid } from '@forum/core';
import { EventPublisher } from '@forum/events';
import {
  badInput,
  conflict,
  decodeCursor,
  forbidden,
  notFound,
  pageSize,
  toConnection,
  type Connection,
} from '@forum/graphql';
import { canInvite, canListMembers } from './access.policy.js';
import { AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { Clock } from './clock.js';
import { IdentityMail } from './identity-mail.js';
import type { SessionModel } from './dto/session.model.js';
import type { InvitationModel } from './dto/invitation.model.js';
import type { InvitationEntity } from './invitation.entity.js';
import { InvitationsRepository, type PendingInvitationRow } from './invitations.repository.js';
import { MembersRepository } from './members.repository.js';
import { OfficesRepository } from './offices.repository.js';
import { OfficesService } from './offices.service.js';
import { MIN_PASSWORD_LENGTH } from './password.js';
import { PasswordHasher } from './password-hasher.js';
import { Role } from './role.js';
import { looksLikeEmail, newSecretToken, normalizeEmail, tokenHash } from './secret-token.js';
import { SessionsService } from './sessions.service.js';
import { assertMaxLength, assertNoNul, checkDisplayName, MAX_PASSWORD_LENGTH } from './text-input.js';
import { signedInViewer, type Viewer } from './viewer.js';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const INVALID = 'This invitation does not exist, was used already or has expired';
const EMAIL_TAKEN = 'A member with this e-mail exists already';

/** Invitations: who may invite whom where, and accepting one (member created and signed in, in one transaction). */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly members: MembersRepository,
    private readonly officeRows: OfficesRepository,
    private readonly offices: OfficesService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
    private readonly clock: Clock,
    private readonly events: EventPublisher,
    private readonly mail: IdentityMail,
  ) {}

  /**
   * Returns the token, and e-mails it to the invitee when e-mail is on (queued in the same transaction: no
   * invitation without its e-mail); only its hash is stored.
   */
  async invite(viewer: Viewer, input: { email: string; role: Role; officeCode?: string | null }): Promise<string> {
    const inviter = signedInViewer(viewer);
    assertNoNul(input.email, 'email');
    const email = normalizeEmail(input.email);
    if (!looksLikeEmail(email)) throw badInput('Not an e-mail address', { field: 'email' });
    // An admin names the office: defaulting to the admin's own (WO) put members silently in the wrong office.
    if (!input.officeCode && inviter.role === Role.ADMIN)
      throw badInput('Name the office the member joins', { field: 'officeCode' });
    const [officeId] = input.officeCode ? await this.offices.idsByCodes([input.officeCode]) : [inviter.officeId];
    if (!canInvite(inviter, { officeId, role: input.role }))
      throw forbidden('Admins invite into any office; office admins into their own, as MEMBER or OFFICE_ADMIN');
    const token = newSecretToken();
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      if (await this.members.emailTaken(tx, email)) throw conflict(EMAIL_TAKEN);
      const invitationId = await this.invitations.insert(tx, {
        email,
        officeId,
        role: input.role,
        tokenHash: tokenHash(token),
        invitedById: inviter.memberId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      });
      await this.audit.record(tx, {
        kind: AuditKind.INVITATION_CREATED,
        actorId: inviter.memberId,
        officeId,
        email,
        details: { role: input.role, invitationId },
      });
      await this.events.publish(
        tx,
        'identity.invitation-created',
        { invitationId, officeId, role: input.role, invitedById: inviter.memberId },
        { actorId: inviter.memberId },
      );
      await this.mail.queueInvitation(tx, invitationId, token);
    });
    return token;
  }

  async accept(input: { token: string; displayName: string; password: string }): Promise<SessionModel> {
    assertNoNul(input.displayName, 'displayName');
    assertNoNul(input.password, 'password');
    const displayName = checkDisplayName(input.displayName);
    assertMaxLength(input.password, 'password', MAX_PASSWORD_LENGTH);
    if (input.password.length < MIN_PASSWORD_LENGTH)
      throw badInput(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
    try {
      return await this.dataSource.transaction(async (tx) => {
        // The token first, its row locked so that two acceptances of one token cannot both succeed; only then the
        // password is hashed, so that a caller without a valid token cannot make the API spend argon2 time.
        const invitation = await this.invitations.lockByTokenHash(tx, tokenHash(input.token));
        const now = this.clock.now();
        if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now)
          throw notFound(INVALID);
        // An invitation dies with its inviter's authority: deactivated, demoted, or moved to another office.
        if (!(await this.inviterStillMayInvite(tx, invitation))) throw notFound(INVALID);
        if (await this.members.emailTaken(tx, invitation.email)) throw conflict(EMAIL_TAKEN);
        const passwordHash = await this.passwords.hash(input.password);
        const member = await this.members.insert(tx, {
          email: invitation.email,
          displayName,
          officeId: invitation.officeId,
          role: invitation.role,
          passwordHash,
        });
        const office = await this.officeRows.byId(tx, invitation.officeId);
        if (!office) throw new Error(`Invitation ${invitation.id} names no office`);
        member.office = office;
        await this.invitations.markAccepted(tx, invitation.id, { at: now, memberId: member.id });
        await this.audit.record(tx, {
          kind: AuditKind.INVITATION_ACCEPTED,
          actorId: member.id,
          memberId: member.id,
          officeId: member.officeId,
          email: member.email,
          details: { invitationId: invitation.id },
        });
        return this.sessions.startSession(tx, member);
      });
    } catch (error) {
      // Another invitation for the same e-mail was accepted at the same moment: the unique index on the e-mail
      // refused this one (the check above could not see the other, uncommitted member).
      if (isUniqueViolation(error)) throw conflict(EMAIL_TAKEN);
      throw error;
    }
  }

  /** Pending invitations (neither accepted, revoked nor expired): admins any office, office admins their own. */
  async pending(
    viewer: Viewer,
    args: { officeCode?: string | null; first?: number | null; after?: string | null },
  ): Promise<Connection<InvitationModel>> {
    const actor = signedInViewer(viewer);
    const officeId = await this.listedOfficeId(actor, args.officeCode ?? null);
    const limit = pageSize(args.first, 20);
    const after = args.after ? decodeCursor(args.after, isInstantIdPosition) : null;
    const filter = { officeId, now: this.clock.now() };
    const db = this.dataSource.manager;
    const [rows, total] = await Promise.all([
      this.invitations.pendingPage(db, filter, { after, limit: limit + 1 }),
      this.invitations.pendingCount(db, filter),
    ]);
    return toConnection(rows, limit, toInvitationModel, (row) => instantIdPosition(row.created_at, row.id), total);
  }

  /** Revokes a pending invitation; NOT_FOUND for one the viewer may not manage, or that is no longer pending. */
  async revoke(viewer: Viewer, invitationId: string): Promise<boolean> {
    const actor = signedInViewer(viewer);
    if (!isUuid(invitationId)) throw notFound(INVALID);
    return this.dataSource.transaction(async (tx) => {
      const invitation = await this.invitations.lockById(tx, invitationId);
      const now = this.clock.now();
      if (!invitation || !canInvite(actor, invitation)) throw notFound(INVALID);
      if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) throw notFound(INVALID);
      await this.invitations.markRevoked(tx, invitation.id, { at: now, byId: actor.memberId });
      await this.audit.record(tx, {
        kind: AuditKind.INVITATION_REVOKED,
        actorId: actor.memberId,
        officeId: invitation.officeId,
        email: invitation.email,
        details: { invitationId: invitation.id, role: invitation.role },
      });
      return true;
    });
  }

  /** Admins list any office (all when none is named); office admins their own (FORBIDDEN for another). */
  private async listedOfficeId(actor: NonNullable<Viewer>, officeCode: string | null): Promise<string | null> {
    const [officeId] = officeCode ? await this.offices.idsByCodes([officeCode]) : [null];
    const scoped = actor.role === Role.ADMIN ? officeId : (officeId ?? actor.officeId);
    if (!canListMembers(actor, scoped)) throw forbidden('Office admins see the invitations of their own office');
    return scoped;
  }

  private async inviterStillMayInvite(tx: EntityManager, invitation: InvitationEntity): Promise<boolean> {
    if (!invitation.invitedById) return false;
    const inviter = await this.members.byId(tx, invitation.invitedById);
    if (!inviter?.active) return false;
    return canInvite({ memberId: inviter.id, officeId: inviter.officeId, role: inviter.role }, invitation);
  }
}

function toInvitationModel(row: PendingInvitationRow): InvitationModel {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    office: { id: row.office_id, code: row.office_code, name: row.office_name, region: row.office_region },
    invitedById: row.invited_by_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
