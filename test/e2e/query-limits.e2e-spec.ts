import { getIntrospectionQuery } from 'graphql';
import { createTestDatabase, startApiProcess, type ApiProcess, type TestDatabase } from '@forum/testing';
import { doublingFragments, introspectionAliases, thousandAliases } from './support/hostile-documents.js';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe('query limits of the running API', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiProcess({ env: { DATABASE_URL: db.url } });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it.each([
    ['fragments doubling at each of 40 levels', doublingFragments(40)],
    ['1,000 aliases', thousandAliases],
    ['1,500 aliased introspection fields', introspectionAliases],
  ])('refuses %s with QUERY_TOO_COMPLEX before running it, while a simple query still answers', async (_, query) => {
    const simple = '{ recommendations { number } }';
    const [hostile, plain] = await Promise.all([
      timed(() => api.client.request(query)),
      // Sent while the hostile document is being handled: the event loop is not blocked by it.
      timed(() => api.client.data<{ recommendations: unknown[] }>(simple)),
    ]);
    expect(hostile.result.status).toBe(400);
    expect(hostile.result.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    // The issue asks for 50 ms and 100 ms; the bounds here are loose for a loaded 2-core machine (figures: test/bench).
    expect(hostile.ms).toBeLessThan(2_000);
    expect(plain.result.recommendations.length).toBeGreaterThan(0);
    expect(plain.ms).toBeLessThan(2_000);
  });

  it("answers graphql-js's standard introspection query, as the IDE's Docs pane sends it", async () => {
    for (const options of [{}, { descriptions: true, inputValueDeprecation: true, schemaDescription: true }]) {
      const result = await api.client.request<{ __schema: { types: unknown[] } }>(getIntrospectionQuery(options));
      expect(result.errors).toBeUndefined();
      expect(result.data!.__schema.types.length).toBeGreaterThan(20);
    }
  });

  it('suggests field names outside production', async () => {
    const result = await api.client.request('{ spacs { slug } }');
    expect(result.errors?.[0].message).toMatch(/Did you mean .*"spaces"/);
  });
});

describe('introspection in production', () => {
  let db: TestDatabase;
  const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' };

  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(async () => db?.drop());

  it('is refused by default, with no field suggestions, and allowed with GRAPHQL_INTROSPECTION=true', async () => {
    const api = await startApiProcess({ env: { DATABASE_URL: db.url, ...production } });
    try {
      const refused = await api.client.request(getIntrospectionQuery());
      expect(refused.data ?? undefined).toBeUndefined();
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0].message).toMatch(/introspection/i);
      const typo = await api.client.request('{ spacs { slug } }');
      expect(typo.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    } finally {
      await api.stop();
    }
    const allowed = await startApiProcess({
      env: { DATABASE_URL: db.url, ...production, GRAPHQL_INTROSPECTION: 'true' },
    });
    try {
      const result = await allowed.client.request(getIntrospectionQuery());
      expect(result.errors).toBeUndefined();
    } finally {
      await allowed.stop();
    }
  });
});
