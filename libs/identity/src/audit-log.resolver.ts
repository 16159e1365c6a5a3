import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '@forum/graphql';
import { AuditKind } from './audit-event.entity.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditEventConnection, AuditEventModel } from './dto/audit-event.model.js';
import { Roles } from './access.decorators.js';
import { Role } from './role.js';
import { CurrentMember, type Viewer } from './viewer.js';

@ArgsType()
class AuditLogArgs extends PageArgs(20) {
  @Field(() => AuditKind, { nullable: true, description: 'Only entries of this kind.' })
  kind?: AuditKind | null;
}

@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (admins only).' })
  auditLog(@CurrentMember() viewer: NonNullable<Viewer>, @Args() args: AuditLogArgs): Promise<AuditEventConnection> {
    return this.log.page(viewer, { first: args.first, after: args.after, kind: args.kind ?? null });
  }
}
