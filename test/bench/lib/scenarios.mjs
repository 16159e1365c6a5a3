// What the scenarios ask: the GraphQL documents and the rotation of threads, spaces and members over requests.
export const THREAD_PAGE = `query ThreadPage($id: ID!) { thread(id: $id) {
  id title kind language tags postCount createdAt lastActivityAt locked pinned
  author { id displayName office { code name } }
  posts(first: 50) { pageInfo { hasNextPage endCursor } edges { cursor node {
    id depth bodyHtml createdAt editedAt deleted replyCount
    author { id displayName office { code name } }
    reactions { kind count reactedByMe } } } } } }`;

export const SPACE_THREADS = `query SpaceThreads($slug: String!) { space(slug: $slug) { id title
  threads(first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node {
    id title kind language tags postCount lastActivityAt pinned locked
    author { id displayName office { code name } } } } } } }`;

// Scenario (d): a strategies listing with one filter (a region, a year, a language or an office, in turn), as the
// strategies page asks it, and the whole technology radar (or one layer of it).
export const STRATEGIES = `query Strategies($region: String, $year: Int, $language: Language, $officeCode: String) {
  ictStrategies(first: 20, region: $region, year: $year, language: $language, officeCode: $officeCode) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      id title periodStart periodEnd language summary goals version status updatedAt office { code name } } } } }`;

export const RADAR = `query Radar($layer: String) { technologyRadar(layer: $layer) {
  product offices ring movement byStatus { status offices } } }`;

export const REPLY = `mutation Reply($input: ReplyInput!) { reply(input: $input) { id depth createdAt } }`;

export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

const auth = (token) => (token ? { authorization: `Bearer ${token}` } : {});

/** A next() for fire(): cycles through `items`, each made into a request by `make`. */
function rotation(items, make) {
  let i = 0;
  return () => make(items[i++ % items.length], i);
}

export const threadPages = (threadIds, tokens = [null]) =>
  rotation(threadIds, (id, i) => ({
    body: JSON.stringify({ query: THREAD_PAGE, variables: { id } }),
    headers: auth(tokens[i % tokens.length]),
  }));

export const spaceLists = (slugs, tokens = [null]) =>
  rotation(slugs, (slug, i) => ({
    body: JSON.stringify({ query: SPACE_THREADS, variables: { slug } }),
    headers: auth(tokens[i % tokens.length]),
  }));

export const replies = (threadIds, tokens) =>
  rotation(threadIds, (threadId, i) => ({
    body: JSON.stringify({
      query: REPLY,
      variables: {
        input: {
          threadId,
          body: `Reply ${i} from the benchmark: **agreed**, see [ST.96](https://www.wipo.int/standards/en/).`,
        },
      },
    }),
    headers: auth(tokens[i % tokens.length]),
  }));

/** The filters the strategies scenario turns through: one of each kind, for offices with strategies. */
export const strategyFilters = (officeCodes) => [
  { region: 'Europe' },
  { region: 'Africa' },
  { region: 'Asia' },
  { year: 2022 },
  { year: 2025 },
  { language: 'EN' },
  { language: 'FR' },
  ...officeCodes.map((officeCode) => ({ officeCode })),
];

export const strategyLists = (filters, tokens = [null]) =>
  rotation(filters, (variables, i) => ({
    body: JSON.stringify({ query: STRATEGIES, variables }),
    headers: auth(tokens[i % tokens.length]),
  }));

// The whole radar three times in four, else one layer.
const RADAR_LAYERS = [null, null, null, 'database', null, null, null, 'platform'];

export const radars = (tokens = [null]) =>
  rotation(RADAR_LAYERS, (layer, i) => ({
    body: JSON.stringify({ query: RADAR, variables: { layer } }),
    headers: auth(tokens[i % tokens.length]),
  }));

/** POSTs one GraphQL request; returns the parsed answer. */
export async function graphql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth(token) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Sends the next request of a scenario (`next()` gives its body and headers); throws on GraphQL errors. */
export async function sendNext(url, next, label = 'request') {
  const { body, headers } = next();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const answer = await response.json();
  if (answer.errors) throw new Error(`${label}: ${JSON.stringify(answer.errors)}`);
}
