import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { distinctUuids, rowsByIds } from '@forum/core';
import { badInput, conflict, forbidden, notFound } from '@forum/graphql';
import { canManageOffices } from './access.policy.js';
import { AuditService } from './audit.service.js';
import { AuditKind } from './audit-event.entity.js';
import type { OfficeModel } from './dto/office.model.js';
import { toOfficeModel } from './identity.mapper.js';
import { OfficesRepository } from './offices.repository.js';
import { assertNoNul, checkOfficeCode, checkOfficeName, checkRegion, officeCodeOf } from './text-input.js';
import { signedInViewer, type Viewer } from './viewer.js';

const OFFICE_CODE = /^[A-Z]{2}$/;

export interface OfficeChanges {
  name?: string | null;
  region?: string | null;
}

/** The offices: the list everyone sees, the lookups other domains need, and the admins' edits. */
@Injectable()
export class OfficesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offices: OfficesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<OfficeModel[]> {
    return (await this.offices.list(this.dataSource.manager)).map(toOfficeModel);
  }

  async byCode(code: string): Promise<OfficeModel | null> {
    const wanted = officeCodeOf(code);
    if (!wanted) return null;
    const office = await this.offices.byCode(this.dataSource.manager, wanted);
    return office ? toOfficeModel(office) : null;
  }

  /** One query for any number of ids; the result follows the order of `ids` (null where none exists, or for a non-uuid). */
  async officesByIds(ids: readonly string[]): Promise<(OfficeModel | null)[]> {
    const unique = distinctUuids(ids);
    const rows = unique.length ? await this.offices.byIds(this.dataSource.manager, unique) : [];
    return rowsByIds(ids, rows.map(toOfficeModel));
  }

  /** Office ids for ST.3 codes (e.g. a `sharedWith` input), in the given order; an unknown code is BAD_USER_INPUT. */
  async idsByCodes(codes: readonly string[]): Promise<string[]> {
    const wanted = codes.map((code) => officeCodeOf(code) ?? code.trim());
    const unique = [...new Set(wanted)];
    // Only well-formed codes reach the database (a NUL character would fail there); the others are unknown.
    const wellFormed = unique.filter((code) => OFFICE_CODE.test(code));
    const rows = wellFormed.length ? await this.offices.byCodes(this.dataSource.manager, wellFormed) : [];
    const byCode = new Map(rows.map((row) => [row.code, row.id]));
    const unknown = unique.filter((code) => !byCode.has(code));
    if (unknown.length) throw badInput(`Unknown office code: ${unknown.join(', ')}`, { unknownOfficeCodes: unknown });
    return wanted.map((code) => byCode.get(code)!);
  }

  async create(viewer: Viewer, input: { code: string; name: string; region?: string | null }): Promise<OfficeModel> {
    requireAdmin(viewer);
    const code = checkOfficeCode(input.code);
    const name = requiredText(input.name, 'name');
    const region = optionalText(input.region, 'region');
    return this.dataSource.transaction(async (tx) => {
      const inserted = await this.offices.insert(tx, { code, name, region });
      if (!inserted) throw conflict(`An office with code ${code} exists already`);
      await this.audit.record(tx, {
        kind: AuditKind.OFFICE_CREATED,
        actorId: viewer!.memberId,
        officeId: inserted.id,
        details: { code },
      });
      return toOfficeModel(inserted);
    });
  }

  async update(viewer: Viewer, code: string, changes: OfficeChanges): Promise<OfficeModel> {
    requireAdmin(viewer);
    assertNoNul(code, 'code');
    const wanted = checkOfficeCode(code);
    const name = changes.name !== undefined && changes.name !== null ? requiredText(changes.name, 'name') : undefined;
    const region = changes.region !== undefined ? optionalText(changes.region, 'region') : undefined;
    return this.dataSource.transaction(async (tx) => {
      const office = await this.offices.lockByCode(tx, wanted);
      if (!office) throw notFound('No such office');
      if (name !== undefined) office.name = name;
      if (region !== undefined) office.region = region;
      await this.offices.update(tx, office.id, { name: office.name, region: office.region });
      await this.audit.record(tx, {
        kind: AuditKind.OFFICE_UPDATED,
        actorId: viewer!.memberId,
        officeId: office.id,
        details: { ...changes },
      });
      return toOfficeModel(office);
    });
  }
}

function requireAdmin(viewer: Viewer): void {
  if (!canManageOffices(signedInViewer(viewer))) throw forbidden('Only admins manage offices');
}

function requiredText(value: string, field: string): string {
  assertNoNul(value, field);
  return checkOfficeName(value, field);
}

/** Trimmed, or null when empty or absent. */
function optionalText(value: string | null | undefined, field: string): string | null {
  assertNoNul(value, field);
  return checkRegion(value, field);
}
