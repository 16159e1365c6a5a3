import type { MemberModel } from './dto/member.model.js';
import type { OfficeModel } from './dto/office.model.js';
import type { MemberEntity } from './member.entity.js';
import type { MemberWithOfficeRow } from './members.repository.js';
import type { OfficeEntity } from './office.entity.js';

export const toOfficeModel = (office: OfficeEntity): OfficeModel => ({
  id: office.id,
  code: office.code,
  name: office.name,
  region: office.region,
});

/** A member loaded with its office. */
export function toMemberModel(member: MemberEntity): MemberModel {
  if (!member.office) throw new Error(`Member ${member.id} was loaded without its office`);
  return {
    id: member.id,
    displayName: member.displayName,
    role: member.role,
    office: toOfficeModel(member.office),
    email: member.email,
    active: member.active,
  };
}

/** A member row read with its office in one statement (MembersRepository.byIds). */
export const memberRowToModel = (row: MemberWithOfficeRow): MemberModel => ({
  id: row.id,
  displayName: row.display_name,
  role: row.role,
  office: { id: row.office_id, code: row.office_code, name: row.office_name, region: row.office_region },
  email: row.email,
  active: row.active,
});
