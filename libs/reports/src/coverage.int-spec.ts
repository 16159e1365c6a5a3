import { publishStrategy, startReportsForum, type ReportsForum } from './testing/reports.fixture.js';

const COVERAGE = `{ recommendations { number coverage { offices officeCodes strategies reports threads } } }`;

type Coverage = { offices: number; officeCodes: string[]; strategies: number; reports: number; threads: number };

describe('Recommendation.coverage (acceptance 4)', () => {
  let forum: ReportsForum;
  const coverage = async (token: string | undefined) => {
    const { recommendations } = await forum
      .as(token)
      .data<{ recommendations: { number: number; coverage: Coverage }[] }>(COVERAGE);
    return new Map(recommendations.map((r) => [r.number, r.coverage]));
  };
  const report = (input: Record<string, unknown>) =>
    forum
      .as(forum.cast.de.token)
      .data<{ postExperienceReport: { thread: { space: { slug: string } } } }>(
        `mutation($input: ExperienceReportInput!) { postExperienceReport(input: $input) { thread { space { slug } } } }`,
        {
          input: {
            title: 'Lessons from the search migration',
            projectName: 'Search migration',
            deliveryModel: 'HYBRID',
            phases: ['DELIVERY'],
            recommendations: [9, 1],
            outcome: 'Done.',
            lessonsLearned: 'Plan the cut-over.',
            ...input,
          },
        },
      );

  beforeAll(async () => {
    forum = await startReportsForum();
  });
  afterAll(() => forum.close());

  it('counts a report speaking to 9 and 1 in both (its thread in recommendation-9), and one the caller may not see in neither', async () => {
    const empty = await coverage(forum.cast.au.token);
    expect(empty.get(9)).toEqual({ offices: 0, officeCodes: [], strategies: 0, reports: 0, threads: 0 });

    const seen = await report({});
    expect(seen.postExperienceReport.thread.space.slug).toBe('recommendation-9');
    await report({ title: 'Internal only', visibility: 'OFFICES', sharedWith: ['NO'] });

    const au = await coverage(forum.cast.au.token);
    for (const n of [9, 1]) expect(au.get(n)).toMatchObject({ offices: 1, officeCodes: ['DE'], reports: 1 });
    // The thread is counted in the space it opened in only.
    expect(au.get(9)?.threads).toBe(1);
    expect(au.get(1)?.threads).toBe(0);
    expect(au.get(5)).toEqual({ offices: 0, officeCodes: [], strategies: 0, reports: 0, threads: 0 });

    const no = await coverage(forum.cast.no.token);
    for (const n of [9, 1]) expect(no.get(n)).toMatchObject({ offices: 1, reports: 2 });
    expect(no.get(9)?.threads).toBe(2);

    // Anonymous callers see neither report (both need at least a signed-in member).
    expect((await coverage(undefined)).get(9)).toMatchObject({ offices: 0, reports: 0, threads: 0 });
  });

  it('counts the offices of plain threads in the space too, as far as the caller may see them', async () => {
    const START = 'mutation($input: StartThreadInput!) { startThread(input: $input) { id } }';
    const thread = (token: string, visibility: string) =>
      forum.as(token).data(START, {
        input: { spaceSlug: 'recommendation-5', title: 'Data quality checks', body: 'Which do you run?', visibility },
      });
    await thread(forum.cast.au.token, 'COMMUNITY');
    await thread(forum.cast.cn.token, 'OFFICE');
    expect((await coverage(forum.cast.no.token)).get(5)).toEqual({
      offices: 1,
      officeCodes: ['AU'],
      strategies: 0,
      reports: 0,
      threads: 1,
    });
    expect((await coverage(forum.cast.cn.token)).get(5)).toMatchObject({ officeCodes: ['AU', 'CN'], threads: 2 });
  });

  it('counts strategies and their offices in recommendation 2', async () => {
    await publishStrategy(forum, forum.cast.cn.token);
    await publishStrategy(forum, forum.cast.au.token, { visibility: 'OFFICE' });
    const de = await coverage(forum.cast.de.token);
    expect(de.get(2)).toEqual({ offices: 1, officeCodes: ['CN'], strategies: 1, reports: 0, threads: 1 });
    const au = await coverage(forum.cast.au.token);
    expect(au.get(2)).toEqual({ offices: 2, officeCodes: ['AU', 'CN'], strategies: 2, reports: 0, threads: 2 });
  });
});
