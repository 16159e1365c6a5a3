import { createTestDatabase, startApiProcess, type ApiProcess, type TestDatabase } from '@forum/testing';

// Behind the compose file's load balancer every request comes from the proxy: with TRUST_PROXY the client's own
// address (X-Forwarded-For) is what the sign-in rate limit and the audit log see.
describe('TRUST_PROXY', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  const admin = { email: 'admin@forum.test', password: 'first-admin-password' };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiProcess({
      env: { DATABASE_URL: db.url, TRUST_PROXY: 'loopback', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
    });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('records the forwarded client address of a failed sign-in', async () => {
    const signIn = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
    const failed = await api.client.request(
      signIn,
      { input: { email: 'nobody@forum.test', password: 'wrong-password' } },
      { headers: { 'x-forwarded-for': '203.0.113.7' } },
    );
    expect(failed.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    const { signIn: session } = await api.client.data<{ signIn: { accessToken: string } }>(signIn, { input: admin });
    const { auditLog } = await api.client.data<{
      auditLog: { edges: { node: { kind: string; email: string | null; ip: string | null } }[] };
    }>('{ auditLog(first: 20) { edges { node { kind email ip } } } }', undefined, { token: session.accessToken });
    expect(auditLog.edges.map((edge) => edge.node)).toContainEqual({
      kind: 'SIGN_IN_FAILED',
      email: 'nobody@forum.test',
      ip: '203.0.113.7',
    });
  });
});
