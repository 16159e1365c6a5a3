import { component, publish, startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

const RADAR = `query Radar($layer: String, $region: String) {
  technologyRadar(layer: $layer, region: $region) { product offices ring byStatus { status offices } }
}`;
const WHO_RUNS = `query WhoRuns($product: String!, $first: Int, $after: String) {
  whoRuns(product: $product, first: $first, after: $after) {
    totalCount groupedAsOther pageInfo { hasNextPage endCursor }
    edges { node { office { code } product version status layer } }
  }
}`;

type Use = { product: string; offices: number; ring: string | null; byStatus: { status: string; offices: number }[] };
type WhoRuns = {
  totalCount: number;
  groupedAsOther: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { office: { code: string } | null; product: string; version: string | null; status: string } }[];
};

describe('the technology radar and whoRuns', () => {
  let forum: StacksForum;
  const token: Record<string, string> = {};
  const radar = async (viewer: string | undefined, variables: Record<string, unknown> = {}) =>
    (await forum.as(viewer).data<{ technologyRadar: Use[] }>(RADAR, variables)).technologyRadar;
  const whoRuns = async (viewer: string | undefined, variables: Record<string, unknown>) =>
    (await forum.as(viewer).data<{ whoRuns: WhoRuns }>(WHO_RUNS, variables)).whoRuns;

  beforeAll(async () => {
    forum = await startStacksForum();
    for (const code of ['DE', 'FR', 'NO', 'JP', 'US']) token[code] = await forum.member(code);
    // Three offices run PostgreSQL in production (each spelling it its own way), one is decommissioning it.
    await publish(forum, token.DE, { components: [component({ product: 'PostgreSQL', version: '16' })] });
    await publish(forum, token.FR, {
      components: [component({ product: ' postgresql', version: '15' }), component({ layer: 'AI', product: 'Rasa' })],
    });
    // NO shares its stack with FR only.
    await publish(forum, token.NO, {
      components: [component({ product: 'Postgres', version: '14' })],
      visibility: 'OFFICES',
      sharedWith: ['FR'],
    });
    await publish(forum, token.JP, {
      components: [
        component({ product: 'PGSQL', version: '12', status: 'DECOMMISSIONING', decommissionBy: '2027-06-30' }),
      ],
      namedInWhoRuns: false,
    });
  });
  afterAll(() => forum.close());

  it('counts the four offices using PostgreSQL by phase, for a viewer who may see every stack', async () => {
    const entries = await radar(token.FR);
    const postgres = entries.find((e) => e.product === 'PostgreSQL');
    expect(postgres).toEqual({
      product: 'PostgreSQL',
      offices: 4,
      ring: 'ADOPT',
      byStatus: [
        { status: 'PRODUCTION', offices: 3 },
        { status: 'DECOMMISSIONING', offices: 1 },
      ],
    });
  });

  it('neither counts nor lists an office whose stack the viewer may not see', async () => {
    const postgres = (await radar(token.US)).find((e) => e.product === 'PostgreSQL');
    expect(postgres?.offices).toBe(3);
    expect(postgres?.byStatus).toEqual([
      { status: 'PRODUCTION', offices: 2 },
      { status: 'DECOMMISSIONING', offices: 1 },
    ]);
    const seenByUs = await whoRuns(token.US, { product: 'postgres' });
    expect(seenByUs.totalCount).toBe(3);
    expect(seenByUs.edges.map((e) => e.node.office?.code ?? null).sort()).toEqual(['DE', 'FR', null]);

    const seenByFr = await whoRuns(token.FR, { product: 'PostgreSQL' });
    expect(seenByFr.totalCount).toBe(4);
    expect(seenByFr.edges.map((e) => e.node.office?.code ?? null).sort()).toEqual(['DE', 'FR', 'NO', null]);
  });

  it('counts an office that opted out of whoRuns without naming it', async () => {
    const { edges } = await whoRuns(token.FR, { product: 'PostgreSQL' });
    const unnamed = edges.filter((e) => e.node.office === null);
    expect(unnamed).toEqual([
      { node: { office: null, product: 'PostgreSQL', version: '12', status: 'DECOMMISSIONING', layer: 'database' } },
    ]);
  });

  it("puts a product of a single office under 'other', not by name, in the radar and in whoRuns", async () => {
    const entries = await radar(token.DE);
    expect(entries.map((e) => e.product)).not.toContain('Rasa');
    expect(entries.find((e) => e.product === 'other')).toEqual({
      product: 'other',
      offices: 1,
      ring: null,
      byStatus: [{ status: 'PRODUCTION', offices: 1 }],
    });
    const rasa = await whoRuns(token.DE, { product: 'rasa' });
    expect(rasa).toEqual({
      totalCount: 0,
      groupedAsOther: true,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it('filters by layer and by region', async () => {
    expect((await radar(token.FR, { layer: 'AI' })).map((e) => e.product)).toEqual(['other']);
    const asia = (await radar(token.FR, { region: 'Asia' })).find((e) => e.product === 'other');
    // JP alone in Asia: its PostgreSQL is one office's choice there.
    expect(asia?.offices).toBe(1);
  });

  it('pages whoRuns', async () => {
    const first = await whoRuns(token.FR, { product: 'PostgreSQL', first: 3 });
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await whoRuns(token.FR, { product: 'PostgreSQL', first: 3, after: first.pageInfo.endCursor });
    expect(next.edges).toHaveLength(1);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });
});
