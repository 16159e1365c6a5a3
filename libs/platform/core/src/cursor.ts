import { badInput } from './errors.js';
import { isUuid } from './ids.js';

/** An opaque cursor: the position, as JSON, in base64url. Clients must not read or build them. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position inside a cursor; a cursor that was not made by this API (or by this connection) is BAD_USER_INPUT. */
export function decodeCursor<T>(cursor: string, isValid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value)) throw badInput('Invalid cursor', { argument: 'after' });
  return value;
}

/** The keyset position of a list ordered by a time then an id: `[time as toISOString(), id]`. */
export type InstantIdPosition = [string, string];

// Exactly what toISOString writes for a time PostgreSQL can store: anything else (another format, a year it cannot
// store, an id that is no uuid) would fail in the database as INTERNAL instead of being an invalid cursor.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const isIsoInstant = (value: unknown): value is string =>
  typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

export const isInstantIdPosition = (value: unknown): value is InstantIdPosition =>
  Array.isArray(value) && value.length === 2 && isIsoInstant(value[0]) && isUuid(value[1]);

export const instantIdPosition = (at: Date, id: string): InstantIdPosition => [at.toISOString(), id];
