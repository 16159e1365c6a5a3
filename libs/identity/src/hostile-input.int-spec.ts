import { SignJWT } from 'jose';
import { encodeCursor } from '@forum/core';
import { createTestApp, type TestApp } from '@forum/testing';
import { ACCESS_TOKEN_ISSUER } from './access-tokens.js';
import { IdentityModule, identityEntities } from './identity.module.js';
import { signInForTest } from './testing/identity.fixtures.js';

const ADMIN_EMAIL = 'root@wipo.example.org';
const ADMIN_PASSWORD = 'admin-password-for-tests';
const JWT_SECRET = 'a-test-secret-of-at-least-32-characters!';
const ID = '5f0c5d0e-8a6b-4c1f-9d3e-2b7a1c4e6f80';

const CREATE_OFFICE = 'mutation($input: CreateOfficeInput!) { createOffice(input: $input) { code } }';
const UPDATE_OFFICE = 'mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { code name region } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';

// Issue 8, acceptance 6: input that must be a clear error (BAD_USER_INPUT naming the field, UNAUTHENTICATED for a
// token), never INTERNAL and never a silent surprise, and that stores nothing. Over HTTP, as a client sends it.
describe('hostile input to identity', () => {
  let api: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { ADMIN_EMAIL, ADMIN_PASSWORD, JWT_SECRET },
    });
    adminToken = await signInForTest(api.client, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(() => api?.close());

  const counts = async () => {
    const [row] = await api.db.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM office) AS offices, (SELECT count(*) FROM member) AS members,
              (SELECT count(*) FROM invitation) AS invitations, (SELECT count(*) FROM session) AS sessions,
              (SELECT count(*) FROM audit_event) AS audit,
              (SELECT string_agg(code || ':' || name || ':' || coalesce(region, ''), ',' ORDER BY code) FROM office) AS office_text`,
    );
    return row;
  };
  const extensionsOf = async (query: string, variables: Record<string, unknown>, token?: string) =>
    (await api.client.request(query, variables, { token })).errors?.map((error) => error.extensions);

  it('answers a correctly signed token whose claims are not uuids with UNAUTHENTICATED, not INTERNAL', async () => {
    const key = new TextEncoder().encode(JWT_SECRET);
    const now = Math.floor(Date.now() / 1000);
    const before = await counts();
    for (const [sub, sid] of [
      ['root', ID],
      [ID, '1'],
      ['0; DROP TABLE member', 'x'],
    ]) {
      const token = await new SignJWT({ sid })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience('ip-office-ict-forum/api')
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .sign(key);
      expect(await api.client.errorCodes('{ me { id } }', undefined, { token })).toEqual(['UNAUTHENTICATED']);
    }
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['ﬂ', 'a ligature that upper-cases to FL'],
    ['ıQ', 'a dotless i that upper-cases to IQ'],
  ])('refuses to create an office with code %s (%s), storing nothing', async (code) => {
    const before = await counts();
    expect(await extensionsOf(CREATE_OFFICE, { input: { code, name: 'Spoofed office' } }, adminToken)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'code' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses to change the office whose code "ıT" only folds to, leaving Italy as it was', async () => {
    const before = await counts();
    expect(await extensionsOf(UPDATE_OFFICE, { input: { code: 'ıT', name: 'Renamed' } }, adminToken)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'code' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses to invite into the office "ﬁ" only folds to, storing nothing', async () => {
    const before = await counts();
    const errors = await extensionsOf(
      INVITE,
      { input: { email: 'new@office.example.org', role: 'MEMBER', officeCode: 'ﬁ' } },
      adminToken,
    );
    expect(errors?.map((extensions) => extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a region of 5,000 characters', { region: 'r'.repeat(5_000) }, 'region'],
    ['a region with a right-to-left override', { region: 'Europe \u202Eedisni' }, 'region'],
    ['a name with a zero-width space', { name: 'Office\u200Bof Spoofing' }, 'name'],
    ['a name of 300 characters', { name: 'n'.repeat(300) }, 'name'],
  ])('refuses an office with %s, storing nothing', async (_what, fields, field) => {
    const before = await counts();
    expect(
      await extensionsOf(CREATE_OFFICE, { input: { code: 'XB', name: 'Test office', ...fields } }, adminToken),
    ).toEqual([{ code: 'BAD_USER_INPUT', field }]);
    expect(await extensionsOf(UPDATE_OFFICE, { input: { code: 'FR', ...fields } }, adminToken)).toEqual([
      { code: 'BAD_USER_INPUT', field },
    ]);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a zero-width space', 'Ada\u200BAdmin'],
    ['a right-to-left override', 'Ada \u202EnimdA'],
    ['a newline', 'Ada\nAdmin'],
    ['only Hangul fillers', '\u3164\u3164'],
  ])('refuses a display name with %s, creating no member', async (_what, displayName) => {
    const token = (
      await api.client.data<{ inviteMember: string }>(
        INVITE,
        {
          input: {
            email: `invitee-${Math.random().toString(36).slice(2)}@office.example.org`,
            role: 'MEMBER',
            officeCode: 'DE',
          },
        },
        { token: adminToken },
      )
    ).inviteMember;
    const before = await counts();
    expect(await extensionsOf(ACCEPT, { input: { token, displayName, password: 'a-good-long-password' } })).toEqual([
      { code: 'BAD_USER_INPUT', field: 'displayName' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses an e-mail or a password of megabytes at sign-in, recording nothing', async () => {
    const before = await counts();
    expect(
      await extensionsOf(SIGN_IN, {
        input: { email: `${'x'.repeat(50_000)}@office.example.org`, password: 'whatever' },
      }),
    ).toEqual([{ code: 'BAD_USER_INPUT', field: 'email' }]);
    expect(await extensionsOf(SIGN_IN, { input: { email: ADMIN_EMAIL, password: 'p'.repeat(50_000) } })).toEqual([
      { code: 'BAD_USER_INPUT', field: 'password' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses an audit-log cursor carrying 30 February instead of paging from 2 March', async () => {
    expect(
      await extensionsOf(
        'query($after: String) { auditLog(after: $after) { totalCount } }',
        { after: encodeCursor(['2026-02-30T00:00:00.000Z', ID]) },
        adminToken,
      ),
    ).toEqual([{ code: 'BAD_USER_INPUT', argument: 'after' }]);
  });
});
