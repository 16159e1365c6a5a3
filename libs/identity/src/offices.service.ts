import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '@forum/graphql';
import { canManageOffices } from './access.policy.js';
import { AuditService } from './audit.service.js';
import { AuditKind } from './audit-event.entity.js';
import type { OfficeModel } from './dto/office.model.js';
import { toOfficeModel } from './identity.mapper.js';
import { OfficeEntity } from './office.entity.js';
import { assertNoNul, isUuid } from './text-input.js';
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
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<OfficeModel[]> {
    return (await this.offices.find({ order: { code: 'ASC' } })).map(toOfficeModel);
  }

  async byCode(code: string): Promise<OfficeModel | null> {
    if (!OFFICE_CODE.test(code.toUpperCase())) return null;
    const office = await this.offices.findOneBy({ code: code.toUpperCase() });
    return office ? toOfficeModel(office) : null;
  }

  /** One query for any number of ids; the result follows the order of `ids` (null where none exists, or for a non-uuid). */
  async officesByIds(ids: readonly string[]): Promise<(OfficeModel | null)[]> {
    const unique = [...new Set(ids)].filter(isUuid);
    const rows = unique.length ? await this.offices.findBy({ id: In(unique) }) : [];
    const byId = new Map(rows.map((row) => [row.id, toOfficeModel(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Office ids for ST.3 codes (e.g. a `sharedWith` input), in the given order; an unknown code is BAD_USER_INPUT. */
  async idsByCodes(codes: readonly string[]): Promise<string[]> {
    const wanted = codes.map((code) => code.trim().toUpperCase());
    const unique = [...new Set(wanted)];
    // Only well-formed codes reach the database (a NUL character would fail there); the others are unknown.
    const wellFormed = unique.filter((code) => OFFICE_CODE.test(code));
    const rows = wellFormed.length ? await this.offices.findBy({ code: In(wellFormed) }) : [];
    const byCode = new Map(rows.map((row) => [row.code, row.id]));
    const unknown = unique.filter((code) => !byCode.has(code));
    if (unknown.length) throw badInput(`Unknown office code: ${unknown.join(', ')}`, { unknownOfficeCodes: unknown });
    return wanted.map((code) => byCode.get(code)!);
  }

  async create(viewer: Viewer, input: { code: string; name: string; region?: string | null }): Promise<OfficeModel> {
    requireAdmin(viewer);
    const code = input.code.trim().toUpperCase();
    if (!OFFICE_CODE.test(code)) throw badInput('An office code is two letters (WIPO ST.3)');
    const name = requiredText(input.name, 'name');
    const region = optionalText(input.region, 'region');
    return this.offices.manager.transaction(async (tx) => {
      const inserted = (await tx.query(
        `INSERT INTO office (code, name, region) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id, code, name, region`,
        [code, name, region],
      )) as OfficeEntity[];
      if (!inserted.length) throw conflict(`An office with code ${code} exists already`);
      await this.audit.record(
        { kind: AuditKind.OFFICE_CREATED, actorId: viewer!.memberId, officeId: inserted[0].id, details: { code } },
        tx,
      );
      return toOfficeModel(inserted[0]);
    });
  }

  async update(viewer: Viewer, code: string, changes: OfficeChanges): Promise<OfficeModel> {
    requireAdmin(viewer);
    assertNoNul(code, 'code');
    const name = changes.name !== undefined && changes.name !== null ? requiredText(changes.name, 'name') : undefined;
    const region = changes.region !== undefined ? optionalText(changes.region, 'region') : undefined;
    const wanted = code.trim().toUpperCase();
    return this.offices.manager.transaction(async (tx) => {
      const office = OFFICE_CODE.test(wanted)
        ? await tx.findOne(OfficeEntity, { where: { code: wanted }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!office) throw notFound('No such office');
      if (name !== undefined) office.name = name;
      if (region !== undefined) office.region = region;
      await tx.save(office);
      await this.audit.record(
        { kind: AuditKind.OFFICE_UPDATED, actorId: viewer!.memberId, officeId: office.id, details: { ...changes } },
        tx,
      );
      return toOfficeModel(office);
    });
  }
}

function requireAdmin(viewer: Viewer): void {
  if (!canManageOffices(signedInViewer(viewer))) throw forbidden('Only admins manage offices');
}

function requiredText(value: string, field: string): string {
  assertNoNul(value, field);
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 200) throw badInput(`${field} must be 1 to 200 characters`);
  return trimmed;
}

/** Trimmed, or null when empty or absent. */
function optionalText(value: string | null | undefined, field: string): string | null {
  assertNoNul(value, field);
  return value?.trim() || null;
}
