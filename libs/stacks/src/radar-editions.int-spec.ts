import { Role } from '@forum/identity';
import { RadarEditionsService } from './radar-editions.service.js';
import { component, publish, startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

const TAKE = `mutation { takeRadarSnapshot { name yearly entries { product ring offices movement } } }`;
const RADAR = `query { technologyRadar { product ring movement } }`;

type Edition = {
  name: string;
  yearly: boolean;
  entries: { product: string; ring: string; offices: number; movement: string }[];
};

describe('radar editions and movement', () => {
  let forum: StacksForum;
  let admin: string;
  const token: Record<string, string> = {};
  const take = async () => (await forum.as(admin).data<{ takeRadarSnapshot: Edition }>(TAKE)).takeRadarSnapshot;
  const radar = async () =>
    (
      await forum
        .as(token.US)
        .data<{ technologyRadar: { product: string; ring: string; movement: string | null }[] }>(RADAR)
    ).technologyRadar;

  beforeAll(async () => {
    forum = await startStacksForum();
    admin = await forum.member('CN', Role.ADMIN);
    for (const code of ['DE', 'FR', 'NO', 'US']) token[code] = await forum.member(code);
    for (const code of ['DE', 'FR', 'NO'])
      await publish(forum, token[code], { components: [component({ product: 'Oracle', version: '19c' })] });
  });
  afterAll(() => forum.close());

  it('has no movement before the first edition, and refuses editions to non-admins', async () => {
    expect((await radar()).find((e) => e.product === 'Oracle Database')).toEqual({
      product: 'Oracle Database',
      ring: 'ADOPT',
      movement: null,
    });
    const refused = await forum.as(token.US).request(TAKE);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("shows a product's movement between an edition taken before and one taken after the offices change", async () => {
    const before = await take();
    expect(before.yearly).toBe(false);
    expect(before.entries).toEqual([{ product: 'Oracle Database', ring: 'ADOPT', offices: 3, movement: 'NEW' }]);

    // Two of the three offices publish a new version: they are leaving Oracle.
    for (const code of ['DE', 'FR'])
      await publish(forum, token[code], {
        components: [
          component({ product: 'Oracle', version: '19c', status: 'PHASE_OUT' }),
          component({ product: 'PostgreSQL', status: 'PILOT' }),
        ],
      });
    expect((await radar()).find((e) => e.product === 'Oracle Database')).toEqual({
      product: 'Oracle Database',
      ring: 'HOLD',
      movement: 'DOWN',
    });

    const after = await take();
    expect(after.entries).toEqual([
      { product: 'Oracle Database', ring: 'HOLD', offices: 3, movement: 'DOWN' },
      { product: 'PostgreSQL', ring: 'TRIAL', offices: 2, movement: 'NEW' },
    ]);
    const { radarEditions } = await forum
      .as(token.US)
      .data<{ radarEditions: Edition[] }>('query { radarEditions { name entries { product ring movement } } }');
    expect(radarEditions.map((e) => e.name)).toEqual([after.name, before.name]);
  });

  it('takes the yearly edition once, whichever instance asks first', async () => {
    const editions = forum.api.app.get(RadarEditionsService);
    const first = await editions.takeYearly(new Date('2031-06-01T00:00:00Z'));
    expect(first).toMatchObject({ name: '2031', yearly: true });
    expect(await editions.takeYearly(new Date('2031-09-01T00:00:00Z'))).toBeNull();
  });
});
