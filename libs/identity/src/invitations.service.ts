import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '@forum/core';
import { EventPublisher } from '@forum/events';
import { badInput, conflict, forbidden, notFound } from '@forum/graphql';
import { canInvite } from './access.policy.js';
import { AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { Clock } from './clock.js';
import type { SessionModel } from './dto/session.model.js';
import { InvitationsRepository } from './invitations.repository.js';
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
  ) {}

  /** Returns the token (until the notifications issue delivers it by e-mail); only its hash is stored. */
  async invite(viewer: Viewer, input: { email: string; role: Role; officeCode?: string | null }): Promise<string> {
    const inviter = signedInViewer(viewer);
    assertNoNul(input.email, 'email');
    const email = normalizeEmail(input.email);
    if (!looksLikeEmail(email)) throw badInput('Not an e-mail address', { field: 'email' });
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
        if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) throw notFound(INVALID);
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
}
