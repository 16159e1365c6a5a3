import { createTestDatabase, runApi, startApiProcess, type ApiProcess, type TestDatabase } from '@forum/testing';

const ADMIN = { email: 'admin@forum.test', password: 'first-admin-password' };
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const WEB_CLIENT = 'https://forum-web.example.org';

const directivesOf = (csp: string | null): Map<string, string> =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0], part.split(/\s+/).slice(1).join(' ')]),
  );

// Issue 8, "the HTTP surface and logs": the built API as a real process.
describe('the HTTP surface', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiProcess({
      env: {
        DATABASE_URL: db.url,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        CORS_ORIGINS: WEB_CLIENT,
        TRUST_PROXY: 'loopback',
      },
      // The API's own GET / page (the web client, when built, is checked in test/browser).
      args: ['--no-web-client'],
    });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('sends security headers: no X-Powered-By, nosniff, no framing, a Content-Security-Policy that loads nothing', async () => {
    for (const response of [
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ spaces { slug } }' }),
      }),
      await fetch(`${api.url}/health/live`),
    ]) {
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const csp = directivesOf(response.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toBe("'none'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
    }
  });

  it('gives the IDE page a strict policy: scripts from this server only, no inline script, no eval', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const csp = directivesOf(page.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|\*/);
    // Every script of the page is a file of this server: an inline one would be refused by the policy above.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/graphiql-assets\/[\w.-]+"/);
      expect(body.trim()).toBe('');
    }
    const start = await fetch(`${api.url}/graphiql-assets/start.js`);
    expect(start.status).toBe(200);
    expect(await start.text()).toContain('GraphiQL.createFetcher');
  });

  it('answers GET / with a small page saying what this is and where the IDE and the docs are', async () => {
    const response = await fetch(`${api.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('IP Office ICT Forum');
    expect(html).toContain('href="/graphql"');
    expect(html).toContain('docs/api.md');
    expect(directivesOf(response.headers.get('content-security-policy')).get('default-src')).toBe("'none'");
    // Logged like every other request, with its id.
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows CORS for the origins of CORS_ORIGINS only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight(WEB_CLIENT);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(WEB_CLIENT);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: WEB_CLIENT },
      body: JSON.stringify({ query: '{ spaces { slug } }' }),
    });
    expect(simple.headers.get('access-control-allow-origin')).toBe(WEB_CLIENT);
    expect(simple.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  it('logs expected client errors once each, at info or warn, with the request id and without a stack trace', async () => {
    const withId = (id: string) => ({ headers: { 'x-request-id': id } });
    await api.client.request(SIGN_IN, { input: { ...ADMIN, password: 'not-the-password' } }, withId('log-wrong-pw'));
    await api.client.request(
      '{ thread(id: "5f0c5d0e-8a6b-4c1f-9d3e-2b7a1c4e6f80") { id } }',
      undefined,
      withId('log-not-found'),
    );
    const { signIn } = await api.client.data<{ signIn: { accessToken: string } }>(SIGN_IN, { input: ADMIN });
    const { inviteMember: invitation } = await api.client.data<{ inviteMember: string }>(
      'mutation { inviteMember(input: { email: "member@office.example.org", role: MEMBER, officeCode: "DE" }) }',
      undefined,
      { token: signIn.accessToken },
    );
    const { acceptInvitation } = await api.client.data<{ acceptInvitation: { accessToken: string } }>(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
      { input: { token: invitation, displayName: 'Mia Member', password: 'member-password-123' } },
    );
    await api.client.request('{ auditLog { totalCount } }', undefined, {
      token: acceptInvitation.accessToken,
      ...withId('log-forbidden'),
    });

    const expected = { 'log-wrong-pw': 'UNAUTHENTICATED', 'log-not-found': 'NOT_FOUND', 'log-forbidden': 'FORBIDDEN' };
    // The process writes its lines as it answers; they reach this one through a pipe, a moment later.
    for (let waited = 0; waited < 5_000 && !api.output().includes('"reqId":"log-forbidden"'); waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const [id, code] of Object.entries(expected)) {
      const errorLines = lines.filter((line) => line.reqId === id && line.code === code);
      expect(errorLines).toHaveLength(1);
      expect([30, 40]).toContain(errorLines[0].level);
      expect(JSON.stringify(errorLines[0])).not.toMatch(/stack| {4}at /);
    }
    expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
    expect(api.output()).not.toContain('ExceptionsHandler');
  });
});

describe('the HTTP surface in production', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiProcess({
      env: {
        DATABASE_URL: db.url,
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      },
      args: ['--no-web-client'],
    });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('sends no CORS headers without CORS_ORIGINS, serves no IDE files, and says so on GET /', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://forum-web.example.org', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${api.url}/graphiql-assets/graphiql.js`)).status).toBe(404);
    expect((await fetch(`${api.url}/graphiql-assets/start.js`)).status).toBe(404);
    const home = await (await fetch(`${api.url}/`)).text();
    expect(home).toContain('IDE is off');
    expect(home).not.toContain('href="/graphql"');
  });
});

describe('configuration errors at start', () => {
  const failedStart = async (env: Record<string, string>) => {
    const { exited, output } = runApi({ env: { ...env, DATA_DIR: '/nonexistent-never-used' } });
    expect(await exited).not.toBe(0);
    expect(output()).not.toMatch(/API listening/);
    return output();
  };

  it('never echo a secret: a short JWT_SECRET, the password in a DATABASE_URL', async () => {
    const jwt = await failedStart({ JWT_SECRET: 'leaky-secret-123' });
    expect(jwt).toContain('JWT_SECRET');
    expect(jwt).not.toContain('leaky-secret-123');
    const url = await failedStart({ DATABASE_URL: 'mysql://forum:pa55-word-xyz@db.example/forum' });
    expect(url).toContain('DATABASE_URL');
    expect(url).not.toContain('pa55-word-xyz');
  });

  it('validate TRUST_PROXY, naming it', async () => {
    expect(await failedStart({ TRUST_PROXY: 'loopbak' })).toContain('TRUST_PROXY');
  });
});
