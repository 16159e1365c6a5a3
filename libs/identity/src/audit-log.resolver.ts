import { Args, ArgsType, Context, Field, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, type ForumContext } from '@forum/graphql';
import { AuditKind } from './audit-event.entity.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditEventConnection, AuditEventModel } from './dto/audit-event.model.js';
import { MemberModel } from './dto/member.model.js';
import { Public, Roles } from './access.decorators.js';
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

  // The log's readers want names, not ids: both come through the request's member loader (one statement a page).
  // Public as fields: only auditLog (admins) reaches an AuditEvent.
  @Public()
  @ResolveField(() => MemberModel, {
    nullable: true,
    description: 'The member who acted (deactivated ones too); null for anonymous attempts and the system.',
  })
  actor(@Parent() event: AuditEventModel, @Context() { loaders }: ForumContext): Promise<MemberModel | null> {
    return event.actorId ? loaders.identity.members.load(event.actorId) : Promise.resolve(null);
  }

  @Public()
  @ResolveField(() => MemberModel, { nullable: true, description: 'The member acted upon (deactivated ones too).' })
  member(@Parent() event: AuditEventModel, @Context() { loaders }: ForumContext): Promise<MemberModel | null> {
    return event.memberId ? loaders.identity.members.load(event.memberId) : Promise.resolve(null);
  }
}
