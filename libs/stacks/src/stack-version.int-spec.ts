import { publish, component, startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

const AT_VERSION = `query($code: String!, $version: Int) {
  techStack(officeCode: $code, version: $version) { version visibility components { product status } }
}`;

// The web client's stack page shows one earlier version at a time: techStackVersions with every field of every
// version is over the query limits, so techStack takes the version asked for.
describe('one version of a tech stack', () => {
  let forum: StacksForum;
  let de: string;
  let fr: string;
  let us: string;
  const at = async (token: string | undefined, version: number | null, code = 'DE') =>
    (
      await forum
        .as(token)
        .data<{ techStack: { version: number; components: { product: string }[] } | null }>(AT_VERSION, {
          code,
          version,
        })
    ).techStack;

  beforeAll(async () => {
    forum = await startStacksForum();
    de = await forum.member('DE');
    fr = await forum.member('FR');
    us = await forum.member('US');
    await publish(forum, de, { components: [component({ product: 'Postgres' })] });
    await publish(forum, de, {
      components: [component({ product: 'Oracle' })],
      visibility: 'OFFICES',
      sharedWith: ['FR'],
    });
    await publish(forum, de, { components: [component({ product: 'MariaDB' })] });
  });
  afterAll(() => forum.close());

  it('answers the version asked for, and the latest without one', async () => {
    expect((await at(us, 1))?.components.map((c) => c.product)).toEqual(['PostgreSQL']);
    expect((await at(us, 3))?.version).toBe(3);
    expect((await at(us, null))?.version).toBe(3);
  });

  it('answers null for a version the caller may not see, as for one that does not exist', async () => {
    expect((await at(fr, 2))?.components.map((c) => c.product)).toEqual(['Oracle Database']);
    expect(await at(us, 2)).toBeNull();
    expect(await at(undefined, 2)).toBeNull();
    expect(await at(us, 4)).toBeNull();
    expect(await at(us, 0)).toBeNull();
  });

  it('answers NOT_FOUND for an office that does not exist, with a version too', async () => {
    const response = await forum.as(us).request(AT_VERSION, { code: 'QQ', version: 1 });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
