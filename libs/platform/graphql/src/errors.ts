/** The error codes of the public contract; every error a client sees carries one in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An expected failure of a use case. Services throw these; the GraphQL layer maps them once (format-error.ts),
 * so no domain needs to know about GraphQL to report an error.
 */
export class ForumError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ForumError';
  }
}

export const notFound = (what = 'Not found') => new ForumError(ErrorCode.NOT_FOUND, what);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new ForumError(ErrorCode.BAD_USER_INPUT, message, details);
export const forbidden = (message = 'Forbidden') => new ForumError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first') => new ForumError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: string) => new ForumError(ErrorCode.CONFLICT, message);
export const rateLimited = (message = 'Too many attempts: try again later') =>
  new ForumError(ErrorCode.RATE_LIMITED, message);
