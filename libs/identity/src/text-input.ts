import { badInput } from '@forum/graphql';

const NUL = '\u0000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for an id PostgreSQL can compare with a uuid column. Anything else names nothing: callers answer as for an
 * unknown id (NOT_FOUND, or null), instead of letting the cast fail in the database (22P02, INTERNAL).
 */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** PostgreSQL text cannot hold U+0000 (22021, INTERNAL): such input is BAD_USER_INPUT, before any query. */
export function assertNoNul(value: string | null | undefined, field: string): void {
  if (typeof value === 'string' && value.includes(NUL))
    throw badInput(`${field} may not contain the NUL character (U+0000)`, { argument: field });
}

export const hasNul = (value: string): boolean => value.includes(NUL);
