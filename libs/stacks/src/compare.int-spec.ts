import { component, publish, startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

const COMPARE = `query Compare($codes: [String!]!) {
  compareTechStacks(officeCodes: $codes) {
    offices { code }
    stacks { version }
    layers { layer cells { office { code } components { product version status } } }
  }
}`;

type Comparison = {
  offices: { code: string }[];
  stacks: ({ version: number } | null)[];
  layers: { layer: string; cells: { office: { code: string }; components: { product: string }[] }[] }[];
};

describe('compareTechStacks', () => {
  let forum: StacksForum;
  let de: string;
  let us: string;

  beforeAll(async () => {
    forum = await startStacksForum();
    de = await forum.member('DE');
    const no = await forum.member('NO');
    us = await forum.member('US');
    await publish(forum, de, {
      components: [
        component({ layer: 'search', product: 'Elasticsearch' }),
        component({ layer: 'database', product: 'Oracle', version: '19c' }),
        component({ layer: 'Database', product: 'PostgreSQL' }),
      ],
    });
    await publish(forum, no, {
      components: [
        component({ layer: 'database', product: 'postgres' }),
        component({ layer: 'AI', product: 'Azure OpenAI', hosting: 'SAAS' }),
      ],
      visibility: 'OFFICES',
      sharedWith: ['DE'],
    });
  });
  afterAll(() => forum.close());

  it("puts both offices' components of each layer side by side", async () => {
    const { compareTechStacks } = await forum
      .as(de)
      .data<{ compareTechStacks: Comparison }>(COMPARE, { codes: ['DE', 'NO'] });
    expect(compareTechStacks.offices.map((o) => o.code)).toEqual(['DE', 'NO']);
    expect(compareTechStacks.stacks).toEqual([{ version: 1 }, { version: 1 }]);
    const side = Object.fromEntries(
      compareTechStacks.layers.map((l) => [
        l.layer,
        l.cells.map((c) => [c.office.code, c.components.map((x) => x.product)]),
      ]),
    );
    expect(side).toEqual({
      AI: [
        ['DE', []],
        ['NO', ['Azure OpenAI']],
      ],
      database: [
        ['DE', ['Oracle Database', 'PostgreSQL']],
        ['NO', ['PostgreSQL']],
      ],
      search: [
        ['DE', ['Elasticsearch']],
        ['NO', []],
      ],
    });
  });

  it('leaves out a stack the caller may not see', async () => {
    const { compareTechStacks } = await forum
      .as(us)
      .data<{ compareTechStacks: Comparison }>(COMPARE, { codes: ['DE', 'NO'] });
    expect(compareTechStacks.stacks).toEqual([{ version: 1 }, null]);
    expect(compareTechStacks.layers.map((l) => l.layer)).toEqual(['database', 'search']);
    expect(compareTechStacks.layers.flatMap((l) => l.cells[1].components)).toEqual([]);
  });

  it('refuses an unknown office, naming it', async () => {
    const response = await forum.as(de).request(COMPARE, { codes: ['DE', 'QQ'] });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officeCodes[1]' });
  });
});
