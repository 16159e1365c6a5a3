import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { createTestMember, signInForTest } from './testing/identity.fixtures.js';

const ADMIN_EMAIL = 'root@wipo.example.org';
const ADMIN_PASSWORD = 'admin-password-for-tests';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }';

describe('identity publishes domain events', () => {
  let api: TestApp;
  let adminToken: string;
  let adminId: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { ADMIN_EMAIL, ADMIN_PASSWORD },
    });
    adminToken = await signInForTest(api.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    [{ id: adminId }] = await api.db.query<{ id: string }>('SELECT id FROM member WHERE email = $1', [ADMIN_EMAIL]);
  });
  afterAll(() => api.close());

  it('an invitation, without its token or e-mail', async () => {
    const { inviteMember: token } = await api.client.data<{ inviteMember: string }>(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) }',
      { input: { email: 'invitee@dpma.example.org', role: 'MEMBER', officeCode: 'DE' } },
      { token: adminToken },
    );
    const [event] = await api.events.published('identity.invitation-created');
    expect(event).toMatchObject({
      payload: { invitationId: expect.any(String), officeId: expect.any(String), role: 'MEMBER', invitedById: adminId },
      actorId: adminId,
      visibility: null,
    });
    expect(JSON.stringify(event)).not.toContain(token);
    expect(JSON.stringify(event)).not.toContain('invitee@');
  });

  it('a deactivation (with the end of every session), a reactivation, a sign-out and a replayed refresh token', async () => {
    const member = await createTestMember(api.app.get(DataSource), { officeCode: 'DE' });
    const signIn = () =>
      api.client.data<{ signIn: { accessToken: string; refreshToken: string } }>(SIGN_IN, {
        input: { email: member.email, password: member.password },
      });
    const before = (await api.events.published()).length;

    const first = (await signIn()).signIn;
    await api.client.data(REFRESH, { t: first.refreshToken });
    await api.client.request(REFRESH, { t: first.refreshToken }); // replayed: the session ends
    const second = (await signIn()).signIn;
    await api.client.data('mutation { signOut }', {}, { token: second.accessToken });
    await api.client.data(
      'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }',
      { id: member.id },
      { token: adminToken },
    );
    await api.client.data(
      'mutation($id: ID!) { reactivateMember(memberId: $id) { id } }',
      { id: member.id },
      { token: adminToken },
    );

    const events = (await api.events.published()).slice(before);
    expect(events.map((event) => [event.name, event.payload])).toEqual([
      ['identity.session-revoked', { memberId: member.id, sessionId: expect.any(String), reason: 'REUSE' }],
      ['identity.session-revoked', { memberId: member.id, sessionId: expect.any(String), reason: 'SIGN_OUT' }],
      ['identity.session-revoked', { memberId: member.id, sessionId: null, reason: 'DEACTIVATED' }],
      ['identity.member-deactivated', { memberId: member.id, officeId: member.officeId, deactivatedById: adminId }],
      ['identity.member-reactivated', { memberId: member.id, officeId: member.officeId, reactivatedById: adminId }],
    ]);
  });
});
