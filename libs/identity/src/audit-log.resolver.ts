import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditKind } from './audit-event.entity.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditEventConnection, AuditEventModel } from './dto/audit-event.model.js';
import { Roles } from './access.decorators.js';
import { Role } from './role.js';
import { CurrentMember, type Viewer } from './viewer.js';

@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (admins only).' })
  auditLog(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Args('kind', { type: () => AuditKind, nullable: true, description: 'Only entries of this kind.' })
    kind: AuditKind | null,
  ): Promise<AuditEventConnection> {
    return this.log.page(viewer, { first, after, kind });
  }
}
