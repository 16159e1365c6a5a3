import { SqlStatementCounter } from '@forum/database';
import { publishStrategy, startReportsForum, type ReportsForum } from './testing/reports.fixture.js';

// A page of shares with everything around them: the number of statements does not grow with the page.
const STRATEGIES = `query($first: Int) { ictStrategies(first: $first) { totalCount edges { node {
  id title status office { code region } sharedWith { code } thread { id kind postCount }
  reviews { year summary } versions { id version } } } } }`;
const REPORTS = `query($first: Int) { experienceReports(first: $first) { totalCount edges { node {
  id projectName office { code } thread { id space { slug } } revisions { id } } } } }`;
const COVERAGE = '{ recommendations { number coverage { offices officeCodes strategies reports threads } } }';

describe('pages of strategies and reports cost a fixed number of SQL statements', () => {
  let forum: ReportsForum;
  let counter: SqlStatementCounter;
  const statements = async (query: string, variables: Record<string, unknown> = {}) => {
    const { count, statements: sent } = await counter.measure(() =>
      forum.as(forum.cast.no.token).data(query, variables),
    );
    return { count, sent };
  };

  beforeAll(async () => {
    forum = await startReportsForum();
    counter = forum.api.app.get(SqlStatementCounter);
    const authors = [forum.cast.de, forum.cast.no, forum.cast.au, forum.cast.cn];
    for (const [i, author] of authors.entries()) {
      const { id } = await publishStrategy(forum, author.token, { title: `Strategy ${i}` });
      await forum
        .as(author.token)
        .data('mutation($input: StrategyReviewInput!) { addStrategyReview(input: $input) { id } }', {
          input: { strategyId: id, year: 2025, summary: 'Reviewed.' },
        });
      await forum
        .as(author.token)
        .data('mutation($input: ExperienceReportInput!) { postExperienceReport(input: $input) { id } }', {
          input: {
            title: `Report ${i}`,
            projectName: `Project ${i}`,
            deliveryModel: 'HYBRID',
            phases: ['DELIVERY'],
            recommendations: [9, i + 1],
            outcome: 'Done.',
            lessonsLearned: 'Plan.',
          },
        });
    }
  });
  afterAll(() => forum.close());

  it('ictStrategies: the same statements for 1 and 4 strategies', async () => {
    const one = await statements(STRATEGIES, { first: 1 });
    const four = await statements(STRATEGIES, { first: 4 });
    expect(four.count).toBe(one.count);
    // The page, its count, offices, threads, reviews, versions (and at most a session check).
    expect(four.count).toBeLessThanOrEqual(7);
  });

  it('experienceReports: the same statements for 1 and 4 reports', async () => {
    const one = await statements(REPORTS, { first: 1 });
    const four = await statements(REPORTS, { first: 4 });
    expect(four.count).toBe(one.count);
    // The page, its count, offices, threads, their spaces, revisions (and at most a session check).
    expect(four.count).toBeLessThanOrEqual(7);
  });

  it('Recommendation.coverage: one batch for the ten recommendations', async () => {
    const { count, sent } = await statements(COVERAGE);
    // The session check, the catalogue, then reports, strategies, thread counts and office codes once each.
    expect(sent.filter((sql) => /experience_report/.test(sql))).toHaveLength(1);
    expect(sent.filter((sql) => /ict_strategy/.test(sql))).toHaveLength(1);
    expect(count).toBeLessThanOrEqual(6);
  });
});
