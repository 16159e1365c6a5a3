import { jest } from '@jest/globals';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SqlStatementCounter } from '@forum/database';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityLoaders } from './identity.loaders.js';
import { IdentityModule, identityEntities } from './identity.module.js';
import { bootstrapAdmin, IdentitySeeder } from './identity.seeder.js';
import { OfficesService } from './offices.service.js';
import { seedOffices } from './offices.seeder.js';
import { Role } from './role.js';
import { createTestMember, signInForTest } from './testing/identity.fixtures.js';
import { Visibility } from './visibility.js';
import { visibleSql } from './visibility.policy.js';

interface Office {
  id: string;
  code: string;
  name: string;
  region: string | null;
}
const OFFICES = '{ offices { id code name region } }';

describe('offices, loaders, the first administrator, and the visibility predicate in PostgreSQL', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let adminToken: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { ADMIN_EMAIL: 'boss@wipo.example.org', ADMIN_PASSWORD: 'admin-password-for-tests' },
    });
    dataSource = api.app.get(DataSource);
    adminToken = await signInForTest(api.client, 'boss@wipo.example.org', 'admin-password-for-tests');
  });
  afterAll(() => api.close());

  it('seeds every national office by its ST.3 code with country name and region, plus the regional and international ones', async () => {
    const { offices } = await api.client.data<{ offices: Office[] }>(OFFICES);
    const byCode = new Map(offices.map((office) => [office.code, office]));
    expect(offices.length).toBeGreaterThan(240);
    expect(byCode.get('DE')).toMatchObject({ name: 'Germany', region: 'Europe' });
    expect(byCode.get('BR')).toMatchObject({ name: 'Brazil', region: 'South America' });
    expect(byCode.get('KE')).toMatchObject({ region: 'Africa' });
    for (const code of ['EP', 'EA', 'AP', 'OA', 'GC', 'EM', 'WO']) expect(byCode.get(code)?.region).toBeTruthy();
    expect(byCode.get('WO')?.name).toMatch(/International Bureau/);
    expect(offices.every((office) => /^[A-Z]{2}$/.test(office.code))).toBe(true);
    expect(byCode.has('AQ')).toBe(false);
  });

  it("seeds idempotently and keeps an admin's corrections", async () => {
    const updated = await api.client.data<{ updateOffice: Office }>(
      'mutation { updateOffice(input: { code: "de", name: "German Patent and Trade Mark Office" }) { id code name region } }',
      {},
      { token: adminToken },
    );
    expect(updated.updateOffice).toMatchObject({
      code: 'DE',
      name: 'German Patent and Trade Mark Office',
      region: 'Europe',
    });
    const before = await api.client.data<{ offices: Office[] }>(OFFICES);
    await seedOffices(dataSource.manager);
    expect(await api.client.data<{ offices: Office[] }>(OFFICES)).toEqual(before);
  });

  it('lets only admins create and update offices', async () => {
    const CREATE = 'mutation($input: CreateOfficeInput!) { createOffice(input: $input) { code name region } }';
    const input = { code: 'XX', name: 'Test Office', region: 'Nowhere' };
    const member = await createTestMember(dataSource, { officeCode: 'DE', role: Role.OFFICE_ADMIN });
    const memberToken = await signInForTest(api.client, member.email, member.password);
    expect(await api.client.errorCodes(CREATE, { input }, { token: memberToken })).toEqual(['FORBIDDEN']);
    expect(await api.client.errorCodes(CREATE, { input })).toEqual(['UNAUTHENTICATED']);
    expect(await api.client.data(CREATE, { input }, { token: adminToken })).toEqual({ createOffice: input });
    expect(await api.client.errorCodes(CREATE, { input }, { token: adminToken })).toEqual(['CONFLICT']);
    expect(await api.client.errorCodes(CREATE, { input: { ...input, code: 'X1' } }, { token: adminToken })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await api.client.errorCodes(
        'mutation { updateOffice(input: { code: "QQ", name: "x" }) { code } }',
        {},
        { token: adminToken },
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('refuses office text with a NUL character with BAD_USER_INPUT, and treats malformed codes and ids as unknown', async () => {
    const [admin] = await api.db.query<{ id: string; office_id: string }>(
      'SELECT id, office_id FROM member WHERE email = $1',
      ['boss@wipo.example.org'],
    );
    const viewer = { memberId: admin.id, officeId: admin.office_id, role: Role.ADMIN };
    const offices = api.app.get(OfficesService);
    await expect(offices.create(viewer, { code: 'XQ', name: 'Nul\u0000 Office' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(
      offices.create(viewer, { code: 'XQ', name: 'Nul Office', region: 'Some\u0000where' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(offices.update(viewer, 'FR', { name: 'France\u0000' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(offices.update(viewer, 'FR', { region: 'Europe\u0000' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(offices.update(viewer, 'F\u0000', { name: 'France' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(offices.idsByCodes(['FR', 'F\u0000'])).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await offices.byCode('F\u0000')).toBeNull();
    const [fr] = await offices.idsByCodes(['FR']);
    expect((await offices.officesByIds(['not-a-uuid', fr])).map((office) => office?.code ?? null)).toEqual([
      null,
      'FR',
    ]);
    expect(await api.db.query('SELECT 1 FROM office WHERE code = $1', ['XQ'])).toEqual([]);
  });

  it('maps office codes to ids, refusing unknown codes with BAD_USER_INPUT', async () => {
    const offices = api.app.get(OfficesService);
    const [fr, ep] = await offices.idsByCodes(['FR', 'ep']);
    expect((await offices.officesByIds([ep, fr])).map((office) => office?.code)).toEqual(['EP', 'FR']);
    await expect(offices.idsByCodes(['FR', 'ZZ'])).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('loads many offices and members of one request in one statement each', async () => {
    const members = await Promise.all(
      ['AU', 'CA', 'MX'].map((officeCode) => createTestMember(dataSource, { officeCode })),
    );
    const loaders = api.app.get(IdentityLoaders).create();
    const { count } = await api.app.get(SqlStatementCounter).measure(async () => {
      const loaded = await Promise.all([...members, ...members].map((member) => loaders.members.load(member.id)));
      expect(loaded.map((member) => member?.office.code)).toEqual(['AU', 'CA', 'MX', 'AU', 'CA', 'MX']);
      await Promise.all(members.map((member) => loaders.offices.load(member.officeId)));
    });
    expect(count).toBe(2);
  });

  it("generates the first administrator's password when ADMIN_PASSWORD is unset, and logs it once", async () => {
    await api.db.query('TRUNCATE member CASCADE');
    const warn = jest.fn();
    const seeder = new IdentitySeeder(
      dataSource,
      { ...api.config, adminEmail: 'first@wipo.example.org', adminPassword: undefined },
      { warn, info: jest.fn() } as unknown as Logger,
    );
    await seeder.onModuleInit();
    await seeder.onModuleInit(); // a second start creates no one and logs nothing
    expect(warn).toHaveBeenCalledTimes(1);
    const { password } = warn.mock.calls[0][0] as { password: string };
    expect(password.length).toBeGreaterThanOrEqual(16);
    await signInForTest(api.client, 'first@wipo.example.org', password);
    expect(await bootstrapAdmin(dataSource.manager, { adminEmail: 'other@example.org' }, new Date())).toEqual({
      created: false,
    });
  });

  it('filters rows in PostgreSQL exactly as canView decides', async () => {
    const [a, b, c] = await api.app.get(OfficesService).idsByCodes(['AT', 'BE', 'CH']);
    await api.db.query(
      `CREATE TABLE vis_probe (name text, visibility text, office_id uuid, shared_with_office_ids uuid[])`,
    );
    await api.db.query(
      `INSERT INTO vis_probe VALUES ('public', 'PUBLIC', $1, '{}'), ('community', 'COMMUNITY', $1, '{}'),
       ('offices', 'OFFICES', $1, ARRAY[$2]::uuid[]), ('office', 'OFFICE', $1, ARRAY[$2]::uuid[])`,
      [a, b],
    );
    const visible = async (viewer: Parameters<typeof visibleSql>[0]) => {
      const fragment = visibleSql(
        viewer,
        { visibility: 'p.visibility', officeId: 'p.office_id', sharedWith: 'p.shared_with_office_ids' },
        'v',
      );
      const rows = await dataSource
        .createQueryBuilder()
        .select('p.name', 'name')
        .from('vis_probe', 'p')
        .where(fragment.sql, fragment.params)
        .orderBy('p.name')
        .getRawMany<{ name: string }>();
      return rows.map((row) => row.name);
    };
    expect(await visible(null)).toEqual(['public']);
    expect(await visible({ memberId: 'x', officeId: a, role: Role.MEMBER })).toEqual([
      'community',
      'office',
      'offices',
      'public',
    ]);
    expect(await visible({ memberId: 'x', officeId: b, role: Role.MEMBER })).toEqual([
      'community',
      'offices',
      'public',
    ]);
    expect(await visible({ memberId: 'x', officeId: c, role: Role.ADMIN })).toEqual(['community', 'public']);
    expect(await visible({ memberId: 'x', officeId: c, role: Role.MODERATOR })).toEqual(['community', 'public']);
    expect(Object.values(Visibility)).toHaveLength(4);
  });
});
