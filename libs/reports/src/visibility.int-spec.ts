import { publishStrategy, startReportsForum, type ReportsForum } from './testing/reports.fixture.js';

const STRATEGY = 'query($id: ID!) { ictStrategy(id: $id) { id versions { id } } }';
const THREAD = 'query($id: ID!) { thread(id: $id) { id visibility } }';
const SET_STRATEGY = `mutation($input: ShareVisibilityInput!) {
  setIctStrategyVisibility(input: $input) { visibility sharedWith { code } thread { visibility sharedWith { code } } }
}`;
const SET_REPORT = `mutation($input: ShareVisibilityInput!) { setExperienceReportVisibility(input: $input) { visibility } }`;

// One visibility for a share and everything of it: changing it later changes it for all, in one transaction.
describe('changing the visibility of a share', () => {
  let forum: ReportsForum;
  beforeAll(async () => {
    forum = await startReportsForum();
  });
  afterAll(() => forum.close());

  const sees = async (token: string, strategyId: string, threadId: string) => {
    const as = forum.as(token);
    const strategy = await as.errorCodes(STRATEGY, { id: strategyId });
    const thread = await as.errorCodes(THREAD, { id: threadId });
    const { ictStrategies } = await as.data<{
      ictStrategies: { totalCount: number; edges: { node: { id: string } }[] };
    }>('{ ictStrategies(first: 100) { totalCount edges { node { id } } } }');
    const listed = ictStrategies.edges.some((edge) => edge.node.id === strategyId);
    // The strategy, its versions, its thread and the listing agree.
    expect(thread).toEqual(strategy);
    expect(listed).toBe(strategy.length === 0);
    return strategy.length === 0;
  };

  it('moves the strategy, its versions and its thread together, and refuses other offices', async () => {
    const { id, threadId } = await publishStrategy(forum, forum.cast.de.token, {
      visibility: 'OFFICES',
      sharedWith: ['NO'],
    });
    expect(await sees(forum.cast.no.token, id, threadId)).toBe(true);
    expect(await sees(forum.cast.au.token, id, threadId)).toBe(false);

    const narrowed = await forum.as(forum.cast.de.token).data<{
      setIctStrategyVisibility: { visibility: string; sharedWith: { code: string }[]; thread: { visibility: string } };
    }>(SET_STRATEGY, { input: { id, visibility: 'OFFICES', sharedWith: ['AU'] } });
    expect(narrowed.setIctStrategyVisibility).toMatchObject({
      visibility: 'OFFICES',
      sharedWith: [{ code: 'AU' }],
      thread: { visibility: 'OFFICES', sharedWith: [{ code: 'AU' }] },
    });
    expect(await sees(forum.cast.no.token, id, threadId)).toBe(false);
    expect(await sees(forum.cast.au.token, id, threadId)).toBe(true);

    // A member of an office it is shared with may read it, not change who may.
    const refused = await forum.as(forum.cast.au.token).request(SET_STRATEGY, { input: { id, visibility: 'PUBLIC' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'reports.not-own-office' });
    expect(
      await forum.as(forum.cast.no.token).errorCodes(SET_STRATEGY, { input: { id, visibility: 'PUBLIC' } }),
    ).toEqual(['NOT_FOUND']);

    // An unknown office refuses the whole change: the thread keeps its audience too.
    expect(
      await forum
        .as(forum.cast.de.token)
        .errorCodes(SET_STRATEGY, { input: { id, visibility: 'OFFICES', sharedWith: ['NO', 'QQ'] } }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await sees(forum.cast.au.token, id, threadId)).toBe(true);
    expect(await sees(forum.cast.no.token, id, threadId)).toBe(false);

    await forum.as(forum.cast.de.token).data(SET_STRATEGY, { input: { id, visibility: 'COMMUNITY' } });
    expect(await sees(forum.cast.no.token, id, threadId)).toBe(true);
    const events = await forum.api.events.published('reports.share-visibility-changed');
    expect(events.filter((event) => event.payload.id === id)).toHaveLength(2);
    expect(events.at(-1)?.visibility).toMatchObject({ visibility: 'COMMUNITY' });
  });

  it('moves a report and its thread together', async () => {
    const { postExperienceReport } = await forum.as(forum.cast.de.token).data<{
      postExperienceReport: { id: string; thread: { id: string } };
    }>(`mutation($input: ExperienceReportInput!) { postExperienceReport(input: $input) { id thread { id } } }`, {
      input: {
        title: 'Our document management migration',
        projectName: 'DMS migration',
        deliveryModel: 'EXTERNAL',
        phases: ['DELIVERY'],
        recommendations: [9],
        outcome: 'Done.',
        lessonsLearned: 'Migrate metadata first.',
      },
    });
    const { id, thread } = postExperienceReport;
    await forum.as(forum.cast.de.token).data(SET_REPORT, { input: { id, visibility: 'OFFICE' } });
    const au = forum.as(forum.cast.au.token);
    expect(await au.errorCodes('query($id: ID!) { experienceReport(id: $id) { id } }', { id })).toEqual(['NOT_FOUND']);
    expect(await au.errorCodes(THREAD, { id: thread.id })).toEqual(['NOT_FOUND']);
    const { experienceReports } = await au.data<{ experienceReports: { totalCount: number } }>(
      '{ experienceReports { totalCount } }',
    );
    expect(experienceReports.totalCount).toBe(0);
    const de = forum.as(forum.cast.de.token);
    expect(await de.data<{ thread: { visibility: string } }>(THREAD, { id: thread.id })).toEqual({
      thread: { id: thread.id, visibility: 'OFFICE' },
    });
  });
});
