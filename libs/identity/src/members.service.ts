import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { distinctUuids, isUuid, rowsByIds } from '@forum/core';
import { EventPublisher } from '@forum/events';
import { forbidden, notFound } from '@forum/graphql';
import { canGrantRole, canManageMember } from './access.policy.js';
import { AuditKind } from './audit-event.entity.js';
import { AdminRoster } from './admin-roster.js';
import { AuditService } from './audit.service.js';
import type { MemberModel } from './dto/member.model.js';
import { memberRowToModel, toMemberModel } from './identity.mapper.js';
import type { MemberEntity } from './member.entity.js';
import { MembersRepository } from './members.repository.js';
import { OfficesRepository } from './offices.repository.js';
import type { Role } from './role.js';
import { SessionValidity } from './session-validity.js';
import { SessionsService } from './sessions.service.js';
import { officeCodeOf } from './text-input.js';
import { signedInViewer, type Viewer } from './viewer.js';

/** Reading members, and the admins' changes to them (role, deactivation). */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersRepository,
    private readonly offices: OfficesRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly events: EventPublisher,
    private readonly validity: SessionValidity,
    private readonly roster: AdminRoster,
  ) {}

  async byId(id: string): Promise<MemberModel | null> {
    if (!isUuid(id)) return null;
    const member = await this.members.byId(this.dataSource.manager, id);
    return member ? toMemberModel(member) : null;
  }

  /** Members with their office in one query, in the order of `ids` (null where none exists, or for a non-uuid). */
  async membersByIds(ids: readonly string[]): Promise<(MemberModel | null)[]> {
    const unique = distinctUuids(ids);
    const rows = unique.length ? await this.members.byIds(this.dataSource.manager, unique) : [];
    return rowsByIds(ids, rows.map(memberRowToModel));
  }

  /**
   * What the mentions in a text name, for the domains that store mentions (they may not read identity's tables): the
   * offices with these ST.3 codes, and the active members with these display names (any case) that no other active
   * member shares. `seenFromOfficeId` is the office whose view decides whether the mention may be made: the mentioned
   * office, or the member's office. In the caller's transaction.
   */
  async mentionTargets(
    db: EntityManager,
    wanted: { officeCodes: readonly string[]; displayNames: readonly string[] },
  ): Promise<MentionTarget[]> {
    if (wanted.officeCodes.length === 0 && wanted.displayNames.length === 0) return [];
    const rows = await this.members.mentionTargets(db, {
      officeCodes: [...wanted.officeCodes],
      displayNames: wanted.displayNames.map((name) => name.toLowerCase()),
    });
    return rows.map((row) => ({ officeId: row.office_id, memberId: row.member_id, seenFromOfficeId: row.seen_from }));
  }

  async setRole(viewer: Viewer, memberId: string, role: Role): Promise<MemberModel> {
    const actor = signedInViewer(viewer);
    return this.dataSource.transaction(async (tx) => {
      await this.roster.lock(tx);
      const member = await this.lockedMember(tx, memberId);
      assertManages(actor, member);
      if (!canGrantRole(actor, role)) throw forbidden('Office admins grant MEMBER or OFFICE_ADMIN only');
      await this.roster.assertRemains(tx, member, { role });
      const previous = member.role;
      member.role = role;
      await this.members.update(tx, member.id, { role });
      this.validity.changed(); // the role is part of what a live session's check returns
      await this.audit.record(tx, {
        kind: AuditKind.ROLE_CHANGED,
        actorId: actor.memberId,
        memberId,
        officeId: member.officeId,
        details: { from: previous, to: role },
      });
      return toMemberModel(member);
    });
  }

  /** Deactivating ends every session of the member at once; reactivating lets it sign in again. */
  async setActive(viewer: Viewer, memberId: string, { active }: { active: boolean }): Promise<MemberModel> {
    const actor = signedInViewer(viewer);
    if (actor.memberId === memberId && !active) throw forbidden('You cannot deactivate yourself');
    return this.dataSource.transaction(async (tx) => {
      await this.roster.lock(tx);
      const member = await this.lockedMember(tx, memberId);
      assertManages(actor, member);
      await this.roster.assertRemains(tx, member, { active });
      member.active = active;
      await this.members.update(tx, member.id, { active });
      if (!active) await this.sessions.revokeAllOf(tx, member.id, { reason: 'DEACTIVATED' });
      const kind = active ? AuditKind.MEMBER_REACTIVATED : AuditKind.MEMBER_DEACTIVATED;
      await this.audit.record(tx, { kind, actorId: actor.memberId, memberId, officeId: member.officeId });
      const by = { actorId: actor.memberId };
      if (active)
        await this.events.publish(
          tx,
          'identity.member-reactivated',
          { memberId, officeId: member.officeId, reactivatedById: actor.memberId },
          by,
        );
      else
        await this.events.publish(
          tx,
          'identity.member-deactivated',
          { memberId, officeId: member.officeId, deactivatedById: actor.memberId },
          by,
        );
      return toMemberModel(member);
    });
  }

  /**
   * Moves a member to another office (admins): from now on it sees what the new office sees and no longer what only
   * the old one saw. Its role and sessions stay; `identity.member-moved` lets real time move its sockets' rooms.
   */
  async moveToOffice(viewer: Viewer, memberId: string, officeCode: string): Promise<MemberModel> {
    const actor = signedInViewer(viewer);
    const code = officeCodeOf(officeCode);
    return this.dataSource.transaction(async (tx) => {
      const member = await this.lockedMember(tx, memberId);
      assertManages(actor, member);
      const office = code ? await this.offices.byCode(tx, code) : null;
      if (!office) throw notFound('No such office');
      if (office.id === member.officeId) return toMemberModel(member);
      const from = member.office;
      if (!from) throw new Error(`Member ${member.id} has no office loaded`);
      await this.members.update(tx, member.id, { officeId: office.id });
      member.officeId = office.id;
      member.office = office;
      this.validity.changed(); // the office is part of what a live session's check returns
      await this.audit.record(tx, {
        kind: AuditKind.MEMBER_MOVED,
        actorId: actor.memberId,
        memberId,
        officeId: office.id,
        details: { from: from.code, to: office.code },
      });
      await this.events.publish(
        tx,
        'identity.member-moved',
        { memberId, officeId: office.id, fromOfficeId: from.id, movedById: actor.memberId },
        { actorId: actor.memberId },
      );
      return toMemberModel(member);
    });
  }

  /** The member with its office, its row locked until the transaction ends; NOT_FOUND for an unknown id. */
  private async lockedMember(tx: EntityManager, id: string): Promise<MemberEntity> {
    if (!isUuid(id)) throw notFound('No such member'); // not an id at all: as unknown as any other
    const member = await this.members.lockById(tx, id);
    if (!member) throw notFound('No such member');
    const office = await this.offices.byId(tx, member.officeId);
    if (!office) throw new Error(`Member ${member.id} has no office ${member.officeId}`);
    member.office = office;
    return member;
  }
}

/** A mention's target (MembersService.mentionTargets). */
export interface MentionTarget {
  /** The mentioned office; null for a member. */
  officeId: string | null;
  /** The mentioned member; null for an office. */
  memberId: string | null;
  seenFromOfficeId: string;
}

function assertManages(actor: NonNullable<Viewer>, member: MemberEntity): void {
  if (!canManageMember(actor, member)) throw forbidden('You may not manage this member');
}
