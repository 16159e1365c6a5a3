import { readFileSync } from 'node:fs';
import { component, publish, startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

const IMPORT = `mutation Import($document: String!) {
  importTechStack(document: $document) { version office { code } components { product givenProduct status decommissionBy } }
}`;

type Schema = {
  required: string[];
  properties: Record<string, { items?: { properties: Record<string, unknown>; required: string[] } }>;
};
const schema = JSON.parse(readFileSync(new URL('./tech-stack.schema.json', import.meta.url), 'utf8')) as Schema;

describe('the JSON exchange of a tech stack', () => {
  let forum: StacksForum;
  let de: string;
  let us: string;
  const get = (code: string, token?: string) =>
    fetch(`${forum.api.url}/api/offices/${code}/tech-stack.json`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const counts = async () =>
    (
      await forum.api.db.query<{ stacks: number; components: number; posts: number }>(
        `SELECT (SELECT count(*) FROM tech_stack)::int AS stacks, (SELECT count(*) FROM stack_component)::int AS components,
           (SELECT count(*) FROM post)::int AS posts`,
      )
    )[0];

  beforeAll(async () => {
    forum = await startStacksForum();
    de = await forum.member('DE');
    us = await forum.member('US');
    await publish(forum, de, {
      components: [
        component({ product: 'Postgres', version: '16', statusSince: '2024-01-15', vendorEndOfSupport: '2028-11-09' }),
        component({
          layer: 'search',
          product: 'Solr',
          status: 'DECOMMISSIONING',
          decommissionBy: '2027-06-30',
          successor: 'Elasticsearch',
        }),
        component({ layer: 'search', product: 'Elasticsearch', status: 'PILOT', hosting: 'CLOUD' }),
      ],
      roadmap: [{ title: 'Replace Solr', component: 'Solr', targetDate: '2027-06-30', action: 'MIGRATE' }],
      visibility: 'OFFICES',
      sharedWith: ['FR'],
    });
  });
  afterAll(() => forum.close());

  it('exports the latest version as the documented document, and round-trips it through the import', async () => {
    const response = await get('DE', de);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const document = (await response.json()) as Record<string, unknown> & { components: Record<string, unknown>[] };
    // Every field is one the committed JSON Schema describes, and the required ones are there.
    for (const key of schema.required) expect(document).toHaveProperty(key);
    expect(Object.keys(document).filter((key) => !(key in schema.properties))).toEqual([]);
    const componentSchema = schema.properties.components.items ?? { properties: {}, required: [] };
    for (const c of document.components) {
      expect(Object.keys(c).filter((key) => !(key in componentSchema.properties))).toEqual([]);
      for (const key of componentSchema.required) expect(c[key]).toBeTruthy();
    }
    expect(document).toMatchObject({ office: 'DE', version: 1, visibility: 'OFFICES', sharedWith: ['FR'] });

    const { importTechStack } = await forum
      .as(de)
      .data<{ importTechStack: { version: number } }>(IMPORT, { document: JSON.stringify(document) });
    expect(importTechStack.version).toBe(2);
    const again = (await (await get('DE', de)).json()) as Record<string, unknown>;
    const { version, publishedAt, ...rest } = again;
    const { version: v1, publishedAt: p1, ...first } = document;
    expect(version).toBe(2);
    expect([v1, typeof p1, typeof publishedAt]).toEqual([1, 'string', 'string']);
    expect(rest).toEqual(first);
  });

  it('answers 404 where techStack would be NOT_FOUND or null', async () => {
    // DE's stack is shared with FR only; QQ is no office.
    expect((await get('DE', us)).status).toBe(404);
    expect((await get('DE')).status).toBe(404);
    expect((await get('QQ', de)).status).toBe(404);
    expect((await get('US', us)).status).toBe(404);
  });

  it('refuses a document with a bad field, naming its JSON path, and stores nothing', async () => {
    const before = await counts();
    const document = {
      components: [
        component(),
        component({
          layer: 'filing',
          product: 'Legacy filing',
          status: 'DECOMMISSIONING',
          decommissionBy: '30.06.2027',
        }),
      ],
    };
    const response = await forum.as(de).request(IMPORT, { document: JSON.stringify(document) });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: '$.components[1].decommissionBy',
    });
    for (const [bad, path] of [
      [{ components: [component({ status: 'RETIRED' })] }, '$.components[0].decommissionBy'],
      [{ components: [component({ colour: 'blue' })] }, '$.components[0].colour'],
      [{ components: [component()], roadmap: [{ title: 'x', targetDate: '2027-01-01' }] }, '$.roadmap[0].action'],
      [{ office: 'FR', components: [component()] }, '$.office'],
    ] as const) {
      const refused = await forum.as(de).request(IMPORT, { document: JSON.stringify(bad) });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: path });
    }
    const notJson = await forum.as(de).request(IMPORT, { document: '{"components": [' });
    expect(notJson.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$' });
    expect(await counts()).toEqual(before);
  });
});
