import { badInput } from '@forum/graphql';

const NUL = '\u0000';

// Shared with every lib (@forum/core); re-exported for identity's own files.
export { isUuid } from '@forum/core';

/** PostgreSQL text cannot hold U+0000 (22021, INTERNAL): such input is BAD_USER_INPUT, before any query. */
export function assertNoNul(value: string | null | undefined, field: string): void {
  if (typeof value === 'string' && value.includes(NUL))
    throw badInput(`${field} may not contain the NUL character (U+0000)`, { argument: field });
}

export const hasNul = (value: string): boolean => value.includes(NUL);
