import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '@forum/graphql';
import { canSeeEmail } from './access.policy.js';
import { MemberConnection, MemberModel } from './dto/member.model.js';
import { MemberDirectoryService } from './member-directory.service.js';
import { MembersService } from './members.service.js';
import { Role } from './role.js';
import { Public, Roles } from './access.decorators.js';
import { CurrentMember, CurrentViewer, type Viewer } from './viewer.js';

@ArgsType()
class MembersArgs extends PageArgs(20) {
  @Field(() => String, {
    nullable: true,
    description: 'ST.3 code of an office: admins any (default all); office admins only their own (the default).',
  })
  officeCode?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only members with this role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) members.' })
  active?: boolean | null;
}

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly directory: MemberDirectoryService,
  ) {}

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Query(() => MemberConnection, {
    name: 'members',
    description: 'Members, oldest first, with their e-mails: admins any office, office admins their own.',
  })
  memberList(@CurrentMember() viewer: NonNullable<Viewer>, @Args() args: MembersArgs): Promise<MemberConnection> {
    return this.directory.list(viewer, args);
  }

  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description: 'The e-mail: for the member itself, admins, and office admins of its office; null for anyone else.',
  })
  email(@Parent() member: MemberModel, @CurrentViewer() viewer: Viewer): string | null {
    return canSeeEmail(viewer, { id: member.id, officeId: member.office.id }) ? member.email : null;
  }

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Mutation(() => MemberModel, {
    description: "Changes a member's role: admins any; office admins within their office, up to OFFICE_ADMIN.",
  })
  setMemberRole(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('memberId', { type: () => ID, description: 'The member to change.' }) memberId: string,
    @Args('role', { type: () => Role, description: 'The new role.' }) role: Role,
  ): Promise<MemberModel> {
    return this.members.setRole(viewer, memberId, role);
  }

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Mutation(() => MemberModel, {
    description: 'Deactivates a member: its sessions and access tokens stop working at once.',
  })
  deactivateMember(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('memberId', { type: () => ID, description: 'The member to deactivate.' }) memberId: string,
  ): Promise<MemberModel> {
    return this.members.setActive(viewer, memberId, { active: false });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MemberModel, {
    description:
      'Moves a member to another office (admins): it sees at once what the new office sees, and no longer what only ' +
      'the old one saw; its role and sessions stay.',
  })
  moveMember(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('memberId', { type: () => ID, description: 'The member to move.' }) memberId: string,
    @Args('officeCode', { description: "The new office's ST.3 code." }) officeCode: string,
  ): Promise<MemberModel> {
    return this.members.moveToOffice(viewer, memberId, officeCode);
  }

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Mutation(() => MemberModel, { description: 'Lets a deactivated member sign in again.' })
  reactivateMember(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('memberId', { type: () => ID, description: 'The member to reactivate.' }) memberId: string,
  ): Promise<MemberModel> {
    return this.members.setActive(viewer, memberId, { active: true });
  }
}
