import { ApolloServer, HeaderMap } from '@apollo/server';
import { createErrorFormatter } from './format-error.js';
import { unavailableStatus } from './unavailable.js';

describe('unavailableStatus', () => {
  const server = new ApolloServer({
    typeDefs: 'type Query { lost: String ok: String }',
    resolvers: {
      Query: {
        lost: () => Promise.reject(new Error('Connection terminated unexpectedly')),
        ok: () => 'fine',
      },
    },
    plugins: [unavailableStatus],
    formatError: createErrorFormatter({ production: true, report: () => undefined }),
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const post = (query: string) =>
    server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query },
      },
      context: async () => ({}),
    });

  it('answers HTTP 503 with Retry-After when the database was out of reach', async () => {
    const response = await post('{ lost }');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = response.body.kind === 'complete' ? JSON.parse(response.body.string) : undefined;
    expect(body.errors[0].extensions).toEqual({ code: 'UNAVAILABLE', retriable: true });
  });

  it('leaves other responses alone', async () => {
    expect((await post('{ ok }')).status ?? 200).toBe(200);
  });
});
