import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { Clock } from './clock.js';
import { SessionsService } from './sessions.service.js';
import { createTestMember, signInForTest } from './testing/identity.fixtures.js';

const ME = '{ me { id displayName role office { code name region } } }';
const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken member { id office { code } } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';

interface SessionShape {
  accessToken: string;
  refreshToken: string;
  member: { id: string; office: { code: string } };
}

describe('sessions: sign-in, me, refresh rotation, sign-out', () => {
  let api: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      // A lower ceiling per address than the default 100, so that the tests of it stay short.
      env: { ADMIN_PASSWORD: 'admin-password-for-tests', SIGN_IN_ADDRESS_LIMIT: '20' },
    });
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());
  // Failed sign-ins of one test must not rate-limit the next (all come from 127.0.0.1).
  afterEach(() => api.db.query(`UPDATE audit_event SET at = at - interval '1 day' WHERE kind = 'SIGN_IN_FAILED'`));

  it('me is null signed out; after signIn it returns the member with its office', async () => {
    expect((await api.client.data<{ me: null }>(ME)).me).toBeNull();
    const member = await createTestMember(dataSource, {
      officeCode: 'DE',
      displayName: 'Ada',
      email: 'Ada@DPMA.example.org',
    });
    const token = await signInForTest(api.client, 'ada@dpma.example.org', member.password);
    const { me } = await api.client.data<{
      me: { id: string; displayName: string; role: string; office: { code: string; name: string; region: string } };
    }>(ME, {}, { token });
    expect(me).toEqual({
      id: member.id,
      displayName: 'Ada',
      role: 'MEMBER',
      office: { code: 'DE', name: 'Germany', region: 'Europe' },
    });
  });

  it('gives the same UNAUTHENTICATED error for a wrong password and an unknown e-mail', async () => {
    const member = await createTestMember(dataSource, { officeCode: 'FR' });
    const wrong = await api.client.request(SIGN_IN, { input: { email: member.email, password: 'not the password' } });
    const unknown = await api.client.request(SIGN_IN, {
      input: { email: 'nobody@nowhere.example.org', password: 'not the password' },
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors).toEqual(wrong.errors);
  });

  it('gives RATE_LIMITED at the 11th failure within 15 minutes for one e-mail from one address, even with the right password', async () => {
    const member = await createTestMember(dataSource, { officeCode: 'JP' });
    for (let i = 0; i < 10; i++) {
      expect(await api.client.errorCodes(SIGN_IN, { input: { email: member.email, password: `wrong ${i}` } })).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    expect(await api.client.errorCodes(SIGN_IN, { input: { email: member.email, password: 'wrong again' } })).toEqual([
      'RATE_LIMITED',
    ]);
    expect(await api.client.errorCodes(SIGN_IN, { input: { email: member.email, password: member.password } })).toEqual(
      ['RATE_LIMITED'],
    );
    // 16 minutes later the window has passed.
    const clock = api.app.get(Clock);
    const later = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 16 * 60 * 1000));
    try {
      await signInForTest(api.client, member.email, member.password);
    } finally {
      later.mockRestore();
    }
  });

  it('counts parallel wrong guesses exactly: of 30 at once for one e-mail from one address, 10 are checked and 20 RATE_LIMITED', async () => {
    const member = await createTestMember(dataSource, { officeCode: 'NO' });
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.client.errorCodes(SIGN_IN, { input: { email: member.email, password: `parallel guess ${i}` } }),
      ),
    );
    const tally = codes
      .flat()
      .reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});
    expect(tally).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 20 });
    const [failures] = await api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE kind = 'SIGN_IN_FAILED' AND email = $1`,
      [member.email],
    );
    expect(failures.n).toBe(10);
  });

  it('counts parallel wrong guesses from one address exactly: of 30 at once over 30 e-mails, 20 (its ceiling) are checked', async () => {
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.client.errorCodes(SIGN_IN, { input: { email: `parallel${i}@example.org`, password: 'guess' } }),
      ),
    );
    expect(codes.flat().filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(20);
    expect(codes.flat().filter((code) => code === 'RATE_LIMITED')).toHaveLength(10);
  });

  it('records a successful sign-in as one SIGN_IN entry and no failure', async () => {
    const member = await createTestMember(dataSource, { officeCode: 'SE' });
    await signInForTest(api.client, member.email, member.password);
    const rows = await api.db.query<{
      kind: string;
      member_id: string;
      actor_id: string;
      office_id: string;
      ip: string | null;
    }>(`SELECT kind, member_id, actor_id, office_id, ip FROM audit_event WHERE email = $1`, [member.email]);
    expect(rows).toEqual([
      {
        kind: 'SIGN_IN',
        member_id: member.id,
        actor_id: member.id,
        office_id: member.officeId,
        ip: expect.any(String),
      },
    ]);
  });

  it('refuses an e-mail with a NUL character with BAD_USER_INPUT, not INTERNAL', async () => {
    await expect(
      api.app
        .get(SessionsService)
        .signIn({ email: 'nul\u0000@example.org', password: 'whatever password' }, '127.0.0.1'),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('rate-limits per IP address: the 21st failure from one address, over many e-mails (SIGN_IN_ADDRESS_LIMIT=20)', async () => {
    for (let i = 0; i < 20; i++) {
      await api.client.errorCodes(SIGN_IN, { input: { email: `someone${i}@example.org`, password: 'guess' } });
    }
    expect(
      await api.client.errorCodes(SIGN_IN, { input: { email: 'someone-else@example.org', password: 'guess' } }),
    ).toEqual(['RATE_LIMITED']);
  });

  it('rotates refresh tokens; replaying the old one fails and revokes the newer one too', async () => {
    const member = await createTestMember(dataSource, { officeCode: 'AU' });
    const { signIn } = await api.client.data<{ signIn: SessionShape }>(SIGN_IN, {
      input: { email: member.email, password: member.password },
    });
    const { refreshSession: second } = await api.client.data<{ refreshSession: SessionShape }>(REFRESH, {
      t: signIn.refreshToken,
    });
    expect(second.refreshToken).not.toBe(signIn.refreshToken);
    const { me } = await api.client.data<{ me: { id: string } }>(ME, {}, { token: second.accessToken });
    expect(me.id).toBe(member.id);

    expect(await api.client.errorCodes(REFRESH, { t: signIn.refreshToken })).toEqual(['UNAUTHENTICATED']);
    expect(await api.client.errorCodes(REFRESH, { t: second.refreshToken })).toEqual(['UNAUTHENTICATED']);
    // The access tokens of the revoked family stop working too.
    expect(await api.client.errorCodes(ME, {}, { token: second.accessToken })).toEqual(['UNAUTHENTICATED']);
  });

  it('signOut revokes the session: its refresh and access tokens stop working', async () => {
    const member = await createTestMember(dataSource, { officeCode: 'BR' });
    const { signIn } = await api.client.data<{ signIn: SessionShape }>(SIGN_IN, {
      input: { email: member.email, password: member.password },
    });
    expect(
      await api.client.data<{ signOut: boolean }>('mutation { signOut }', {}, { token: signIn.accessToken }),
    ).toEqual({ signOut: true });
    expect(await api.client.errorCodes(REFRESH, { t: signIn.refreshToken })).toEqual(['UNAUTHENTICATED']);
    expect(await api.client.errorCodes(ME, {}, { token: signIn.accessToken })).toEqual(['UNAUTHENTICATED']);
    expect(await api.client.errorCodes('mutation { signOut }')).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an expired access token and an expired refresh token', async () => {
    const member = await createTestMember(dataSource, { officeCode: 'CA' });
    const { signIn } = await api.client.data<{ signIn: SessionShape }>(SIGN_IN, {
      input: { email: member.email, password: member.password },
    });
    const clock = api.app.get(Clock);
    const later = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 16 * 60 * 1000));
    try {
      expect(await api.client.errorCodes(ME, {}, { token: signIn.accessToken })).toEqual(['UNAUTHENTICATED']);
    } finally {
      later.mockRestore();
    }
    await api.db.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second'`);
    expect(await api.client.errorCodes(REFRESH, { t: signIn.refreshToken })).toEqual(['UNAUTHENTICATED']);
  });

  it('stores an argon2id hash in the password column', async () => {
    const member = await createTestMember(dataSource, { officeCode: 'EP' });
    const [row] = await api.db.query<{ password_hash: string }>('SELECT password_hash FROM member WHERE id = $1', [
      member.id,
    ]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(row.password_hash).not.toContain(member.password);
  });

  it('refuses a malformed or forged bearer token with UNAUTHENTICATED', async () => {
    expect(await api.client.errorCodes(ME, {}, { token: 'not-a-jwt' })).toEqual(['UNAUTHENTICATED']);
    const member = await createTestMember(dataSource, { officeCode: 'CN' });
    const token = await signInForTest(api.client, member.email, member.password);
    const [header, payload] = token.split('.');
    expect(await api.client.errorCodes(ME, {}, { token: `${header}.${payload}.${'A'.repeat(43)}` })).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});
