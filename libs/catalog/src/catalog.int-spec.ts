import { SqlStatementCounter } from '@forum/database';
import { createTestApp, type TestApp } from '@forum/testing';
import { CatalogModule, catalogEntities } from './catalog.module.js';
import { seedCatalog } from './catalog.seeder.js';

interface Catalogue {
  recommendations: {
    id: string;
    number: number;
    title: string;
    zh: string;
    relatedLegacyRecommendations: number[];
    actions: { label: string; text: string; items: string[]; note: string | null }[];
    space: { slug: string; recommendation: { number: number } };
  }[];
  spaces: { id: string; slug: string; title: string; recommendation: { number: number } | null }[];
}

const CATALOGUE = `{
  recommendations {
    id number title zh: title(lang: ZH) relatedLegacyRecommendations
    actions { label text items note }
    space { slug recommendation { number } }
  }
  spaces { id slug title recommendation { number } }
}`;

describe('the recommendation catalogue over GraphQL', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ imports: [CatalogModule], entities: catalogEntities });
  });
  afterAll(() => api.close());

  it('lists the 10 recommendations in order with their legacy numbers, actions and spaces', async () => {
    const { recommendations } = await api.client.data<Catalogue>(CATALOGUE);
    expect(recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(recommendations[0].relatedLegacyRecommendations).toEqual([1, 2, 6, 36, 39]);
    expect(recommendations[1].relatedLegacyRecommendations).toEqual([]);
    expect(recommendations[7].actions.map((a) => a.label)).toEqual(['a', 'b']);
    expect(recommendations[0].actions[4].items).toHaveLength(4);
    expect(recommendations[5].actions[0].note).toMatch(/ST\.37/);
    for (const rec of recommendations) {
      expect(rec.space.slug).toBe(`recommendation-${rec.number}`);
      expect(rec.space.recommendation.number).toBe(rec.number);
    }
  });

  it('answers the whole catalogue, relations included, with one statement per list', async () => {
    const { count } = await api.app.get(SqlStatementCounter).measure(() => api.client.data(CATALOGUE));
    expect(count).toBe(2);
  });

  it('returns the Chinese title with lang: ZH and English by default', async () => {
    const { recommendations } = await api.client.data<Catalogue>(CATALOGUE);
    expect(recommendations[1].zh).toBe(
      '知识产权局应制定信通技术策略，或是作为业务战略规划的一部分，或是独立制定，包括对其逐年审评的措施。',
    );
    expect(recommendations[1].title).toMatch(/^IP offices should develop an ICT strategy/);
    const { recommendations: zh } = await api.client.data<{ recommendations: { actions: { text: string }[] }[] }>(
      '{ recommendations { actions { text(lang: ZH) } } }',
    );
    expect(zh[8].actions[0].text).toBe('鼓励知识产权局分享与不同信通技术项目交付模式有关的经验教训，包括：');
  });

  it('lists 11 spaces, one per recommendation and "general" last, and finds a space by slug', async () => {
    const { spaces } = await api.client.data<Catalogue>(CATALOGUE);
    expect(spaces.map((s) => s.slug)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `recommendation-${i + 1}`),
      'general',
    ]);
    expect(spaces[10].recommendation).toBeNull();
    const found = await api.client.data<{ space: { slug: string; recommendation: { number: number } } }>(
      '{ space(slug: "recommendation-9") { slug recommendation { number } } }',
    );
    expect(found.space).toEqual({ slug: 'recommendation-9', recommendation: { number: 9 } });
    expect((await api.client.data<{ space: null }>('{ space(slug: "nope") { slug } }')).space).toBeNull();
  });

  it('reads a space by slug from the database once per instance, and asks again for a slug it did not find', async () => {
    const counter = api.app.get(SqlStatementCounter);
    const ask = async (slug: string) => {
      let result: { space: { slug: string } | null } = { space: null };
      const { count } = await counter.measure(async () => {
        result = await api.client.data(`{ space(slug: "${slug}") { slug } }`);
      });
      return { result, count };
    };
    const first = await ask('recommendation-3');
    expect(first.result.space).toEqual({ slug: 'recommendation-3' });
    expect(first.count).toBe(1);
    const again = await ask('recommendation-3');
    expect(again.result.space).toEqual({ slug: 'recommendation-3' });
    expect(again.count).toBe(0);
    expect((await ask('added-later')).result.space).toBeNull();
    await api.db.query(`INSERT INTO space (slug, title, position) VALUES ('added-later', 'Added later', 50)`);
    try {
      expect((await ask('added-later')).result.space).toEqual({ slug: 'added-later' });
    } finally {
      await api.db.query(`DELETE FROM space WHERE slug = 'added-later'`);
    }
  });

  it('seeds idempotently: seeding again changes no id and adds no row', async () => {
    const before = await api.client.data<Catalogue>(CATALOGUE);
    await seedCatalog(api.app.get((await import('typeorm')).DataSource).manager);
    const after = await api.client.data<Catalogue>(CATALOGUE);
    expect(after).toEqual(before);
    const [{ recs, spaces }] = await api.db.query<{ recs: number; spaces: number }>(
      'SELECT (SELECT count(*)::int FROM recommendation) AS recs, (SELECT count(*)::int FROM space) AS spaces',
    );
    expect({ recs, spaces }).toEqual({ recs: 10, spaces: 11 });
  });
});
