import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { instantIdPosition, isInstantIdPosition } from '@forum/core';
import { decodeCursor, forbidden, pageSize, toConnection, type Connection } from '@forum/graphql';
import { canListMembers } from './access.policy.js';
import type { MemberModel } from './dto/member.model.js';
import { MemberDirectoryRepository, type DirectoryRow } from './member-directory.repository.js';
import { OfficesService } from './offices.service.js';
import { Role } from './role.js';
import { signedInViewer, type Viewer } from './viewer.js';

export interface MemberListArgs {
  officeCode?: string | null;
  role?: Role | null;
  active?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** The member list of the admins: any office for admins, their own for office admins; oldest member first. */
@Injectable()
export class MemberDirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: MemberDirectoryRepository,
    private readonly offices: OfficesService,
  ) {}

  async list(viewer: Viewer, args: MemberListArgs): Promise<Connection<MemberModel>> {
    const actor = signedInViewer(viewer);
    const [named] = args.officeCode ? await this.offices.idsByCodes([args.officeCode]) : [null];
    // An office admin's list is its office's, whether it names it or not; naming another one is refused.
    const officeId = actor.role === Role.ADMIN ? named : (named ?? actor.officeId);
    if (!canListMembers(actor, officeId)) throw forbidden('Office admins list the members of their own office');
    const limit = pageSize(args.first, 20);
    const after = args.after ? decodeCursor(args.after, isInstantIdPosition) : null;
    const filter = { officeId, role: args.role ?? null, active: args.active ?? null };
    const db = this.dataSource.manager;
    const [rows, total] = await Promise.all([
      this.directory.page(db, filter, { after, limit: limit + 1 }),
      this.directory.count(db, filter),
    ]);
    return toConnection(rows, limit, toModel, (row) => instantIdPosition(row.created_at, row.id), total);
  }
}

function toModel(row: DirectoryRow): MemberModel {
  return {
    id: row.id,
    displayName: row.display_name,
    role: row.role,
    email: row.email,
    active: row.active,
    office: { id: row.office_id, code: row.office_code, name: row.office_name, region: row.office_region },
  };
}
