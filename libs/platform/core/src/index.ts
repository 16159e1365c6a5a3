// The small pieces every lib shares and that know no transport, no database schema and no domain.
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
} from './errors.js';
export { Clock } from './clock.js';
export { checkPlainText, unsafeCharacter } from './plain-text.js';
export { isUuid, distinctUuids, rowsByIds } from './ids.js';
export { isUniqueViolation } from './database-errors.js';
export {
  encodeCursor,
  decodeCursor,
  isIsoInstant,
  isUtcInstant,
  isInstantIdPosition,
  instantIdPosition,
  type InstantIdPosition,
} from './cursor.js';
export { Public, declareAccess, accessOf, describeAccess, type AccessDeclaration } from './access.js';
export { loadOrFail, type KeyLoader } from './load-or-fail.js';
