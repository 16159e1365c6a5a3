// SQL statements per request, counted on the wire by a proxy in front of PostgreSQL, with a second API process that
// talks through it (the timed runs never go through the proxy).
import { BENCH_PASSWORD, benchEmail } from '../seed.mjs';
import { startApi } from './processes.mjs';
import { graphql, radars, replies, sendNext, SIGN_IN, spaceLists, strategyLists, threadPages } from './scenarios.mjs';
import { startStatementProxy } from './statement-proxy.mjs';

const REQUESTS = 10;

export async function countStatements(url, { threadIds, slugs, strategyFilters, jwtSecret }) {
  const proxy = await startStatementProxy(url);
  // Without the outbox worker: its deliveries (notifications of earlier replies ...) are not any request's statements.
  const api = await startApi(proxy.url, { jwtSecret, name: 'api-statements', env: { EVENTS_WORKER: 'false' } });
  try {
    const signIn = await graphql(api.url, SIGN_IN, { input: { email: benchEmail(0), password: BENCH_PASSWORD } });
    const token = signIn.data.signIn.accessToken;
    const kinds = {
      'thread page, anonymous': threadPages(threadIds),
      'thread page, signed in': threadPages(threadIds, [token]),
      'space thread list, anonymous': spaceLists(slugs),
      'space thread list, signed in': spaceLists(slugs, [token]),
      'ictStrategies with a filter, anonymous': strategyLists(strategyFilters),
      'technologyRadar, anonymous': radars(),
      'reply, signed in': replies(threadIds, [token]),
    };
    const perRequest = {};
    const samples = {};
    for (const [kind, next] of Object.entries(kinds)) {
      const send = () => sendNext(api.url, next, kind);
      await send(); // warm: nothing first-time is counted
      samples[kind] = await proxy.measure(send);
      const all = await proxy.measure(async () => {
        for (let i = 0; i < REQUESTS; i++) await send();
      });
      perRequest[kind] = all.length / REQUESTS;
    }
    return {
      perRequest,
      samples: Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, s.map((q) => q.slice(0, 160))])),
    };
  } finally {
    await api.stop();
    await proxy.close();
  }
}
