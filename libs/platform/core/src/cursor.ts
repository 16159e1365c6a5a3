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

const UTC_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d+)Z$/;

/**
 * True for a UTC time written as `YYYY-MM-DDTHH:MM:SS.<fractionDigits digits>Z` that names a real moment of years 1 to
 * 9999. Date.parse rolls 30 February over to 2 March and 24:00 to the next day, and accepts year 0, which PostgreSQL
 * refuses (22008, INTERNAL): a cursor carrying such a time is forged, so it is an invalid cursor, not a surprise.
 */
export function isUtcInstant(value: unknown, fractionDigits: number): value is string {
  const match = typeof value === 'string' ? UTC_INSTANT.exec(value) : null;
  if (!match || match[7].length !== fractionDigits) return false;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds);
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hours &&
    date.getUTCMinutes() === minutes &&
    date.getUTCSeconds() === seconds
  );
}

// Exactly what toISOString writes for a time PostgreSQL can store: anything else (another format, a day or a year
// that does not exist, an id that is no uuid) would fail in the database as INTERNAL instead of being an invalid cursor.
export const isIsoInstant = (value: unknown): value is string => isUtcInstant(value, 3);

export const isInstantIdPosition = (value: unknown): value is InstantIdPosition =>
  Array.isArray(value) && value.length === 2 && isIsoInstant(value[0]) && isUuid(value[1]);

export const instantIdPosition = (at: Date, id: string): InstantIdPosition => [at.toISOString(), id];
