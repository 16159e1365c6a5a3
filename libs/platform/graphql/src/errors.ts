// ForumError and its codes live in @forum/core: sockets and workers throw them too. Re-exported here so that the
// imports from @forum/graphql keep working; format-error.ts maps them to `extensions`.
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
  type ForumErrorOptions,
} from '@forum/core';
