import { badInput, checkPlainText, isUtcInstant } from '@forum/core';

export const MAX_BODY_BYTES = 64 * 1024;
/** Deep enough for any conversation, and keeps a path (9 bytes a level) well inside a btree index entry. */
export const MAX_DEPTH = 200;
export const MAX_TAGS = 10;
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A post body: not blank, at most 64 KiB of UTF-8. */
export function checkBody(body: string): string {
  if (body.trim().length === 0) throw badInput('The body is empty', { field: 'body' });
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_BODY_BYTES)
    throw badInput(`The body is ${bytes} bytes; at most ${MAX_BODY_BYTES} are allowed`, { field: 'body' });
  return body;
}

/** A title: 3 to 200 characters, without controls or invisible characters (which let a title pass for another). */
export function checkTitle(title: string): string {
  return checkPlainText(title, 'title', { min: 3, max: 200 });
}

/** Tags as lower-case slugs, without duplicates, at most 10. */
export function checkTags(tags: readonly string[] | null | undefined): string[] {
  const unique = [...new Set((tags ?? []).map((tag) => tag.trim()))];
  if (unique.length > MAX_TAGS) throw badInput(`At most ${MAX_TAGS} tags are allowed`, { field: 'tags' });
  for (const tag of unique) {
    if (!TAG.test(tag) || tag.length > 40)
      throw badInput(`"${tag}" is not a tag: use lower-case letters, digits and dashes`, { field: 'tags' });
  }
  return unique;
}

export function checkClientMutationId(id: string | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  if (id.length === 0 || id.length > 100)
    throw badInput('clientMutationId must have 1 to 100 characters', { field: 'clientMutationId' });
  return id;
}

const SEGMENT_WIDTH = 8;

/** The path of the post with this sequence number under `parentPath` (null for the opening post). */
export function childPath(parentPath: string | null, sequence: number): string {
  const segment = String(sequence).padStart(SEGMENT_WIDTH, '0');
  if (segment.length > SEGMENT_WIDTH) throw new Error('A thread cannot hold more than 99,999,999 posts');
  return parentPath ? `${parentPath}.${segment}` : segment;
}

/** A timestamp as cursors carry it: UTC with microseconds, independent of the session's TimeZone and DateStyle. */
export const UTC_MICROS_SQL = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
export const isUtcMicros = (value: unknown): value is string => isUtcInstant(value, 6);
