import { createServer, type Server } from 'node:http';
import { decodeJwt, exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { DataSource } from 'typeorm';
import { freePort } from '@forum/database';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { createTestMember } from './testing/identity.fixtures.js';

const AUDIENCE = 'https://forum.example.org/api';
const ME = '{ me { id office { code } } }';

// Each client of the test provider stands for one person: the provider puts that person's claims in its tokens.
const MEMBER_EMAIL = 'SSO.User@Office.example.org';
const CLIENTS: Record<string, Record<string, unknown>> = {
  'sso-member': { email: MEMBER_EMAIL },
  'sso-stranger': { email: 'stranger@elsewhere.example.org' },
  'sso-verified': { email: MEMBER_EMAIL, email_verified: true },
  'sso-unverified': { email: MEMBER_EMAIL, email_verified: false },
  'sso-verified-as-text': { email: MEMBER_EMAIL, email_verified: 'true' },
  'sso-nul': { email: 'sso.user@office.example.org\u0000' },
};

/** A real OpenID provider (oidc-provider) on a free port, issuing JWT access tokens by client credentials. */
async function startProvider(): Promise<{ issuer: string; server: Server }> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const provider = new Provider(issuer, {
    jwks: { keys: [jwk] },
    clients: Object.keys(CLIENTS).map((id) => ({
      client_id: id,
      client_secret: `${id}-secret`,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
    })),
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        getResourceServerInfo: (_ctx: unknown, resource: string) => ({
          scope: 'api',
          audience: resource,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    extraTokenClaims: (_ctx: unknown, token: { clientId?: string }) => CLIENTS[token.clientId ?? ''],
  });
  const server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { issuer, server };
}

async function tokenFrom(issuer: string, clientId: string, resource = AUDIENCE): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${clientId}-secret`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api', resource }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token from the provider: ${JSON.stringify(body)}`);
  return body.access_token;
}

describe('single sign-on with an OpenID provider', () => {
  let provider: { issuer: string; server: Server };
  let api: TestApp;
  let memberId: string;

  beforeAll(async () => {
    provider = await startProvider();
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: AUDIENCE },
    });
    ({ id: memberId } = await createTestMember(api.app.get(DataSource), {
      officeCode: 'KR',
      email: 'sso.user@office.example.org',
    }));
  });
  afterAll(async () => {
    await api.close();
    await new Promise((resolve) => provider.server.close(resolve));
  });

  it('signs in the active member whose e-mail the token carries (any case)', async () => {
    const token = await tokenFrom(provider.issuer, 'sso-member');
    const { me } = await api.client.data<{ me: { id: string; office: { code: string } } }>(ME, {}, { token });
    expect(me).toEqual({ id: memberId, office: { code: 'KR' } });
  });

  it('signs in with a token whose email_verified is true', async () => {
    const token = await tokenFrom(provider.issuer, 'sso-verified');
    expect((await api.client.data<{ me: { id: string } }>(ME, {}, { token })).me.id).toBe(memberId);
  });

  it('refuses a token whose email_verified is false, or anything but the boolean true', async () => {
    const unverified = await tokenFrom(provider.issuer, 'sso-unverified');
    expect(decodeJwt(unverified)).toMatchObject({ email: MEMBER_EMAIL, email_verified: false });
    expect(await api.client.errorCodes(ME, {}, { token: unverified })).toEqual(['UNAUTHENTICATED']);
    expect(
      await api.client.errorCodes(ME, {}, { token: await tokenFrom(provider.issuer, 'sso-verified-as-text') }),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token whose e-mail claim holds a NUL character with UNAUTHENTICATED, not INTERNAL', async () => {
    expect(await api.client.errorCodes(ME, {}, { token: await tokenFrom(provider.issuer, 'sso-nul') })).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('refuses a token with a wrong audience', async () => {
    const token = await tokenFrom(provider.issuer, 'sso-member', 'https://another-api.example.org');
    expect(await api.client.errorCodes(ME, {}, { token })).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token whose signature does not match', async () => {
    const [header, payload, signature] = (await tokenFrom(provider.issuer, 'sso-member')).split('.');
    const forged = `${header}.${payload}.${signature.slice(0, -4)}${signature.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    expect(await api.client.errorCodes(ME, {}, { token: forged })).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a valid token of someone who is not a member, or whose membership is deactivated', async () => {
    expect(await api.client.errorCodes(ME, {}, { token: await tokenFrom(provider.issuer, 'sso-stranger') })).toEqual([
      'UNAUTHENTICATED',
    ]);
    await api.db.query('UPDATE member SET active = false WHERE id = $1', [memberId]);
    try {
      expect(await api.client.errorCodes(ME, {}, { token: await tokenFrom(provider.issuer, 'sso-member') })).toEqual([
        'UNAUTHENTICATED',
      ]);
    } finally {
      await api.db.query('UPDATE member SET active = true WHERE id = $1', [memberId]);
    }
  });
});
