export { GraphQLPlatformModule, GRAPHQL_PATH, type GraphQLPlatformOptions } from './graphql-platform.module.js';
export { AnonymousAnswers } from './anonymous-answers.js';
export {
  GraphQLContextRegistry,
  type ContextContributor,
  type ForumContext,
  type ForumLoaders,
  type ConnectionCheck,
} from './request-context.js';
export { type LiveConnection } from './live-connection.js';
export { Language, inLanguage, type LocalizedText } from './language.js';
export {
  ErrorCode,
  ForumError,
  notFound,
  badInput,
  forbidden,
  unauthenticated,
  conflict,
  rateLimited,
  unavailable,
} from './errors.js';
export { createErrorFormatter } from './format-error.js';
export { graphiqlPage } from './graphiql.js';
export { configureHttpSurface } from './http-surface.js';
export { homePage } from './home-page.js';
export {
  ConnectionType,
  PageInfo,
  pageSize,
  encodeCursor,
  decodeCursor,
  toConnection,
  MAX_PAGE_SIZE,
  type Connection,
  type Edge,
} from './connection.js';
export { PageArgs, type PageArguments } from './page-args.js';
export { preloadFields } from './preloaded-fields.js';
export { selects } from './selection.js';
export {
  queryLimits,
  measureOperation,
  DEFAULT_QUERY_LIMITS,
  type QueryLimits,
  type QueryMeasure,
} from './query-limits.js';
export { isUnavailable } from './unavailable.js';
