import { publishStrategy, startReportsForum, type ReportsForum } from './testing/reports.fixture.js';

const STRATEGY = `query($id: ID!) { ictStrategy(id: $id) { id title version versions { id version title body } } }`;
const LIST = `query($officeCode: String, $region: String, $year: Int, $language: Language, $text: String) {
  ictStrategies(first: 100, officeCode: $officeCode, region: $region, year: $year, language: $language, text: $text) {
    totalCount edges { node { id } }
  }
}`;
const REVIEW = `mutation($input: StrategyReviewInput!) { addStrategyReview(input: $input) { id reviews { year summary } } }`;

describe('ICT strategies', () => {
  let forum: ReportsForum;
  const listed = async (token: string | undefined, filter: Record<string, unknown> = {}) => {
    const { ictStrategies } = await forum.as(token).data<{
      ictStrategies: { totalCount: number; edges: { node: { id: string } }[] };
    }>(LIST, filter);
    expect(ictStrategies.totalCount).toBe(ictStrategies.edges.length);
    return ictStrategies.edges.map((edge) => edge.node.id);
  };

  beforeAll(async () => {
    forum = await startReportsForum();
  });
  afterAll(() => forum.close());

  describe('shared with named offices (acceptance 1)', () => {
    let shared: { id: string; threadId: string };
    let versionId: string;
    beforeAll(async () => {
      shared = await publishStrategy(forum, forum.cast.de.token, {
        title: 'Strategy shared with Norway',
        visibility: 'OFFICES',
        sharedWith: ['NO'],
      });
      const { ictStrategy } = await forum
        .as(forum.cast.de.token)
        .data<{ ictStrategy: { versions: { id: string }[] } }>(STRATEGY, { id: shared.id });
      versionId = ictStrategy.versions[0].id;
    });

    it('is listed and counted for a member of NO, with its versions and thread', async () => {
      expect(await listed(forum.cast.no.token, { officeCode: 'DE' })).toContain(shared.id);
      const { ictStrategy } = await forum
        .as(forum.cast.no.token)
        .data<{ ictStrategy: { versions: { id: string }[] } }>(STRATEGY, { id: shared.id });
      expect(ictStrategy.versions.map((v) => v.id)).toEqual([versionId]);
      const thread = await forum
        .as(forum.cast.no.token)
        .data<{ thread: { kind: string; space: { slug: string } } }>(
          'query($id: ID!) { thread(id: $id) { kind visibility space { slug } } }',
          { id: shared.threadId },
        );
      expect(thread.thread).toMatchObject({
        kind: 'ICT_STRATEGY',
        visibility: 'OFFICES',
        space: { slug: 'recommendation-2' },
      });
    });

    it('is neither listed nor counted for a member of AU, and NOT_FOUND on every path', async () => {
      const au = forum.as(forum.cast.au.token);
      expect(await listed(forum.cast.au.token)).not.toContain(shared.id);
      expect(await listed(undefined)).not.toContain(shared.id);
      expect(await au.errorCodes(STRATEGY, { id: shared.id })).toEqual(['NOT_FOUND']);
      expect(
        await au.errorCodes('query($id: ID!) { strategyDiff(from: $id, to: $id) { changes { field } } }', {
          id: versionId,
        }),
      ).toEqual(['NOT_FOUND']);
      expect(await au.errorCodes('query($id: ID!) { thread(id: $id) { id } }', { id: shared.threadId })).toEqual([
        'NOT_FOUND',
      ]);
      expect(
        await au.errorCodes(REVIEW, { input: { strategyId: shared.id, year: 2025, summary: 'Looked at it' } }),
      ).toEqual(['NOT_FOUND']);
    });

    it('is FORBIDDEN to change for a member of NO, who may read it', async () => {
      const refused = await forum
        .as(forum.cast.no.token)
        .request(REVIEW, { input: { strategyId: shared.id, year: 2025, summary: 'Not ours' } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'reports.not-own-office' });
    });
  });

  describe('filters (acceptance 2)', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      ids.deOld = (
        await publishStrategy(forum, forum.cast.de.token, {
          title: 'Automation roadmap',
          periodStart: 2015,
          periodEnd: 2019,
          summary: 'Paperless filing.',
          body: 'Scan everything.',
        })
      ).id;
      ids.cnZh = (
        await publishStrategy(forum, forum.cast.cn.token, {
          title: '知识产权信息化战略',
          language: 'ZH',
          periodStart: 2021,
          periodEnd: 2025,
          summary: '建设智能化审查系统。',
          body: '云计算与人工智能。',
        })
      ).id;
      ids.auFr = (
        await publishStrategy(forum, forum.cast.au.token, {
          title: 'Stratégie numérique',
          language: 'FR',
          periodStart: 2026,
          periodEnd: 2030,
          summary: 'Interopérabilité des données.',
          body: 'Échanges de données avec les offices partenaires.',
        })
      ).id;
    });

    it('narrows by office, region, year inside the period, language and text', async () => {
      const as = forum.cast.no.token;
      const byOffice = await listed(as, { officeCode: 'CN' });
      expect(byOffice).toEqual([ids.cnZh]);
      const europe = await listed(as, { region: 'Europe' });
      expect(europe).toContain(ids.deOld);
      expect(europe).not.toContain(ids.cnZh);
      expect(europe).not.toContain(ids.auFr);
      expect(await listed(as, { region: 'Oceania' })).toEqual([ids.auFr]);
      const in2017 = await listed(as, { year: 2017 });
      expect(in2017).toEqual([ids.deOld]);
      const in2025 = await listed(as, { year: 2025 });
      expect(in2025).toContain(ids.cnZh);
      expect(in2025).not.toContain(ids.deOld);
      expect(in2025).not.toContain(ids.auFr);
      expect(await listed(as, { language: 'ZH' })).toEqual([ids.cnZh]);
      expect(await listed(as, { language: 'FR' })).toEqual([ids.auFr]);
      expect(await listed(as, { text: 'paperless' })).toEqual([ids.deOld]);
      expect(await listed(as, { text: '人工智能' })).toEqual([ids.cnZh]);
      expect(await listed(as, { text: '100%_' })).toEqual([]);
      expect(await listed(as, { officeCode: 'DE', year: 2017 })).toEqual([ids.deOld]);
    });

    it('lists newest update first and pages with cursors', async () => {
      const all = await listed(forum.cast.no.token);
      expect(all.slice(0, 3)).toEqual([ids.auFr, ids.cnZh, ids.deOld]);
      const first = await forum.as(forum.cast.no.token).data<{
        ictStrategies: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      }>('{ ictStrategies(first: 2) { edges { node { id } } pageInfo { endCursor hasNextPage } } }');
      expect(first.ictStrategies.pageInfo.hasNextPage).toBe(true);
      const next = await forum
        .as(forum.cast.no.token)
        .data<{ ictStrategies: { edges: { node: { id: string } }[] } }>(
          'query($after: String) { ictStrategies(first: 2, after: $after) { edges { node { id } } } }',
          { after: first.ictStrategies.pageInfo.endCursor },
        );
      expect(next.ictStrategies.edges.map((e) => e.node.id)).toEqual(all.slice(2, 4));
    });

    it('shows a strategy whose period ended as SUPERSEDED when a later one of its office is shared, else EXPIRED', async () => {
      const status = async (id: string) =>
        (
          await forum
            .as(forum.cast.no.token)
            .data<{ ictStrategy: { status: string } }>('query($id: ID!) { ictStrategy(id: $id) { status } }', { id })
        ).ictStrategy.status;
      expect(await status(ids.deOld)).toBe('SUPERSEDED');
      expect(await status(ids.auFr)).toBe('CURRENT');
      const lone = await publishStrategy(forum, forum.cast.au.token, { periodStart: 2010, periodEnd: 2012 });
      expect(await status(lone.id)).toBe('SUPERSEDED');
      const cnOld = await publishStrategy(forum, forum.cast.cn.token, { periodStart: 2000, periodEnd: 2004 });
      expect(await status(cnOld.id)).toBe('SUPERSEDED');
      const { id: expired } = await publishStrategy(forum, forum.cast.no.token, { periodStart: 2020, periodEnd: 2022 });
      expect(await status(expired)).toBe('EXPIRED');
    });
  });
});
