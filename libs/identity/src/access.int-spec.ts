import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { Clock } from './clock.js';
import { InvitationsService } from './invitations.service.js';
import { MembersService } from './members.service.js';
import { PasswordHasher } from './password-hasher.js';
import { Role } from './role.js';
import { createTestMember, signInForTest, type TestMember } from './testing/identity.fixtures.js';

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) }';
const ACCEPT =
  'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken member { id displayName role office { code } } } }';
const ME = '{ me { id role } }';
const ADMIN_EMAIL = 'root@wipo.example.org';
const ADMIN_PASSWORD = 'admin-password-for-tests';
const DAY = 24 * 60 * 60 * 1000;

describe('invitations, roles, deactivation and the audit log', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let adminToken: string;
  let officeAdmin: TestMember;
  let officeAdminToken: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { ADMIN_EMAIL, ADMIN_PASSWORD },
    });
    dataSource = api.app.get(DataSource);
    adminToken = await signInForTest(api.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    officeAdmin = await createTestMember(dataSource, { officeCode: 'DE', role: Role.OFFICE_ADMIN });
    officeAdminToken = await signInForTest(api.client, officeAdmin.email, officeAdmin.password);
  });
  afterAll(() => api.close());

  const invite = (token: string, input: Record<string, unknown>) =>
    api.client.request<{ inviteMember: string }>(INVITE, { input }, { token });
  const adminInvites = async (input: Record<string, unknown>) =>
    (await api.client.data<{ inviteMember: string }>(INVITE, { input }, { token: adminToken })).inviteMember;

  it('bootstraps the first ADMIN in the WO office from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
    const [admin] = await api.db.query<{ role: string; code: string }>(
      'SELECT m.role, o.code FROM member m JOIN office o ON o.id = m.office_id WHERE m.email = $1',
      [ADMIN_EMAIL],
    );
    expect(admin).toEqual({ role: 'ADMIN', code: 'WO' });
  });

  it('an OFFICE_ADMIN inviting into another office, or inviting an ADMIN, gets FORBIDDEN', async () => {
    expect(
      (await invite(officeAdminToken, { email: 'x@example.org', role: 'MEMBER', officeCode: 'FR' })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await invite(officeAdminToken, { email: 'x@example.org', role: 'ADMIN' })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await invite(officeAdminToken, { email: 'x@example.org', role: 'MODERATOR' })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const member = await createTestMember(dataSource, { officeCode: 'DE' });
    const memberToken = await signInForTest(api.client, member.email, member.password);
    expect((await invite(memberToken, { email: 'x@example.org', role: 'MEMBER' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await invite('', { email: 'x@example.org', role: 'MEMBER' })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('an OFFICE_ADMIN invites into its own office; the token works once', async () => {
    const { data } = await invite(officeAdminToken, { email: 'New.Colleague@dpma.example.org', role: 'OFFICE_ADMIN' });
    const token = data!.inviteMember;
    const accepted = await api.client.data<{
      acceptInvitation: {
        accessToken: string;
        member: { id: string; displayName: string; role: string; office: { code: string } };
      };
    }>(ACCEPT, { input: { token, displayName: 'New Colleague', password: 'a-good-long-password' } });
    expect(accepted.acceptInvitation.member).toMatchObject({
      displayName: 'New Colleague',
      role: 'OFFICE_ADMIN',
      office: { code: 'DE' },
    });
    const { me } = await api.client.data<{ me: { id: string } }>(
      ME,
      {},
      { token: accepted.acceptInvitation.accessToken },
    );
    expect(me.id).toBe(accepted.acceptInvitation.member.id);
    await signInForTest(api.client, 'new.colleague@dpma.example.org', 'a-good-long-password');
    expect(
      await api.client.errorCodes(ACCEPT, { input: { token, displayName: 'Again', password: 'a-good-long-password' } }),
    ).toEqual(['NOT_FOUND']);
    const [stored] = await api.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM invitation WHERE token_hash = $1',
      [token],
    );
    expect(stored.n).toBe(0); // only the hash is stored
  });

  it('an invitation token works until 7 days have passed, and not after', async () => {
    const early = (await invite(adminToken, { email: 'early@ipo.example.org', role: 'MEMBER', officeCode: 'GB' })).data!
      .inviteMember;
    const late = (await invite(adminToken, { email: 'late@ipo.example.org', role: 'MEMBER', officeCode: 'GB' })).data!
      .inviteMember;
    const clock = jest.spyOn(api.app.get(Clock), 'now');
    try {
      clock.mockReturnValue(new Date(Date.now() + 7 * DAY - 60_000));
      await api.client.data(ACCEPT, {
        input: { token: early, displayName: 'Early', password: 'a-good-long-password' },
      });
      clock.mockReturnValue(new Date(Date.now() + 7 * DAY + 60_000));
      expect(
        await api.client.errorCodes(ACCEPT, {
          input: { token: late, displayName: 'Late', password: 'a-good-long-password' },
        }),
      ).toEqual(['NOT_FOUND']);
    } finally {
      clock.mockRestore();
    }
  });

  it('an ADMIN invites into any office with any role; bad input is BAD_USER_INPUT, a known e-mail CONFLICT', async () => {
    const { data } = await invite(adminToken, { email: 'mod@jpo.example.org', role: 'MODERATOR', officeCode: 'jp' });
    const accepted = await api.client.data<{
      acceptInvitation: { member: { role: string; office: { code: string } } };
    }>(ACCEPT, {
      input: { token: data!.inviteMember, displayName: 'Mod', password: 'a-good-long-password' },
    });
    expect(accepted.acceptInvitation.member).toMatchObject({ role: 'MODERATOR', office: { code: 'JP' } });
    expect(
      (await invite(adminToken, { email: 'a@b.example.org', role: 'MEMBER', officeCode: 'ZZ' })).errors?.[0].extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await invite(adminToken, { email: 'not-an-email', role: 'MEMBER' })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await invite(adminToken, { email: 'MOD@jpo.example.org', role: 'MEMBER', officeCode: 'JP' })).errors?.[0]
        .extensions?.code,
    ).toBe('CONFLICT');
    const { data: again } = await invite(adminToken, {
      email: 'short@jpo.example.org',
      role: 'MEMBER',
      officeCode: 'JP',
    });
    expect(
      await api.client.errorCodes(ACCEPT, {
        input: { token: again!.inviteMember, displayName: 'S', password: 'short' },
      }),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('accepts two invitations for one e-mail at once: one member is created, the other acceptance is CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const email = `twice${round}@ipo.example.org`;
      const tokens = await Promise.all([1, 2].map(() => adminInvites({ email, role: 'MEMBER', officeCode: 'IT' })));
      const results = await Promise.all(
        tokens.map((token, i) =>
          api.client.request(ACCEPT, { input: { token, displayName: `Twice ${i}`, password: 'a-good-long-password' } }),
        ),
      );
      const outcomes = results
        .map((result) => (result.errors ? String(result.errors[0].extensions?.code) : 'ACCEPTED'))
        .sort();
      expect(outcomes).toEqual(['ACCEPTED', 'CONFLICT']);
      const [members] = await api.db.query<{ n: number }>('SELECT count(*)::int AS n FROM member WHERE email = $1', [
        email,
      ]);
      expect(members.n).toBe(1);
    }
  });

  it('checks the invitation token before hashing the password: a bad token costs no argon2 time', async () => {
    const hash = jest.spyOn(api.app.get(PasswordHasher), 'hash');
    try {
      const used = await adminInvites({ email: 'hash-once@ipo.example.org', role: 'MEMBER', officeCode: 'ES' });
      await api.client.data(ACCEPT, { input: { token: used, displayName: 'Once', password: 'a-good-long-password' } });
      expect(hash).toHaveBeenCalledTimes(1);
      hash.mockClear();
      const expired = await adminInvites({ email: 'hash-expired@ipo.example.org', role: 'MEMBER', officeCode: 'ES' });
      await api.db.query(
        `UPDATE invitation SET expires_at = now() - interval '1 second' WHERE email = 'hash-expired@ipo.example.org'`,
      );
      for (const token of ['no-such-token', used, expired]) {
        expect(
          await api.client.errorCodes(ACCEPT, {
            input: { token, displayName: 'Nobody', password: 'a-good-long-password' },
          }),
        ).toEqual(['NOT_FOUND']);
      }
      expect(hash).not.toHaveBeenCalled();
    } finally {
      hash.mockRestore();
    }
  });

  it('answers NOT_FOUND, not INTERNAL, for a member id that is not a uuid', async () => {
    for (const mutation of [
      'mutation($id: ID!) { setMemberRole(memberId: $id, role: MEMBER) { id } }',
      'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }',
      'mutation($id: ID!) { reactivateMember(memberId: $id) { id } }',
    ]) {
      for (const id of ['not-a-uuid', '42', '']) {
        expect(await api.client.errorCodes(mutation, { id }, { token: adminToken })).toEqual(['NOT_FOUND']);
        expect(await api.client.errorCodes(mutation, { id }, { token: officeAdminToken })).toEqual(['NOT_FOUND']);
      }
    }
    const members = api.app.get(MembersService);
    expect(await members.byId('not-a-uuid')).toBeNull();
    expect(await members.membersByIds(['not-a-uuid', officeAdmin.id])).toEqual([
      null,
      expect.objectContaining({ id: officeAdmin.id }),
    ]);
  });

  it('refuses text with a NUL character in invitations with BAD_USER_INPUT, not INTERNAL', async () => {
    const [admin] = await api.db.query<{ id: string; office_id: string }>(
      'SELECT id, office_id FROM member WHERE email = $1',
      [ADMIN_EMAIL],
    );
    const viewer = { memberId: admin.id, officeId: admin.office_id, role: Role.ADMIN };
    const invitations = api.app.get(InvitationsService);
    await expect(
      invitations.invite(viewer, { email: 'nul\u0000@ipo.example.org', role: Role.MEMBER }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      invitations.invite(viewer, { email: 'nul@ipo.example.org', role: Role.MEMBER, officeCode: 'F\u0000' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const token = await invitations.invite(viewer, {
      email: 'nul@ipo.example.org',
      role: Role.MEMBER,
      officeCode: 'WO',
    });
    await expect(
      invitations.accept({ token, displayName: 'Nul\u0000', password: 'a-good-long-password' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      invitations.accept({ token, displayName: 'Nul', password: 'a-good-long-\u0000password' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      invitations.accept({ token, displayName: 'Nul', password: 'a-good-long-password' }),
    ).resolves.toMatchObject({ member: { displayName: 'Nul' } });
  });

  it("refuses a deactivated member's still-valid access token on the next request", async () => {
    const member = await createTestMember(dataSource, { officeCode: 'DE' });
    const token = await signInForTest(api.client, member.email, member.password);
    expect((await api.client.data<{ me: { id: string } }>(ME, {}, { token })).me.id).toBe(member.id);
    await api.client.data(
      'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }',
      { id: member.id },
      { token: officeAdminToken },
    );
    expect(await api.client.errorCodes(ME, {}, { token })).toEqual(['UNAUTHENTICATED']);
    expect(
      await api.client.errorCodes('mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
        input: { email: member.email, password: member.password },
      }),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it("applies a role change to a live session's very next request (its check is otherwise reused for seconds)", async () => {
    const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { role } }';
    const AUDIT = '{ auditLog(first: 1) { totalCount } }';
    const member = await createTestMember(dataSource, { officeCode: 'DE' });
    const token = await signInForTest(api.client, member.email, member.password);
    expect(await api.client.errorCodes(AUDIT, {}, { token })).toEqual(['FORBIDDEN']);
    await api.client.data(SET_ROLE, { id: member.id, role: 'ADMIN' }, { token: adminToken });
    expect(await api.client.errorCodes(AUDIT, {}, { token })).toEqual([]);
    await api.client.data(SET_ROLE, { id: member.id, role: 'MEMBER' }, { token: adminToken });
    expect(await api.client.errorCodes(AUDIT, {}, { token })).toEqual(['FORBIDDEN']);
  });

  it("lets an OFFICE_ADMIN manage only its own office's members, up to OFFICE_ADMIN", async () => {
    const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { role } }';
    const own = await createTestMember(dataSource, { officeCode: 'DE' });
    const foreign = await createTestMember(dataSource, { officeCode: 'FR' });
    expect(await api.client.data(SET_ROLE, { id: own.id, role: 'OFFICE_ADMIN' }, { token: officeAdminToken })).toEqual({
      setMemberRole: { role: 'OFFICE_ADMIN' },
    });
    expect(await api.client.errorCodes(SET_ROLE, { id: own.id, role: 'ADMIN' }, { token: officeAdminToken })).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      await api.client.errorCodes(SET_ROLE, { id: foreign.id, role: 'OFFICE_ADMIN' }, { token: officeAdminToken }),
    ).toEqual(['FORBIDDEN']);
    expect(await api.client.data(SET_ROLE, { id: foreign.id, role: 'MODERATOR' }, { token: adminToken })).toEqual({
      setMemberRole: { role: 'MODERATOR' },
    });
    expect(
      await api.client.errorCodes(
        SET_ROLE,
        { id: '00000000-0000-4000-8000-000000000000', role: 'MEMBER' },
        { token: adminToken },
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('keeps an audit log of sign-ins, failures, invitations, role changes and deactivations, readable by admins only', async () => {
    await api.client.request(
      'mutation { signIn(input: { email: "nobody@example.org", password: "nope" }) { accessToken } }',
    );
    const LOG =
      'query($first: Int, $after: String) { auditLog(first: $first, after: $after) { totalCount edges { cursor node { kind email actorId memberId details } } pageInfo { hasNextPage endCursor } } }';
    interface Log {
      auditLog: {
        totalCount: number;
        edges: { node: { kind: string; email: string | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }
    const first = await api.client.data<Log>(LOG, { first: 100 }, { token: adminToken });
    const kinds = new Set(first.auditLog.edges.map((edge) => edge.node.kind));
    for (const kind of [
      'ADMIN_BOOTSTRAPPED',
      'SIGN_IN',
      'SIGN_IN_FAILED',
      'INVITATION_CREATED',
      'INVITATION_ACCEPTED',
      'ROLE_CHANGED',
      'MEMBER_DEACTIVATED',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(first.auditLog.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({ kind: 'SIGN_IN_FAILED', email: 'nobody@example.org' }),
    );
    const page1 = await api.client.data<Log>(LOG, { first: 2 }, { token: adminToken });
    const page2 = await api.client.data<Log>(
      LOG,
      { first: 2, after: page1.auditLog.pageInfo.endCursor },
      { token: adminToken },
    );
    expect(page1.auditLog.pageInfo.hasNextPage).toBe(true);
    expect(page2.auditLog.edges.map((e) => e.node)).toEqual(first.auditLog.edges.slice(2, 4).map((e) => e.node));
    expect(page1.auditLog.totalCount).toBe(first.auditLog.totalCount);
    expect(await api.client.errorCodes(LOG, { first: 101 }, { token: adminToken })).toEqual(['BAD_USER_INPUT']);
    // A cursor not made by the API (an id that is no uuid, a time PostgreSQL cannot store) is BAD_USER_INPUT, not INTERNAL.
    const forged = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
    for (const position of [
      ['2020-01-01T00:00:00.000Z', 'not-a-uuid'],
      ['-271821-04-20T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'],
      ['2020-01-01T00:00:00.000Z', 42],
    ]) {
      expect(await api.client.errorCodes(LOG, { first: 2, after: forged(position) }, { token: adminToken })).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    expect(await api.client.errorCodes(LOG, { first: 5 }, { token: officeAdminToken })).toEqual(['FORBIDDEN']);
    expect(await api.client.errorCodes(LOG, { first: 5 })).toEqual(['UNAUTHENTICATED']);
  });
});
