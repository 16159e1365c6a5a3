import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { MemberModel } from './dto/member.model.js';
import { MembersService } from './members.service.js';
import { Role } from './role.js';
import { Roles } from './access.decorators.js';
import { CurrentMember, type Viewer } from './viewer.js';

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

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

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Mutation(() => MemberModel, { description: 'Lets a deactivated member sign in again.' })
  reactivateMember(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('memberId', { type: () => ID, description: 'The member to reactivate.' }) memberId: string,
  ): Promise<MemberModel> {
    return this.members.setActive(viewer, memberId, { active: true });
  }
}
