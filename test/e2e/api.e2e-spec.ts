import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, isScalarType, isUnionType } from 'graphql';
import {
  createTestDatabase,
  startApiProcess,
  WORKSPACE_ROOT,
  type ApiProcess,
  type TestDatabase,
} from '@forum/testing';
import { expectTheCatalogue } from './support/catalogue.js';

// The API against a server given by DATABASE_URL (in CI: the machine's PostgreSQL 15; locally: the test server).
describe('the API on a DATABASE_URL', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'forum-e2e-schema-'));
  const schemaFile = join(tmp, 'schema.gql');
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiProcess({ env: { DATABASE_URL: db.url, GRAPHQL_SCHEMA_FILE: schemaFile } });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('serves the catalogue from that server', async () => {
    await expectTheCatalogue(api.client);
    if (process.env.DATABASE_URL) expect(new URL(db.url).host).toBe(new URL(process.env.DATABASE_URL).host);
  });

  it('emits the schema committed as schema.gql (run `npm run schema:emit` after changing the API)', () => {
    const committed = readFileSync(join(WORKSPACE_ROOT, 'schema.gql'), 'utf8');
    expect(readFileSync(schemaFile, 'utf8')).toBe(committed);
  });

  it('describes every type, field, argument and enum value of the schema', () => {
    const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      )
        continue;
      if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      if (isUnionType(type) && !type.description) undocumented.push(type.name);
    }
    expect(undocumented).toEqual([]);
  });

  it('serves an offline GraphQL IDE on GET /graphql, with its scripts from this server', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/(src|href)="https?:/);
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql-assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(5); // React, ReactDOM, GraphiQL, its styles, and the page's start script
    for (const asset of assets) {
      const response = await fetch(`${api.url}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(asset.endsWith('start.js') ? 100 : 1000);
    }
    expect((await fetch(`${api.url}/graphiql-assets/package.json`)).status).toBe(404);
  });

  it('gives every response a request id, keeping a sane one the client sent', async () => {
    const own = await api.client.request('{ spaces { slug } }', undefined, {
      headers: { 'x-request-id': 'office-de-42' },
    });
    expect(own.headers.get('x-request-id')).toBe('office-de-42');
    const generated = await api.client.request('{ spaces { slug } }', undefined, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.output()).toContain('"id":"office-de-42"');
  });

  it('refuses a query nested too deep, or asking for too much, with QUERY_TOO_COMPLEX before running it', async () => {
    const deep = `{ recommendations { ${'space { recommendation { '.repeat(6)} number ${'} } '.repeat(6)} } }`;
    expect(await api.client.errorCodes(deep)).toEqual(['QUERY_TOO_COMPLEX']);
    const wide =
      '{ spaces { threads(first: 100) { edges { node { posts(first: 100) { edges { node { id body } } } } } } } }';
    const result = await api.client.request(wide);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(result.status).toBe(400);
    expect(await api.client.errorCodes('{ spaces { threads(first: 10) { totalCount } } }')).toEqual([]);
  });

  it('answers a malformed query with BAD_USER_INPUT', async () => {
    expect(await api.client.errorCodes('{ space { slug } }')).toEqual(['BAD_USER_INPUT']);
    expect(await api.client.errorCodes('{ recommendations { nope } }')).toEqual(['BAD_USER_INPUT']);
    expect(await api.client.errorCodes('{ recommendations { title(lang: XX) } }')).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the API in production mode', () => {
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
    });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('serves no IDE', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
  });

  it('maps an unexpected failure to INTERNAL without stack trace or SQL', async () => {
    await db.query('ALTER TABLE space RENAME TO space_gone');
    const result = await api.client.request('{ spaces { slug } }');
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error.extensions).toEqual({ code: 'INTERNAL' });
    expect(error.message).toBe('Internal server error');
    expect(JSON.stringify(result)).not.toMatch(/space_gone|relation|SELECT|at /);
    await db.query('ALTER TABLE space_gone RENAME TO space');
  });
});
