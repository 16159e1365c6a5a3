import { SqlStatementCounter } from '@forum/database';
import { outboxDrained, QUIET_EVENT_WORKER } from '@forum/testing';
import { startSearchForum, type SearchForum } from './testing/search.fixture.js';

const PAGE = `query($query: String!, $first: Int) { search(query: $query) {
  hits(first: $first) { totalCount edges { snippet node {
    __typename ... on Thread { id title } ... on Post { id body } ... on IctStrategy { id } ... on ExperienceReport { id }
  } } }
  facets { kinds { value count } offices { value count } spaces { value count } languages { value count } }
} }`;

describe('a page of search hits costs a fixed number of SQL statements', () => {
  let forum: SearchForum;
  beforeAll(async () => {
    forum = await startSearchForum(QUIET_EVENT_WORKER);
    const token = forum.cast.author.token;
    for (let i = 0; i < 6; i++) {
      const { threadId } = await forum.start(token, {
        title: `Lynx project ${i}`,
        body: 'About the lynx.',
        spaceSlug: i % 2 ? 'recommendation-8' : 'recommendation-9',
      });
      await forum.reply(token, threadId, `The lynx reply ${i}.`);
    }
  });
  afterAll(() => forum.close());

  it('the same for 2 and 12 hits: hits, threads, posts, facets, their offices and spaces', async () => {
    const counter = forum.api.app.get(SqlStatementCounter);
    const measure = async (first: number) => {
      await outboxDrained(forum.api.db);
      return counter.measure(() => forum.data(forum.cast.other.token, PAGE, { query: 'lynx', first }));
    };
    const small = await measure(2);
    const large = await measure(12);
    expect(large.count).toBe(small.count);
    // search: hits, facets; discussions: threads, posts; identity: offices; catalog: spaces.
    expect(large.count).toBeLessThanOrEqual(6);
  });
});
