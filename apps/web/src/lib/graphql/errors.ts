import type { CombinedError } from 'urql';

/** The API's error codes (docs/api.md, "Errors"). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'NETWORK';

export interface FieldProblem {
  /** The input field, argument or variable the API named (extensions.field / argument / variable). */
  field: string;
  /** The API's own words (English). */
  message: string;
}

/** The first error's code; NETWORK when the API could not be reached. */
export function errorCode(error: CombinedError | undefined): ErrorCode | undefined {
  if (!error) return undefined;
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  return (error.graphQLErrors[0]?.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL';
}

/** The API's refusal reason (extensions.reason, e.g. discussions.thread-locked), when it gave one. */
export function errorReason(error: CombinedError | undefined): string | undefined {
  const reason = error?.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * BAD_USER_INPUT errors that name what was wrong, by field. `input.title` and `title` are both `title`: forms name
 * their fields as the input type does.
 */
export function fieldProblems(error: CombinedError | undefined): FieldProblem[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((graphQLError) => {
    const { code, field, argument, variable } = graphQLError.extensions ?? {};
    const named = [field, argument, variable].find((value): value is string => typeof value === 'string');
    if (code !== 'BAD_USER_INPUT' || !named) return [];
    return [{ field: named.replace(/^input\./, ''), message: graphQLError.message }];
  });
}
