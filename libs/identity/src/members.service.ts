import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { forbidden, notFound } from '@forum/graphql';
import { canGrantRole, canManageMember } from './access.policy.js';
import { AuditKind } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import type { MemberModel } from './dto/member.model.js';
import { toMemberModel } from './identity.mapper.js';
import { MemberEntity } from './member.entity.js';
import { OfficeEntity } from './office.entity.js';
import { Role } from './role.js';
import { SessionsService } from './sessions.service.js';
import { isUuid } from './text-input.js';
import { signedInViewer, type Viewer } from './viewer.js';

/** Reading members, and the admins' changes to them (role, deactivation). */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async byId(id: string): Promise<MemberModel | null> {
    if (!isUuid(id)) return null;
    const member = await this.dataSource.manager.findOne(MemberEntity, { where: { id }, relations: { office: true } });
    return member ? toMemberModel(member) : null;
  }

  /** Members with their office in one query, in the order of `ids` (null where none exists, or for a non-uuid). */
  async membersByIds(ids: readonly string[]): Promise<(MemberModel | null)[]> {
    const unique = [...new Set(ids)].filter(isUuid);
    const rows = unique.length
      ? await this.dataSource.manager.find(MemberEntity, { where: { id: In(unique) }, relations: { office: true } })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toMemberModel(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async setRole(viewer: Viewer, memberId: string, role: Role): Promise<MemberModel> {
    const actor = signedInViewer(viewer);
    return this.dataSource.transaction(async (tx) => {
      const member = await lockedMember(tx, memberId);
      assertManages(actor, member);
      if (!canGrantRole(actor, role)) throw forbidden('Office admins grant MEMBER or OFFICE_ADMIN only');
      const previous = member.role;
      member.role = role;
      await tx.update(MemberEntity, { id: member.id }, { role });
      await this.audit.record(
        {
          kind: AuditKind.ROLE_CHANGED,
          actorId: actor.memberId,
          memberId,
          officeId: member.officeId,
          details: { from: previous, to: role },
        },
        tx,
      );
      return toMemberModel(member);
    });
  }

  /** Deactivating ends every session of the member at once; reactivating lets it sign in again. */
  async setActive(viewer: Viewer, memberId: string, active: boolean): Promise<MemberModel> {
    const actor = signedInViewer(viewer);
    if (actor.memberId === memberId && !active) throw forbidden('You cannot deactivate yourself');
    return this.dataSource.transaction(async (tx) => {
      const member = await lockedMember(tx, memberId);
      assertManages(actor, member);
      member.active = active;
      await tx.update(MemberEntity, { id: member.id }, { active });
      if (!active) await this.sessions.revokeAllOf(tx, member.id, 'DEACTIVATED');
      const kind = active ? AuditKind.MEMBER_REACTIVATED : AuditKind.MEMBER_DEACTIVATED;
      await this.audit.record({ kind, actorId: actor.memberId, memberId, officeId: member.officeId }, tx);
      return toMemberModel(member);
    });
  }
}

async function lockedMember(tx: EntityManager, id: string): Promise<MemberEntity> {
  if (!isUuid(id)) throw notFound('No such member'); // not an id at all: as unknown as any other
  const member = await tx.findOne(MemberEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!member) throw notFound('No such member');
  member.office = await tx.findOneByOrFail(OfficeEntity, { id: member.officeId });
  return member;
}

function assertManages(actor: NonNullable<Viewer>, member: MemberEntity): void {
  if (!canManageMember(actor, member)) throw forbidden('You may not manage this member');
}
