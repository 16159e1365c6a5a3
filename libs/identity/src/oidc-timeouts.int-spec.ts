import { createServer, type Server } from 'node:http';
import { generateKeyPair, SignJWT } from 'jose';
import { freePort } from '@forum/database';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';

const AUDIENCE = 'https://forum.example.org/api';
const ME = '{ me { id } }';

// A provider that takes connections and never answers: discovery, or only the JWKS (`hangJwks`).
async function hangingProvider(options: {
  hangJwks: boolean;
}): Promise<{ issuer: string; server: Server; calls: string[] }> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const calls: string[] = [];
  const server = createServer((request, response) => {
    calls.push(request.url ?? '');
    if (options.hangJwks && request.url === '/.well-known/openid-configuration') {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } // anything else: no answer, ever
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { issuer, server, calls };
}

async function tokenOf(issuer: string): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT({ email: 'someone@office.example.org' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k' })
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setExpirationTime('5m')
    .sign(privateKey);
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe.each([
  ['discovery', false],
  ['the JWKS', true],
])('an OpenID provider whose %s hangs', (_, hangJwks) => {
  let provider: Awaited<ReturnType<typeof hangingProvider>>;
  let api: TestApp;

  beforeAll(async () => {
    provider = await hangingProvider({ hangJwks });
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: AUDIENCE, OIDC_TIMEOUT_MS: '300' },
    });
  });
  afterAll(async () => {
    await api.close();
    provider.server.closeAllConnections();
    await new Promise((resolve) => provider.server.close(resolve));
  });

  it('holds a request no longer than OIDC_TIMEOUT_MS, and refuses the token as UNAUTHENTICATED', async () => {
    const token = await tokenOf(provider.issuer);
    const first = await timed(() => api.client.errorCodes(ME, {}, { token }));
    expect(first.result).toEqual(['UNAUTHENTICATED']);
    expect(first.ms).toBeLessThan(3_000); // 300 ms timeout; loose for a loaded machine
    expect(first.ms).toBeGreaterThanOrEqual(250);
  });

  it('answers the next tokens at once while the failure is fresh, without calling the provider again', async () => {
    const token = await tokenOf(provider.issuer);
    const calls = provider.calls.length;
    const again = await timed(() => api.client.errorCodes(ME, {}, { token }));
    expect(again.result).toEqual(['UNAUTHENTICATED']);
    if (!hangJwks) {
      expect(again.ms).toBeLessThan(250);
      expect(provider.calls.length).toBe(calls);
    } else {
      // jose keeps the JWKS set and refetches at most once per cooldown; each fetch is bounded by the timeout.
      expect(again.ms).toBeLessThan(3_000);
    }
    // A public request meanwhile is not held at all.
    const open = await timed(() => api.client.request(ME));
    expect(open.ms).toBeLessThan(1_000);
  });
});
