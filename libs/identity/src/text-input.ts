import { badInput, checkPlainText } from '@forum/core';

const NUL = '\u0000';

// Shared with every lib (@forum/core); re-exported for identity's own files.
export { isUuid } from '@forum/core';

/** RFC 5321's limit of a forward path; longer is no address a mail server would take. */
export const MAX_EMAIL_LENGTH = 254;
/** argon2 takes any length; a bound keeps a request from making the API hash (and the audit log keep) megabytes. */
export const MAX_PASSWORD_LENGTH = 1024;

/** PostgreSQL text cannot hold U+0000 (22021, INTERNAL): such input is BAD_USER_INPUT, before any query. */
export function assertNoNul(value: string | null | undefined, field: string): void {
  if (typeof value === 'string' && value.includes(NUL))
    throw badInput(`${field} may not contain the NUL character (U+0000)`, { argument: field });
}

export const hasNul = (value: string): boolean => value.includes(NUL);

/** No string is unbounded: over `max` characters is BAD_USER_INPUT naming the field, before any work or storage. */
export function assertMaxLength(value: string | null | undefined, field: string, max: number): void {
  if (typeof value === 'string' && value.length > max)
    throw badInput(`${field} may have at most ${max} characters`, { field });
}

/**
 * The ST.3 code in `value` (two ASCII letters, any case, surrounding spaces ignored), upper-cased; null for anything
 * else. Checked before folding: "ı".toUpperCase() is "I" and "ﬁ".toUpperCase() is "FI", so folding first would let
 * other letters pass for a real office's code.
 */
export function officeCodeOf(value: string): string | null {
  const trimmed = value.trim();
  return /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : null;
}

/** As officeCodeOf, but a malformed code is BAD_USER_INPUT naming `field`. */
export function checkOfficeCode(value: string, field = 'code'): string {
  const code = officeCodeOf(value);
  if (!code) throw badInput('An office code is two letters A to Z (WIPO ST.3)', { field });
  return code;
}

/** The name shown with a member's posts: 1 to 100 characters, none invisible or controlling (one name posing as another). */
export const checkDisplayName = (value: string): string => checkPlainText(value, 'displayName', { min: 1, max: 100 });

/** An office's name: 1 to 200 characters of plain text. */
export const checkOfficeName = (value: string, field = 'name'): string =>
  checkPlainText(value, field, { min: 1, max: 200 });

/** An office's region: up to 100 characters of plain text; empty or absent is none. */
export function checkRegion(value: string | null | undefined, field = 'region'): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  return checkPlainText(value, field, { min: 1, max: 100 });
}
