import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { MAX_PAGE_SIZE } from './connection.js';

/** The paging arguments of a connection field, as resolvers receive them. */
export interface PageArguments {
  first: number;
  after: string | null;
}

/**
 * `first` and `after` of a connection field, written once. `defaultFirst` is the page size when `first` is omitted;
 * services still check it with pageSize(). Extend it for a field's own filters:
 * `@ArgsType() class AuditLogArgs extends PageArgs(20) { @Field(...) kind?: AuditKind | null }`, then
 * `auditLog(@Args() args: AuditLogArgs)`.
 */
export function PageArgs(defaultFirst: number): Type<PageArguments> {
  @ArgsType()
  class PageArgsType implements PageArguments {
    @Field(() => Int, {
      nullable: true,
      defaultValue: defaultFirst,
      description: `Page size, at most ${MAX_PAGE_SIZE}.`,
    })
    first!: number;

    @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after!: string | null;
  }
  return PageArgsType;
}
