import { searchAs, startSearchForum, type SearchForum } from './testing/search.fixture.js';

describe('ICT strategies and experience reports in search', () => {
  let forum: SearchForum;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    forum = await startSearchForum();
    const { publishIctStrategy } = await forum.data<{ publishIctStrategy: { id: string } }>(
      forum.cast.author.token,
      'mutation($input: IctStrategyInput!) { publishIctStrategy(input: $input) { id } }',
      {
        input: {
          title: 'Digital transformation strategy',
          periodStart: 2024,
          periodEnd: 2028,
          summary: 'Cloud first, quokka-assisted examination.',
          body: 'Move the registers to the cloud.',
        },
      },
    );
    ids.strategy = publishIctStrategy.id;
    const { postExperienceReport } = await forum.data<{ postExperienceReport: { id: string } }>(
      forum.cast.author.token,
      'mutation($input: ExperienceReportInput!) { postExperienceReport(input: $input) { id } }',
      {
        input: {
          title: 'Replacing the trademark register',
          projectName: 'Register renewal',
          deliveryModel: 'EXTERNAL',
          phases: ['DELIVERY'],
          recommendations: [9],
          technologies: ['PostgreSQL'],
          outcome: 'In production.',
          lessonsLearned: 'Test the wallaby import with real data early.',
        },
      },
    );
    ids.report = postExperienceReport.id;
  });
  afterAll(() => forum.close());

  it('finds a strategy by its summary and a report by its lessons, typed as such', async () => {
    const strategy = await searchAs(forum, forum.cast.other.token, 'quokka');
    expect(strategy.hits.edges.map((edge) => [edge.node.__typename, edge.node.id])).toContainEqual([
      'IctStrategy',
      ids.strategy,
    ]);
    const report = await searchAs(forum, forum.cast.other.token, 'wallaby kind:report');
    // The report's thread (its opening post tells the same) is found with it: both are typed by what they are.
    expect(report.hits.edges.map((edge) => edge.node.__typename).sort()).toEqual(['ExperienceReport', 'Thread']);
    const reportEdge = report.hits.edges.find((edge) => edge.node.__typename === 'ExperienceReport');
    expect(reportEdge?.node.id).toBe(ids.report);
    expect(reportEdge?.snippet).toContain('<mark>wallaby</mark>');
  });

  it('a report narrowed to its office is no longer found by other offices, and still by its own', async () => {
    await forum.data(
      forum.cast.author.token,
      'mutation($input: ShareVisibilityInput!) { setExperienceReportVisibility(input: $input) { id } }',
      { input: { id: ids.report, visibility: 'OFFICE' } },
    );
    expect((await searchAs(forum, forum.cast.other.token, 'wallaby')).hits.totalCount).toBe(0);
    expect((await searchAs(forum, forum.cast.colleague.token, 'wallaby')).ids).toContain(ids.report);
  });
});
