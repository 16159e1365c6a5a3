import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { badInput, encodeCursor } from '@forum/core';

// The cursor codec lives in @forum/core (sockets and workers page too); re-exported for the resolvers' libs.
export { encodeCursor, decodeCursor } from '@forum/core';

export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo', { description: 'Where a page of a connection ends, and whether more follows.' })
export class PageInfo {
  @Field({ description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null on an empty page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A connection as resolvers return it; `totalCount` may be pending, so that the count runs only when asked for. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/**
 * The GraphQL types `<Name>Connection` and `<Name>Edge` of a Relay-style connection over `node`.
 * Use: `@ObjectType('ThreadConnection', {...}) class ThreadConnection extends ConnectionType(ThreadModel, 'Thread') {}`.
 */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  const label = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

  @ObjectType(`${name}Edge`, { description: `One ${label} in a connection, with its cursor.` })
  class EdgeType {
    @Field({ description: 'An opaque position in the connection, for `after`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${label}.` })
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionBase {
    @Field(() => [EdgeType], { description: 'This page, in order.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match in all pages (only what the caller may see).' })
    totalCount!: number | Promise<number>;
  }
  return ConnectionBase as Type<Connection<T>>;
}

/** Checks `first` against the contract (0 to 100). */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
  return size;
}

/**
 * Builds a connection from rows fetched with `limit + 1` (the extra row only says that a next page exists).
 */
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  toNode: (row: R) => T,
  cursorOf: (row: R) => unknown,
  totalCount: number | (() => Promise<number>),
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  const connection = {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  } as Connection<T>;
  if (typeof totalCount === 'number') return { ...connection, totalCount };
  // Counting costs a statement: run it only if a client reads the field (once, however often it is read).
  let counted: Promise<number> | undefined;
  return Object.defineProperty(connection, 'totalCount', { enumerable: true, get: () => (counted ??= totalCount()) });
}
