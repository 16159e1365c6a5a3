/** The error codes of the public contract; every error a client sees carries one in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The database (or another backing service) is briefly out of reach: retry the same request (HTTP 503). */
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

// `<domain>.<what>` in lower case, e.g. `discussions.thread-locked`: stable words a client may branch on.
const REASON = /^[a-z][a-z0-9]*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;

export interface ForumErrorOptions {
  /**
   * Which rule refused, when one code covers several (`discussions.thread-locked` and `discussions.not-author` are both
   * FORBIDDEN). Clients see it as `extensions.reason`.
   */
  reason?: string;
}

/**
 * An expected failure of a use case. Services, socket handlers and workers throw these; each transport maps them
 * once (GraphQL: libs/platform/graphql/src/format-error.ts), so no domain needs to know how a client is reached.
 */
export class ForumError extends Error {
  readonly reason?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options: ForumErrorOptions = {},
  ) {
    super(message);
    this.name = 'ForumError';
    if (options.reason !== undefined) this.reason = checkedReason(options.reason);
  }

  /** The same error with a domain reason: `throw forbidden('This thread is locked').because('discussions.thread-locked')`. */
  because(reason: string): ForumError {
    return new ForumError(this.code, this.message, this.details, { reason });
  }
}

function checkedReason(reason: string): string {
  if (!REASON.test(reason)) throw new Error(`ForumError reason "${reason}" is not of the form domain.what-happened`);
  return reason;
}

export const notFound = (what = 'Not found') => new ForumError(ErrorCode.NOT_FOUND, what);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new ForumError(ErrorCode.BAD_USER_INPUT, message, details);
export const forbidden = (message = 'Forbidden') => new ForumError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first') => new ForumError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: string) => new ForumError(ErrorCode.CONFLICT, message);
export const rateLimited = (message = 'Too many attempts: try again later') =>
  new ForumError(ErrorCode.RATE_LIMITED, message);
export const unavailable = (message = 'The service is briefly unavailable: try again in a moment') =>
  new ForumError(ErrorCode.UNAVAILABLE, message, { retriable: true });
