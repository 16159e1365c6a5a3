import { jest } from '@jest/globals';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { IdentitySeeder } from './identity.seeder.js';
import { PasswordsService } from './passwords.service.js';
import { Role } from './role.js';
import { createTestMember, signInForTest } from './testing/identity.fixtures.js';

const ADMIN = { email: 'first-admin@wipo.example.org', password: 'first-admin-password' };
const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { role } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }';
const INVITATIONS = `query($officeCode: String) { invitations(officeCode: $officeCode) { totalCount
  edges { node { id email role office { code } invitedBy { id email } } } } }`;
const REVOKE = 'mutation($id: ID!) { revokeInvitation(id: $id) }';
const MEMBERS = `query($officeCode: String, $role: Role, $active: Boolean, $first: Int, $after: String) {
  members(officeCode: $officeCode, role: $role, active: $active, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id email role office { code } } } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken } }`;
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';

interface Invitation {
  id: string;
  email: string;
  role: string;
  office: { code: string };
  invitedBy: { id: string; email: string | null } | null;
}
interface MemberNode {
  id: string;
  email: string | null;
  role: string;
  office: { code: string };
}

// Issue 8, "Governance and the admin's first day" (acceptance 7 and the items around it).
describe('governance', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let adminToken: string;
  let adminId: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    });
    dataSource = api.app.get(DataSource);
    adminToken = await signInForTest(api.client, ADMIN.email, ADMIN.password);
    [{ id: adminId }] = await api.db.query<{ id: string }>('SELECT id FROM member WHERE email = $1', [ADMIN.email]);
  });
  afterAll(() => api.close());

  const invite = (token: string, input: Record<string, unknown>) =>
    api.client.data<{ inviteMember: string }>(INVITE, { input }, { token }).then((data) => data.inviteMember);
  const accept = (token: string) =>
    api.client.errorCodes(ACCEPT, { input: { token, displayName: 'Newcomer', password: 'a-good-long-password' } });
  const pending = async (token: string, officeCode?: string) =>
    (
      await api.client.data<{ invitations: { totalCount: number; edges: { node: Invitation }[] } }>(
        INVITATIONS,
        { officeCode },
        { token },
      )
    ).invitations;

  describe('the last active admin', () => {
    it("refuses the last admin's self-demotion (FORBIDDEN, identity.last-admin); with a second admin it is allowed", async () => {
      const refused = await api.client.request(SET_ROLE, { id: adminId, role: 'MEMBER' }, { token: adminToken });
      expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'identity.last-admin' });
      const [row] = await api.db.query<{ role: string }>('SELECT role FROM member WHERE id = $1', [adminId]);
      expect(row.role).toBe('ADMIN');

      const second = await createTestMember(dataSource, { officeCode: 'WO', role: Role.ADMIN });
      const secondToken = await signInForTest(api.client, second.email, second.password);
      // Deactivating the first admin leaves the second; the second then cannot demote itself.
      await api.client.data(DEACTIVATE, { id: adminId }, { token: secondToken });
      const alone = await api.client.request(SET_ROLE, { id: second.id, role: 'MODERATOR' }, { token: secondToken });
      expect(alone.errors?.[0].extensions?.reason).toBe('identity.last-admin');
      await api.client.data(
        'mutation($id: ID!) { reactivateMember(memberId: $id) { id } }',
        { id: adminId },
        {
          token: secondToken,
        },
      );
      expect(await api.client.data(SET_ROLE, { id: second.id, role: 'MODERATOR' }, { token: secondToken })).toEqual({
        setMemberRole: { role: 'MODERATOR' },
      });
      adminToken = await signInForTest(api.client, ADMIN.email, ADMIN.password); // its sessions ended with deactivation
    });
  });

  describe('invitations', () => {
    it('a revoked invitation is NOT_FOUND, and revoking is audited', async () => {
      const token = await invite(adminToken, { email: 'revoked@dpma.example.org', role: 'MEMBER', officeCode: 'DE' });
      const listed = (await pending(adminToken, 'DE')).edges.map((edge) => edge.node);
      const invitation = listed.find((node) => node.email === 'revoked@dpma.example.org')!;
      expect(invitation).toMatchObject({ role: 'MEMBER', office: { code: 'DE' }, invitedBy: { id: adminId } });

      expect(await api.client.data(REVOKE, { id: invitation.id }, { token: adminToken })).toEqual({
        revokeInvitation: true,
      });
      expect(await accept(token)).toEqual(['NOT_FOUND']);
      expect(await api.client.errorCodes(REVOKE, { id: invitation.id }, { token: adminToken })).toEqual(['NOT_FOUND']);
      expect((await pending(adminToken, 'DE')).edges.map((edge) => edge.node.id)).not.toContain(invitation.id);
      const [audit] = await api.db.query<{ actor_id: string; details: { invitationId: string } }>(
        `SELECT actor_id, details FROM audit_event WHERE kind = 'INVITATION_REVOKED'`,
      );
      expect(audit).toEqual({ actor_id: adminId, details: { invitationId: invitation.id, role: 'MEMBER' } });
    });

    it('an invitation whose inviter was deactivated, or demoted, is NOT_FOUND', async () => {
      const inviter = await createTestMember(dataSource, { officeCode: 'FR', role: Role.OFFICE_ADMIN });
      const inviterToken = await signInForTest(api.client, inviter.email, inviter.password);
      const first = await invite(inviterToken, { email: 'first@inpi.example.org', role: 'MEMBER' });
      const second = await invite(inviterToken, { email: 'second@inpi.example.org', role: 'OFFICE_ADMIN' });
      await api.client.data(SET_ROLE, { id: inviter.id, role: 'MEMBER' }, { token: adminToken });
      expect(await accept(second)).toEqual(['NOT_FOUND']); // a MEMBER may no longer invite
      await api.client.data(SET_ROLE, { id: inviter.id, role: 'OFFICE_ADMIN' }, { token: adminToken });
      await api.client.data(DEACTIVATE, { id: inviter.id }, { token: adminToken });
      expect(await accept(first)).toEqual(['NOT_FOUND']);
    });

    it("an admin's invitation names its office; an office admin's goes to its own", async () => {
      const refused = await api.client.request(
        INVITE,
        { input: { email: 'nowhere@example.org', role: 'MEMBER' } },
        { token: adminToken },
      );
      expect(refused.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'officeCode' });

      const officeAdmin = await createTestMember(dataSource, { officeCode: 'SE', role: Role.OFFICE_ADMIN });
      const token = await signInForTest(api.client, officeAdmin.email, officeAdmin.password);
      await invite(token, { email: 'colleague@prv.example.org', role: 'MEMBER' });
      const own = await pending(token);
      expect(own.edges.map((edge) => [edge.node.email, edge.node.office.code])).toEqual([
        ['colleague@prv.example.org', 'SE'],
      ]);
      expect(own.edges[0].node.invitedBy).toEqual({ id: officeAdmin.id, email: officeAdmin.email });
      expect(await api.client.errorCodes(INVITATIONS, { officeCode: 'DE' }, { token })).toEqual(['FORBIDDEN']);
      // An admin's invitation into SE is the office admin's to see, but not the admin's e-mail.
      await invite(adminToken, { email: 'from-admin@prv.example.org', role: 'MEMBER', officeCode: 'SE' });
      const byAdmin = (await pending(token)).edges.find((edge) => edge.node.email === 'from-admin@prv.example.org');
      expect(byAdmin?.node.invitedBy).toEqual({ id: adminId, email: null });
      // ... and an office admin cannot revoke what another office's admin could not have made.
      const other = await createTestMember(dataSource, { officeCode: 'NO', role: Role.OFFICE_ADMIN });
      const otherToken = await signInForTest(api.client, other.email, other.password);
      expect(await api.client.errorCodes(REVOKE, { id: byAdmin!.node.id }, { token: otherToken })).toEqual([
        'NOT_FOUND',
      ]);
    });
  });

  describe('members', () => {
    it('lists members with e-mails: admins any office, with filters and pages; office admins their own', async () => {
      const a = await createTestMember(dataSource, { officeCode: 'AT' });
      const b = await createTestMember(dataSource, { officeCode: 'AT', role: Role.OFFICE_ADMIN });
      const c = await createTestMember(dataSource, { officeCode: 'AT' });
      await createTestMember(dataSource, { officeCode: 'CH' });
      await api.db.query('UPDATE member SET active = false WHERE id = $1', [c.id]);

      type Page = {
        members: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: MemberNode }[];
        };
      };
      const first = await api.client.data<Page>(MEMBERS, { officeCode: 'AT', first: 2 }, { token: adminToken });
      expect(first.members.totalCount).toBe(3);
      expect(first.members.pageInfo.hasNextPage).toBe(true);
      const rest = await api.client.data<Page>(
        MEMBERS,
        { officeCode: 'AT', first: 2, after: first.members.pageInfo.endCursor },
        { token: adminToken },
      );
      expect([...first.members.edges, ...rest.members.edges].map((edge) => edge.node)).toEqual([
        { id: a.id, email: a.email, role: 'MEMBER', office: { code: 'AT' } },
        { id: b.id, email: b.email, role: 'OFFICE_ADMIN', office: { code: 'AT' } },
        { id: c.id, email: c.email, role: 'MEMBER', office: { code: 'AT' } },
      ]);
      const active = await api.client.data<Page>(
        MEMBERS,
        { officeCode: 'AT', active: true, role: 'MEMBER' },
        {
          token: adminToken,
        },
      );
      expect(active.members.edges.map((edge) => edge.node.id)).toEqual([a.id]);

      const officeAdminToken = await signInForTest(api.client, b.email, b.password);
      const own = await api.client.data<Page>(MEMBERS, {}, { token: officeAdminToken });
      expect(own.members.edges.map((edge) => edge.node.id)).toEqual([a.id, b.id, c.id]);
      expect(await api.client.errorCodes(MEMBERS, { officeCode: 'CH' }, { token: officeAdminToken })).toEqual([
        'FORBIDDEN',
      ]);
      const memberToken = await signInForTest(api.client, a.email, a.password);
      expect(await api.client.errorCodes(MEMBERS, {}, { token: memberToken })).toEqual(['FORBIDDEN']);
      // A member sees its own e-mail.
      expect(await api.client.data('{ me { email } }', {}, { token: memberToken })).toEqual({ me: { email: a.email } });
    });
  });

  describe('passwords', () => {
    it('changePassword needs the current password, ends the other sessions and returns a new one', async () => {
      const member = await createTestMember(dataSource, { officeCode: 'PT' });
      const { signIn: old } = await api.client.data<{ signIn: { accessToken: string } }>(
        'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { email: member.email, password: member.password } },
      );
      const wrong = await api.client.request(
        CHANGE,
        { input: { currentPassword: 'not it at all', newPassword: 'a-brand-new-password' } },
        { token: old.accessToken },
      );
      expect(wrong.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      const { changePassword } = await api.client.data<{ changePassword: { accessToken: string } }>(
        CHANGE,
        { input: { currentPassword: member.password, newPassword: 'a-brand-new-password' } },
        { token: old.accessToken },
      );
      expect(await api.client.errorCodes('{ me { id } }', {}, { token: old.accessToken })).toEqual(['UNAUTHENTICATED']);
      expect(await api.client.data('{ me { id } }', {}, { token: changePassword.accessToken })).toEqual({
        me: { id: member.id },
      });
      expect(
        await api.client.errorCodes(SIGN_IN, { input: { email: member.email, password: member.password } }),
      ).toEqual(['UNAUTHENTICATED']);
      await signInForTest(api.client, member.email, 'a-brand-new-password');
      const [audit] = await api.db.query<{ actor_id: string }>(
        `SELECT actor_id FROM audit_event WHERE kind = 'PASSWORD_CHANGED' AND member_id = $1`,
        [member.id],
      );
      expect(audit.actor_id).toBe(member.id);
    });

    it('counts wrong current passwords as sign-in failures: the 11th from one address is RATE_LIMITED', async () => {
      const member = await createTestMember(dataSource, { officeCode: 'IT' });
      const token = await signInForTest(api.client, member.email, member.password);
      const guess = (currentPassword: string) =>
        api.client.errorCodes(CHANGE, { input: { currentPassword, newPassword: 'a-brand-new-password' } }, { token });
      for (let i = 0; i < 10; i++) expect(await guess(`guess number ${i}`)).toEqual(['BAD_USER_INPUT']);
      expect(await guess(member.password)).toEqual(['RATE_LIMITED']);
    });

    it("resetPassword takes an operator's one-time token once", async () => {
      const member = await createTestMember(dataSource, { officeCode: 'ES' });
      const token = await api.app.get(PasswordsService).issueResetToken(member.email.toUpperCase());
      const input = { token, newPassword: 'reset-by-the-operator' };
      await api.client.data(RESET, { input });
      await signInForTest(api.client, member.email, 'reset-by-the-operator');
      expect(await api.client.errorCodes(RESET, { input })).toEqual(['NOT_FOUND']);
    });
  });

  it('logs ADMIN_PASSWORD as ignored on a database that has members, changing no password', async () => {
    const warn = jest.fn();
    const seeder = new IdentitySeeder(dataSource, { ...api.config, adminPassword: 'a-new-password-that-is-ignored' }, {
      warn,
      info: jest.fn(),
    } as unknown as Logger);
    await seeder.onModuleInit();
    expect(warn).toHaveBeenCalledWith({ email: ADMIN.email }, expect.stringContaining('ADMIN_PASSWORD is ignored'));
    expect(JSON.stringify(warn.mock.calls)).not.toContain('a-new-password-that-is-ignored');
    await signInForTest(api.client, ADMIN.email, ADMIN.password);
  });
});
