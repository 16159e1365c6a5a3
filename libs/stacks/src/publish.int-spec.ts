import { publish, PUBLISH, component, startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

type PublishedStack = {
  version: number;
  thread: { id: string; kind: string };
  components: { product: string; successor: string | null }[];
};

const STACK = `query Stack($code: String!) {
  techStack(officeCode: $code) { version components { product status } roadmap { title action } }
  techStackVersions(officeCode: $code) { version components { product } }
}`;

describe('publishing a tech stack', () => {
  let forum: StacksForum;
  let de: string;
  let fr: string;
  let us: string;
  const count = async (table: string) =>
    (await forum.api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    forum = await startStacksForum();
    de = await forum.member('DE');
    fr = await forum.member('FR');
    us = await forum.member('US');
  });
  afterAll(() => forum.close());

  it('keeps every version: version 2 is the latest, version 1 still readable, one TECH_STACK thread', async () => {
    const first = await forum.as(de).data<{ publishTechStack: PublishedStack }>(PUBLISH, {
      input: {
        components: [
          component({ product: ' postgresql', version: '15' }),
          component({ layer: 'search', product: 'Solr', status: 'PHASE_OUT', successor: 'Elasticsearch' }),
          component({ layer: 'search', product: 'Elastic Search', status: 'PILOT', hosting: 'CLOUD' }),
        ],
        roadmap: [{ title: 'Replace Solr', component: 'Solr', targetDate: '2027-03-31', action: 'MIGRATE' }],
      },
    });
    const v1 = first.publishTechStack;
    expect(v1.version).toBe(1);
    expect(v1.thread.kind).toBe('TECH_STACK');
    expect(v1.components.map((c) => c.product)).toEqual(['PostgreSQL', 'Apache Solr', 'Elasticsearch']);
    expect(v1.components[1].successor).toBe('Elasticsearch');

    const v2 = await publish(forum, de, {
      components: [
        component({ version: '16' }),
        component({ layer: 'search', product: 'Elasticsearch', status: 'PRODUCTION', hosting: 'CLOUD' }),
        component({ layer: 'AI', product: 'Python' }),
      ],
    });
    expect(v2.version).toBe(2);

    // The stack's thread got a reply listing what changed.
    const { thread } = await forum
      .as(us)
      .data<{ thread: { postCount: number; posts: { edges: { node: { body: string } }[] } } }>(
        'query($id: ID!) { thread(id: $id) { postCount posts { edges { node { body } } } } }',
        { id: v1.thread.id },
      );
    expect(thread.postCount).toBe(2);
    const reply = thread.posts.edges[1].node.body;
    expect(reply).toContain('Version 2');
    expect(reply).toMatch(/\*\*Added\*\*\s+- Python \(AI\)/);
    expect(reply).toMatch(/\*\*Removed\*\*\s+- Apache Solr \(search\)/);
    expect(reply).toContain('Elasticsearch (search): PILOT → PRODUCTION');

    const { techStack, techStackVersions } = await forum.as(us).data<{
      techStack: { version: number };
      techStackVersions: { version: number; components: { product: string }[] }[];
    }>(STACK, { code: 'DE' });
    expect(techStack.version).toBe(2);
    expect(techStackVersions.map((v) => v.version)).toEqual([2, 1]);
    expect(techStackVersions[1].components).toHaveLength(3);
    const threads = await forum.api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM thread WHERE kind = 'TECH_STACK' AND office_id = (SELECT id FROM office WHERE code = 'DE')`,
    );
    expect(threads[0].n).toBe(1);
    // Each version told the rest of the forum, with its visibility, in its transaction.
    const events = await forum.api.events.published('stacks.stack-published');
    expect(events.map((e) => [e.payload.version, e.payload.threadId, e.visibility?.visibility])).toEqual([
      [1, v1.thread.id, 'COMMUNITY'],
      [2, v1.thread.id, 'COMMUNITY'],
    ]);
  });

  it('refuses a DECOMMISSIONING component without a date, naming the field, and stores nothing', async () => {
    const before = [await count('tech_stack'), await count('stack_component'), await count('thread')];
    const response = await forum.as(fr).request(PUBLISH, {
      input: { components: [component(), component({ product: 'Oracle', status: 'DECOMMISSIONING' })] },
    });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe('components[1].decommissionBy');
    expect([await count('tech_stack'), await count('stack_component'), await count('thread')]).toEqual(before);
  });

  it.each([
    ['an empty product', { components: [component({ product: '   ' })] }, 'components[0].product'],
    [
      'a date that does not exist',
      { components: [component({ status: 'RETIRED', decommissionBy: '2027-02-30' })] },
      'components[0].decommissionBy',
    ],
    [
      'a date that is not ISO',
      { components: [component({ vendorEndOfSupport: '31/12/2027' })] },
      'components[0].vendorEndOfSupport',
    ],
    ['a successor outside the stack', { components: [component({ successor: 'MySQL' })] }, 'components[0].successor'],
    ['501 components', { components: Array.from({ length: 501 }, () => component()) }, 'components'],
    [
      'an unknown roadmap action',
      { components: [component()], roadmap: [{ title: 'x', targetDate: '2027-01-01', action: 'REWRITE' }] },
      'roadmap[0].action',
    ],
    [
      'a roadmap date that is not ISO',
      { components: [component()], roadmap: [{ title: 'x', targetDate: 'soon', action: 'ADOPT' }] },
      'roadmap[0].targetDate',
    ],
  ])('refuses %s, naming the field', async (_what, input, field) => {
    const before = await count('tech_stack');
    const response = await forum.as(fr).request(PUBLISH, { input });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('tech_stack')).toBe(before);
  });

  it('shows a restricted version only to the offices it is shared with', async () => {
    const no = await forum.member('NO');
    await publish(forum, no, { components: [component()], visibility: 'OFFICES', sharedWith: ['FR'] });
    const as = (token: string | undefined) =>
      forum
        .as(token)
        .data<{ techStack: { version: number } | null }>('query { techStack(officeCode: "NO") { version } }');
    expect((await as(fr)).techStack?.version).toBe(1);
    expect((await as(us)).techStack).toBeNull();
    expect((await as(undefined)).techStack).toBeNull();
  });

  it('answers NOT_FOUND for an office that does not exist', async () => {
    const response = await forum.as(us).request('query { techStack(officeCode: "QQ") { version } }');
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
