import { Role } from '@forum/identity';
import { DataSource } from 'typeorm';
import { normaliseProducts } from './products.js';
import { component, publish, startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

const ALIAS = `mutation Alias($alias: String!, $product: String!) { addProductAlias(alias: $alias, product: $product) { given product } }`;

describe('product names', () => {
  let forum: StacksForum;
  let de: string;
  let fr: string;
  let moderator: string;

  beforeAll(async () => {
    forum = await startStacksForum();
    de = await forum.member('DE');
    fr = await forum.member('FR');
    moderator = await forum.member('JP', Role.MODERATOR);
    await publish(forum, de, { components: [component({ product: 'PostgreSQL' })] });
    await publish(forum, fr, { components: [component({ product: 'Elephant DB' })] });
  });
  afterAll(() => forum.close());

  it('normalises names for any domain in one call, in the order given', async () => {
    const names = await normaliseProducts(forum.api.app.get(DataSource).manager, [
      'PostgreSQL',
      ' postgresql',
      'Postgres',
      'Some  Tool',
    ]);
    expect(names.map((n) => n.product)).toEqual(['PostgreSQL', 'PostgreSQL', 'PostgreSQL', 'Some Tool']);
    expect(new Set(names.slice(0, 3).map((n) => n.key)).size).toBe(1);
  });

  it('lets moderators add an alias, which regroups stacks published before it', async () => {
    const postgres = async () =>
      (
        await forum
          .as(de)
          .data<{ technologyRadar: { product: string; offices: number }[] }>(
            'query { technologyRadar { product offices } }',
          )
      ).technologyRadar.find((e) => e.product === 'PostgreSQL');
    expect(await postgres()).toBeUndefined(); // one office each: both under 'other'
    const refused = await forum.as(de).request(ALIAS, { alias: 'Elephant DB', product: 'Postgres' });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { addProductAlias } = await forum
      .as(moderator)
      .data<{ addProductAlias: { product: string } }>(ALIAS, { alias: 'Elephant DB', product: 'Postgres' });
    expect(addProductAlias.product).toBe('PostgreSQL');
    expect(await postgres()).toEqual({ product: 'PostgreSQL', offices: 2 });
  });
});
