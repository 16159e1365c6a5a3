import { publishStrategy, startReportsForum, type ReportsForum } from './testing/reports.fixture.js';

// What a careless or hostile client may send: each is a named refusal, never INTERNAL.
describe('reports and strategies refuse bad arguments by name', () => {
  let forum: ReportsForum;
  beforeAll(async () => {
    forum = await startReportsForum();
    // Something for an unescaped % or _ to match.
    await publishStrategy(forum, forum.cast.de.token);
  });
  afterAll(() => forum.close());

  const refusal = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await forum.as(forum.cast.de.token).request(query, variables);
    expect(result.errors).toHaveLength(1);
    return result.errors?.[0].extensions;
  };

  it.each([
    ['a forged cursor', '{ ictStrategies(after: "bm90IGEgY3Vyc29y") { totalCount } }', 'after'],
    ['a cursor of the reports for strategies', '{ ictStrategies(after: "W10") { totalCount } }', 'after'],
    ['a page over 100', '{ experienceReports(first: 101) { totalCount } }', 'first'],
  ])('%s is BAD_USER_INPUT naming the argument', async (_what, query, argument) => {
    expect(await refusal(query)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it.each([
    ['a year before 1990', '{ ictStrategies(year: 1800) { totalCount } }', 'year'],
    ['recommendation 0', '{ experienceReportStats(recommendation: 0) { count } }', 'recommendations'],
  ])('%s is BAD_USER_INPUT naming the field', async (_what, query, field) => {
    expect(await refusal(query)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['a strategy id that is no uuid', '{ ictStrategy(id: "1 OR 1=1") { id } }'],
    ['a strategy that does not exist', '{ ictStrategy(id: "00000000-0000-4000-8000-000000000000") { id } }'],
    ['a report id that is no uuid', '{ experienceReport(id: "x") { id } }'],
    ['versions that are no uuids', '{ strategyDiff(from: "a", to: "b") { changes { field } } }'],
  ])('%s is NOT_FOUND', async (_what, query) => {
    expect(await refusal(query)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('matches text literally: wildcards and quotes find nothing they do not contain', async () => {
    expect(await forum.as(forum.cast.de.token).data('{ ictStrategies(text: "Cloud") { totalCount } }')).toEqual({
      ictStrategies: { totalCount: 1 },
    });
    for (const text of ['%', '_', "' OR 1=1 --", '\\'])
      expect(
        await forum
          .as(forum.cast.de.token)
          .data(
            'query($text: String) { ictStrategies(text: $text) { totalCount } experienceReports(text: $text) { totalCount } }',
            {
              text,
            },
          ),
      ).toEqual({ ictStrategies: { totalCount: 0 }, experienceReports: { totalCount: 0 } });
  });
});
