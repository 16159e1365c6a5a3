import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, ForumError, unavailable } from './errors.js';
import { isUnavailable } from './unavailable.js';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

// Apollo's own codes for requests that never reached a resolver.
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
};

const KNOWN = new Set<string>(Object.values(ErrorCode));

export type ErrorReporter = (error: unknown) => void;

/**
 * Maps every error to one of the contract's codes, once, for the whole API.
 * Unexpected errors become INTERNAL; in production their message, stack and SQL never reach the client.
 */
export function createErrorFormatter(options: { production: boolean; report: ErrorReporter }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof ForumError) {
      // The reason last: details cannot hide which rule refused.
      const reason = original.reason ? { reason: original.reason } : {};
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...original.details, ...reason },
      };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()];
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    // A dropped connection or a full pool is nobody's bug: the client retries (HTTP 503, see unavailable.ts).
    if (!(original instanceof GraphQLError) && isUnavailable(original)) {
      const error = unavailable();
      return { ...base, message: error.message, extensions: { code: error.code, ...error.details } };
    }
    const given = String(formatted.extensions?.code ?? '');
    if (APOLLO_CODES[given]) return { ...base, extensions: { code: APOLLO_CODES[given] } };
    if (KNOWN.has(given) && given !== ErrorCode.INTERNAL) return { ...base, extensions: { code: given } };

    options.report(original);
    if (options.production)
      return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
    const stack = original instanceof Error ? original.stack?.split('\n') : undefined;
    return { ...base, extensions: { code: ErrorCode.INTERNAL, stacktrace: stack } };
  };
}
