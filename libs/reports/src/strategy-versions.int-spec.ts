import { publishStrategy, startReportsForum, type ReportsForum } from './testing/reports.fixture.js';

const STRATEGY = `query($id: ID!) { ictStrategy(id: $id) { id title version versions { id version title body } } }`;
const REVIEW = `mutation($input: StrategyReviewInput!) { addStrategyReview(input: $input) { id reviews { year summary } } }`;
const DUE = '{ strategiesDueForReview { id } }';

describe('ICT strategies: versions, reviews and validation', () => {
  let forum: ReportsForum;
  const lastYear = new Date().getUTCFullYear() - 1;
  beforeAll(async () => {
    forum = await startReportsForum();
  });
  afterAll(() => forum.close());

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
