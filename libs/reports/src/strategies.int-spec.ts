import { publishStrategy, startReportsForum, type ReportsForum } from './testing/reports.fixture.js';

const STRATEGY = `query($id: ID!) { ictStrategy(id: $id) { id title version versions { id version title body } } }`;
const LIST = `query($officeCode: String, $region: String, $year: Int, $language: Language, $text: String) {
  ictStrategies(first: 100, officeCode: $officeCode, region: $region, year: $year, language: $language, text: $text) {
    totalCount edges { node { id } }
  }
}`;
const REVIEW = `mutation($input: StrategyReviewInput!) { addStrategyReview(input: $input) { id reviews { year summary } } }`;
const DUE = '{ strategiesDueForReview { id } }';

describe('ICT strategies', () => {
  let forum: ReportsForum;
  const lastYear = new Date().getUTCFullYear() - 1;
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

  it('answers a retry with the same clientMutationId with the first strategy', async () => {
    const first = await publishStrategy(forum, forum.cast.cn.token, { clientMutationId: 'strategy-retry-1' });
    const before = await forum.rows('ict_strategy');
    const again = await publishStrategy(forum, forum.cast.cn.token, { clientMutationId: 'strategy-retry-1' });
    expect(again).toEqual(first);
    expect(await forum.rows('ict_strategy')).toBe(before);
    const events = await forum.api.events.published('reports.strategy-published');
    expect(events.filter((event) => event.payload.strategyId === first.id)).toHaveLength(1);
  });

  it('keeps one review per year and numbered versions when changes race', async () => {
    const { id } = await publishStrategy(forum, forum.cast.de.token, { periodStart: 2024, periodEnd: 2028 });
    const as = forum.as(forum.cast.de.token);
    const reviews = await Promise.all(
      [1, 2, 3].map((n) => as.request(REVIEW, { input: { strategyId: id, year: 2025, summary: `Review ${n}` } })),
    );
    expect(reviews.filter((result) => !result.errors)).toHaveLength(1);
    expect(reviews.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.reason)).toEqual([
      'reports.review-exists',
      'reports.review-exists',
    ]);
    const UPDATE = 'mutation($input: IctStrategyUpdateInput!) { updateIctStrategy(input: $input) { version } }';
    const text = { strategyId: id, title: 'Raced', periodStart: 2024, periodEnd: 2028, summary: 'S', body: 'B' };
    await Promise.all([as.data(UPDATE, { input: text }), as.data(UPDATE, { input: { ...text, body: 'C' } })]);
    const { ictStrategy } = await as.data<{ ictStrategy: { version: number; versions: { version: number }[] } }>(
      STRATEGY,
      { id },
    );
    expect(ictStrategy.version).toBe(3);
    expect(ictStrategy.versions.map((v) => v.version)).toEqual([1, 2, 3]);
  });

  describe('validation: nothing is stored when anything is invalid (acceptance 3)', () => {
    const counts = async () => ({
      strategies: await forum.rows('ict_strategy'),
      versions: await forum.rows('ict_strategy_version'),
      reviews: await forum.rows('strategy_review'),
      threads: await forum.rows('thread'),
    });
    const refusal = async (query: string, variables: Record<string, unknown>) => {
      const result = await forum.as(forum.cast.de.token).request(query, variables);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      return result.errors?.[0].extensions;
    };
    const PUBLISH = 'mutation($input: IctStrategyInput!) { publishIctStrategy(input: $input) { id } }';
    const base = { title: 'Invalid', periodStart: 2024, periodEnd: 2028, summary: 'S', body: 'B' };

    it('refuses a period ending before it starts, years outside 1990-2100, an empty body and unknown enums', async () => {
      const before = await counts();
      expect(await refusal(PUBLISH, { input: { ...base, periodEnd: 2023 } })).toMatchObject({ field: 'periodEnd' });
      expect(await refusal(PUBLISH, { input: { ...base, periodStart: 1989 } })).toMatchObject({ field: 'periodStart' });
      expect(await refusal(PUBLISH, { input: { ...base, periodEnd: 2101 } })).toMatchObject({ field: 'periodEnd' });
      expect(await refusal(PUBLISH, { input: { ...base, body: '  ' } })).toMatchObject({ field: 'body' });
      await refusal(PUBLISH, { input: { ...base, language: 'XX' } });
      // Checked by discussions inside the same transaction: the strategy rolls back with it.
      await refusal(PUBLISH, { input: { ...base, visibility: 'OFFICES', sharedWith: ['QQ'] } });
      expect(await counts()).toEqual(before);
    });

    it('refuses a review outside the period (one year of slack) or a second one for the same year', async () => {
      const { id } = await publishStrategy(forum, forum.cast.de.token, { periodStart: 2020, periodEnd: 2022 });
      const review = (year: number, summary = 'Evaluated') => ({ input: { strategyId: id, year, summary } });
      const before = await counts();
      expect(await refusal(REVIEW, review(2018))).toMatchObject({ field: 'year' });
      expect(await refusal(REVIEW, review(2024))).toMatchObject({ field: 'year' });
      expect(await refusal(REVIEW, review(1980))).toMatchObject({ field: 'year' });
      expect(await refusal(REVIEW, { input: { strategyId: id, year: 2021, summary: ' ' } })).toMatchObject({
        field: 'summary',
      });
      expect(await counts()).toEqual(before);

      const { addStrategyReview } = await forum
        .as(forum.cast.de.token)
        .data<{ addStrategyReview: { reviews: { year: number }[] } }>(REVIEW, review(2023, 'A year late'));
      expect(addStrategyReview.reviews.map((r) => r.year)).toEqual([2023]);
      expect(await refusal(REVIEW, review(2023, 'Again'))).toMatchObject({
        field: 'year',
        reason: 'reports.review-exists',
      });
      const events = await forum.api.events.published('reports.strategy-reviewed');
      expect(events.filter((event) => event.payload.strategyId === id)).toHaveLength(1);
      expect((await counts()).reviews).toBe(before.reviews + 1);
    });
  });

  describe('versions, diff and the review queue (acceptance 5)', () => {
    it('keeps the first version readable after an update, and strategyDiff shows what changed', async () => {
      const { id } = await publishStrategy(forum, forum.cast.de.token, { title: 'Versioned strategy' });
      const { updateIctStrategy } = await forum.as(forum.cast.de.token).data<{
        updateIctStrategy: {
          version: number;
          title: string;
          versions: { id: string; version: number; title: string; body: string }[];
        };
      }>(
        `mutation($input: IctStrategyUpdateInput!) {
          updateIctStrategy(input: $input) { version title versions { id version title body } }
        }`,
        {
          input: {
            strategyId: id,
            title: 'Versioned strategy (2026 update)',
            periodStart: 2024,
            periodEnd: 2029,
            summary: 'Cloud first, AI-assisted examination.',
            body: '# Strategy\n\nMove to the cloud.\nRetire the mainframe.',
            goals: ['Cloud first', 'AI-assisted examination'],
          },
        },
      );
      expect(updateIctStrategy.version).toBe(2);
      const [v1, v2] = updateIctStrategy.versions;
      expect(v1).toMatchObject({ version: 1, title: 'Versioned strategy', body: expect.stringContaining('Automate') });
      expect(v2).toMatchObject({ version: 2, title: 'Versioned strategy (2026 update)' });

      const { strategyDiff } = await forum.as(forum.cast.no.token).data<{
        strategyDiff: {
          changes: { field: string; before: string; after: string }[];
          bodyDiff: { kind: string; text: string }[];
        };
      }>('query($from: ID!, $to: ID!) { strategyDiff(from: $from, to: $to) { changes { field before after } bodyDiff { kind text } } }', { from: v1.id, to: v2.id });
      expect(strategyDiff.changes.map((c) => c.field)).toEqual(['title', 'periodEnd', 'body']);
      expect(strategyDiff.changes[1]).toEqual({ field: 'periodEnd', before: '2028', after: '2029' });
      expect(strategyDiff.bodyDiff).toEqual([
        { kind: 'SAME', text: '# Strategy' },
        { kind: 'SAME', text: '' },
        { kind: 'SAME', text: 'Move to the cloud.' },
        { kind: 'REMOVED', text: 'Automate classification.' },
        { kind: 'ADDED', text: 'Retire the mainframe.' },
      ]);
      const events = await forum.api.events.published('reports.strategy-versioned');
      expect(events.find((event) => event.payload.strategyId === id)?.payload.version).toBe(2);
    });

    it('posts each new version and each review in the strategy’s thread, in the same transaction', async () => {
      const { id, threadId } = await publishStrategy(forum, forum.cast.de.token, {
        periodStart: 2024,
        periodEnd: 2028,
      });
      await forum
        .as(forum.cast.de.token)
        .data('mutation($input: IctStrategyUpdateInput!) { updateIctStrategy(input: $input) { id } }', {
          input: {
            strategyId: id,
            title: 'Digital transformation strategy',
            periodStart: 2024,
            periodEnd: 2030,
            summary: 'Cloud first, AI-assisted examination.',
            body: 'Shorter.',
          },
        });
      await forum.as(forum.cast.de.token).data(REVIEW, { input: { strategyId: id, year: 2024, summary: 'On track.' } });
      const { thread } = await forum.as(forum.cast.no.token).data<{
        thread: { postCount: number; posts: { edges: { node: { body: string; depth: number } }[] } };
      }>('query($id: ID!) { thread(id: $id) { postCount posts { edges { node { body depth } } } } }', { id: threadId });
      expect(thread.postCount).toBe(3);
      const [, version, review] = thread.posts.edges.map((edge) => edge.node);
      expect(version.depth).toBe(1);
      expect(version.body).toContain('**Version 2 published.**');
      expect(version.body).toContain('- periodEnd: 2028 → 2030');
      expect(version.body).toContain('- goals changed');
      expect(review.body).toBe('**Review of 2024.**\n\nOn track.');
    });

    it('still takes a review when a moderator locked its thread, without posting it there', async () => {
      const { id, threadId } = await publishStrategy(forum, forum.cast.de.token, {
        periodStart: 2024,
        periodEnd: 2028,
      });
      await forum
        .as(forum.cast.moderator.token)
        .data('mutation($id: ID!) { lockThread(id: $id, locked: true) { id } }', { id: threadId });
      const { addStrategyReview } = await forum
        .as(forum.cast.de.token)
        .data<{ addStrategyReview: { reviews: { year: number }[] } }>(REVIEW, {
          input: { strategyId: id, year: 2025, summary: 'Written while the discussion is closed.' },
        });
      expect(addStrategyReview.reviews.map((r) => r.year)).toEqual([2025]);
      const { thread } = await forum
        .as(forum.cast.de.token)
        .data<{ thread: { postCount: number } }>('query($id: ID!) { thread(id: $id) { postCount } }', { id: threadId });
      expect(thread.postCount).toBe(1);
    });

    it('lists a strategy with no review for last year until one is added', async () => {
      const { id } = await publishStrategy(forum, forum.cast.de.token, {
        title: 'Due for review',
        periodStart: lastYear - 1,
        periodEnd: lastYear + 3,
      });
      const due = async () =>
        (
          await forum.as(forum.cast.deAdmin.token).data<{ strategiesDueForReview: { id: string }[] }>(DUE)
        ).strategiesDueForReview.map((s) => s.id);
      expect(await due()).toContain(id);
      await forum
        .as(forum.cast.de.token)
        .data(REVIEW, { input: { strategyId: id, year: lastYear - 1, summary: 'Old' } });
      expect(await due()).toContain(id);
      await forum.as(forum.cast.de.token).data(REVIEW, { input: { strategyId: id, year: lastYear, summary: 'Done' } });
      expect(await due()).not.toContain(id);
      expect(await forum.as(forum.cast.de.token).errorCodes(DUE)).toEqual(['FORBIDDEN']);
    });
  });
});
