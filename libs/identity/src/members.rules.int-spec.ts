import { createTestServices, type TestServices } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { MembersService } from './members.service.js';
import { Role } from './role.js';
import { SessionsService } from './sessions.service.js';
import { createTestMember, type TestMember } from './testing/identity.fixtures.js';
import type { Viewer } from './viewer.js';

// The service-level tier: identity's rules on the real database, without HTTP (the contract stays in access.int-spec).
describe('members rules, at the service level', () => {
  let services: TestServices;
  let members: MembersService;
  const viewerOf = (member: TestMember, role: Role): NonNullable<Viewer> => ({
    memberId: member.id,
    officeId: member.officeId,
    role,
  });

  beforeAll(async () => {
    services = await createTestServices({ imports: [IdentityModule], entities: identityEntities });
    members = services.get(MembersService);
  });
  afterAll(() => services.close());

  it('lets an office admin promote in its own office up to OFFICE_ADMIN, never to ADMIN, and records the change', async () => {
    const officeAdmin = await createTestMember(services.dataSource, { officeCode: 'JP', role: Role.OFFICE_ADMIN });
    const member = await createTestMember(services.dataSource, { officeCode: 'JP' });
    const actor = viewerOf(officeAdmin, Role.OFFICE_ADMIN);
    await expect(members.setRole(actor, member.id, Role.ADMIN)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await members.byId(member.id))?.role).toBe(Role.MEMBER);
    expect((await members.setRole(actor, member.id, Role.OFFICE_ADMIN)).role).toBe(Role.OFFICE_ADMIN);
    const audit = await services.db.query<{ details: unknown }>(
      `SELECT details FROM audit_event WHERE kind = 'ROLE_CHANGED' AND member_id = $1`,
      [member.id],
    );
    expect(audit).toEqual([{ details: { from: 'MEMBER', to: 'OFFICE_ADMIN' } }]);
  });

  it('ends every session of a deactivated member, and no one deactivates itself', async () => {
    const admin = await createTestMember(services.dataSource, { officeCode: 'WO', role: Role.ADMIN });
    const member = await createTestMember(services.dataSource, { officeCode: 'KR' });
    const sessions = services.get(SessionsService);
    for (let i = 0; i < 2; i++) await sessions.signIn({ email: member.email, password: member.password }, null);
    await members.setActive(viewerOf(admin, Role.ADMIN), member.id, { active: false });
    const live = await services.db.query(`SELECT id FROM session WHERE member_id = $1 AND revoked_at IS NULL`, [
      member.id,
    ]);
    expect(live).toEqual([]);
    await expect(members.setActive(viewerOf(admin, Role.ADMIN), admin.id, { active: false })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('moves a member to another office (admins), keeping its role and sessions, records it and tells the forum', async () => {
    const admin = await createTestMember(services.dataSource, { officeCode: 'WO', role: Role.ADMIN });
    const member = await createTestMember(services.dataSource, { officeCode: 'IT', role: Role.OFFICE_ADMIN });
    await services.get(SessionsService).signIn({ email: member.email, password: member.password }, null);
    await expect(members.moveToOffice(viewerOf(admin, Role.ADMIN), member.id, 'ZZ')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const moved = await members.moveToOffice(viewerOf(admin, Role.ADMIN), member.id, 'es');
    expect({ office: moved.office.code, role: moved.role }).toEqual({ office: 'ES', role: Role.OFFICE_ADMIN });
    const rows = await services.db.query<{ kind: string; details: unknown; live: number }>(
      `SELECT a.kind, a.details, (SELECT count(*)::int FROM session s WHERE s.member_id = a.member_id
                                  AND s.revoked_at IS NULL) AS live
         FROM audit_event a WHERE a.kind = 'MEMBER_MOVED' AND a.member_id = $1`,
      [member.id],
    );
    expect(rows).toEqual([{ kind: 'MEMBER_MOVED', details: { from: 'IT', to: 'ES' }, live: 1 }]);
    const events = await services.db.query<{ payload: Record<string, string> }>(
      `SELECT payload FROM domain_event WHERE name = 'identity.member-moved' AND payload->>'memberId' = $1`,
      [member.id],
    );
    expect(events.map((event) => event.payload.fromOfficeId)).toEqual([member.officeId]);
  });

  it('names mention targets for other domains: offices by code, members by a display name no other active member has', async () => {
    const ada = await createTestMember(services.dataSource, { officeCode: 'GB', displayName: 'Ada Lovelace' });
    await createTestMember(services.dataSource, { officeCode: 'FR', displayName: 'Jean Dupont' });
    await createTestMember(services.dataSource, { officeCode: 'BE', displayName: 'jean dupont' });
    const targets = await services.dataSource.transaction((tx) =>
      members.mentionTargets(tx, { officeCodes: ['DE', 'ZZ'], displayNames: ['ADA LOVELACE', 'Jean Dupont'] }),
    );
    const [de] = await services.db.query<{ id: string }>(`SELECT id FROM office WHERE code = 'DE'`);
    expect(targets).toEqual([
      { officeId: de.id, memberId: null, seenFromOfficeId: de.id },
      { officeId: null, memberId: ada.id, seenFromOfficeId: ada.officeId },
    ]);
    expect(await members.mentionTargets(services.dataSource.manager, { officeCodes: [], displayNames: [] })).toEqual(
      [],
    );
  });
});
