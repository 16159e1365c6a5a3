import type { ApiProcess } from '@forum/testing';
import { ADMIN, twoInstances, type TwoInstances } from './support/two-instances.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
// How long a live session's check may be reused on an instance (SESSION_VALIDITY_TTL_MS, docs/security.md).
const CACHE_TTL_MS = 5_000;

// docs/security.md, "Revocation delay": two instances on one database; a session ended on one is refused by the
// other as soon as the outbox's NOTIFY arrives, well before the other's cached check would expire.
describe('a session revoked on one instance', () => {
  let instances: TwoInstances;
  let first: ApiProcess;
  let second: ApiProcess;

  beforeAll(async () => {
    instances = await twoInstances();
    ({ first, second } = instances);
  });
  afterAll(() => instances?.stop());

  it('is refused at once there, and on the other instance within a fraction of its cache time', async () => {
    const { signIn } = await first.client.data<{ signIn: { accessToken: string } }>(SIGN_IN, { input: ADMIN });
    const token = signIn.accessToken;
    // Both instances checked the session and keep the answer for a few seconds.
    for (const api of [first, second])
      expect(await api.client.data('{ me { id } }', {}, { token })).toEqual({
        me: { id: expect.any(String) },
      });

    const revokedAt = Date.now();
    await first.client.data('mutation { signOut }', {}, { token });
    expect(await first.client.errorCodes('{ me { id } }', {}, { token })).toEqual(['UNAUTHENTICATED']);

    let codes: string[] = [];
    while (Date.now() - revokedAt < CACHE_TTL_MS) {
      codes = await second.client.errorCodes('{ me { id } }', {}, { token });
      if (codes.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(codes).toEqual(['UNAUTHENTICATED']);
    expect(Date.now() - revokedAt).toBeLessThan(CACHE_TTL_MS / 2);
  });
});
