import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { Role } from './role.js';
import { createTestMember, signInForTest, type TestMember } from './testing/identity.fixtures.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const CLEAR = 'mutation($email: String, $ip: String) { clearSignInLock(email: $email, ip: $ip) }';
const BACKOFF_BASE_MS = 400;

// Issue 8, acceptance 5: failures count per (e-mail, address) pair, with a higher ceiling per address and slowing,
// not refusal, for an e-mail guessed from many addresses. The client address comes from X-Forwarded-For, as behind
// the load balancer (TRUST_PROXY).
describe('sign-in throttle: nobody can lock a member or an office out', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let sequence = 0;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: {
        SIGN_IN_ADDRESS_LIMIT: '25',
        SIGN_IN_BACKOFF_BASE_MS: String(BACKOFF_BASE_MS),
        SIGN_IN_BACKOFF_MAX_MS: '1600',
      },
    });
    (api.app as NestExpressApplication).set('trust proxy', 'loopback');
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** A fresh documentation address (RFC 5737) per call, so that the tests do not count each other's failures. */
  const newAddress = () => `198.51.${Math.floor(++sequence / 250)}.${(sequence % 250) + 1}`;
  const signInFrom = (ip: string, email: string, password: string) =>
    api.client.errorCodes(SIGN_IN, { input: { email, password } }, { headers: { 'x-forwarded-for': ip } });
  const failTimes = async (times: number, ip: string, email: string) => {
    for (let i = 0; i < times; i++) expect(await signInFrom(ip, email, `wrong ${i}`)).toEqual(['UNAUTHENTICATED']);
  };
  const auditOf = (email: string) =>
    api.db.query<{ kind: string; ip: string | null; actor_id: string | null; details: Record<string, unknown> }>(
      'SELECT kind, ip, actor_id, details FROM audit_event WHERE email = $1 ORDER BY at, id',
      [email],
    );

  it('ten wrong passwords for an e-mail from ten other addresses: its owner still signs in from its own address', async () => {
    const owner = await createTestMember(dataSource, { officeCode: 'DE' });
    for (let i = 0; i < 10; i++) await failTimes(1, newAddress(), owner.email);
    expect(await signInFrom(newAddress(), owner.email, owner.password)).toEqual([]);
  });

  it('ten failures for one account from an address do not stop a colleague at that address', async () => {
    const office = newAddress();
    const [typist, colleague] = [
      await createTestMember(dataSource, { officeCode: 'FR' }),
      await createTestMember(dataSource, { officeCode: 'FR' }),
    ];
    await failTimes(10, office, typist.email);
    expect(await signInFrom(office, typist.email, typist.password)).toEqual(['RATE_LIMITED']);
    expect(await signInFrom(office, colleague.email, colleague.password)).toEqual([]);
    // The typist, from another address, is not locked either.
    expect(await signInFrom(newAddress(), typist.email, typist.password)).toEqual([]);
    expect((await auditOf(typist.email)).filter((entry) => entry.kind === 'SIGN_IN_LOCKED')).toEqual([
      { kind: 'SIGN_IN_LOCKED', ip: office, actor_id: null, details: { scope: 'PAIR' } },
    ]);
  });

  it('refuses an address after SIGN_IN_ADDRESS_LIMIT failures over many e-mails, and only that address', async () => {
    const stuffer = newAddress();
    for (let i = 0; i < 25; i++) await failTimes(1, stuffer, `stuffed${i}@example.org`);
    const member = await createTestMember(dataSource, { officeCode: 'JP' });
    expect(await signInFrom(stuffer, member.email, member.password)).toEqual(['RATE_LIMITED']);
    expect(await signInFrom(newAddress(), member.email, member.password)).toEqual([]);
    const [lock] = await api.db.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_event WHERE kind = 'SIGN_IN_LOCKED' AND ip = $1`,
      [stuffer],
    );
    expect(lock.details).toEqual({ scope: 'ADDRESS' });
  });

  it('slows (not refuses) attempts from unfamiliar addresses once an e-mail failed from many; not its familiar one', async () => {
    const owner = await createTestMember(dataSource, { officeCode: 'SE' });
    const home = newAddress();
    expect(await signInFrom(home, owner.email, owner.password)).toEqual([]); // the owner's usual address
    for (let i = 0; i < 10; i++) await failTimes(1, newAddress(), owner.email);

    const stranger = newAddress();
    const started = Date.now();
    expect(await signInFrom(stranger, owner.email, 'another guess')).toEqual(['UNAUTHENTICATED']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(BACKOFF_BASE_MS);
    expect(await signInFrom(home, owner.email, owner.password)).toEqual([]);

    const audit = await auditOf(owner.email);
    expect(audit.filter((entry) => entry.kind === 'SIGN_IN_SLOWED')).toHaveLength(1);
    expect(audit.find((entry) => entry.ip === stranger)?.details).toEqual({ delayedMs: BACKOFF_BASE_MS });
    const homeSignIns = audit.filter((entry) => entry.ip === home);
    expect(homeSignIns.map((entry) => [entry.kind, entry.details])).toEqual([
      ['SIGN_IN', {}],
      ['SIGN_IN', {}],
    ]);
  });

  describe('clearSignInLock', () => {
    let admin: TestMember;
    let adminToken: string;
    beforeAll(async () => {
      admin = await createTestMember(dataSource, { officeCode: 'WO', role: Role.ADMIN });
      adminToken = await signInForTest(api.client, admin.email, admin.password);
    });

    it('lets an admin clear a locked pair, and audits who did', async () => {
      const member = await createTestMember(dataSource, { officeCode: 'BR' });
      const ip = newAddress();
      await failTimes(10, ip, member.email);
      expect(await signInFrom(ip, member.email, member.password)).toEqual(['RATE_LIMITED']);

      expect(await api.client.data(CLEAR, { email: member.email.toUpperCase() }, { token: adminToken })).toEqual({
        clearSignInLock: true,
      });
      expect(await signInFrom(ip, member.email, member.password)).toEqual([]);
      expect((await auditOf(member.email)).filter((entry) => entry.kind === 'SIGN_IN_UNLOCKED')).toEqual([
        { kind: 'SIGN_IN_UNLOCKED', ip: null, actor_id: admin.id, details: {} },
      ]);
    });

    it('clears an address for every e-mail', async () => {
      const ip = newAddress();
      for (let i = 0; i < 25; i++) await failTimes(1, ip, `cleared${i}@example.org`);
      const member = await createTestMember(dataSource, { officeCode: 'CA' });
      expect(await signInFrom(ip, member.email, member.password)).toEqual(['RATE_LIMITED']);
      await api.client.data(CLEAR, { ip }, { token: adminToken });
      expect(await signInFrom(ip, member.email, member.password)).toEqual([]);
    });

    it('is for admins only, and needs an e-mail or an address', async () => {
      const member = await createTestMember(dataSource, { officeCode: 'AU', role: Role.OFFICE_ADMIN });
      const token = await signInForTest(api.client, member.email, member.password);
      expect(await api.client.errorCodes(CLEAR, { email: member.email }, { token })).toEqual(['FORBIDDEN']);
      const missing = await api.client.request(CLEAR, {}, { token: adminToken });
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    });
  });
});
