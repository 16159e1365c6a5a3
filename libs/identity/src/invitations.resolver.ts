import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, type ForumContext } from '@forum/graphql';
import { AcceptInvitationInput, InviteMemberInput } from './dto/identity.inputs.js';
import { InvitationConnection, InvitationModel } from './dto/invitation.model.js';
import { MemberModel } from './dto/member.model.js';
import { SessionModel } from './dto/session.model.js';
import { InvitationsService } from './invitations.service.js';
import { Public, Roles } from './access.decorators.js';
import { Role } from './role.js';
import { CurrentMember, type Viewer } from './viewer.js';

@ArgsType()
class InvitationsArgs extends PageArgs(20) {
  @Field(() => String, {
    nullable: true,
    description: 'ST.3 code of an office: admins any (default all); office admins only their own (the default).',
  })
  officeCode?: string | null;
}

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Mutation(() => String, {
    description:
      'Invites someone; returns the single-use token (valid 7 days), also e-mailed to the invitee when the forum sends e-mail. Admins: any office and role, naming the office; office admins: their office, up to OFFICE_ADMIN. It can no longer be accepted once revoked or once its inviter may no longer invite so.',
  })
  inviteMember(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('input', { description: 'Whom to invite.' }) input: InviteMemberInput,
  ): Promise<string> {
    return this.invitations.invite(viewer, input);
  }

  @Public()
  @Mutation(() => SessionModel, { description: 'Accepts an invitation: creates the member and signs it in.' })
  acceptInvitation(
    @Args('input', { description: "The token and the new member's name and password." }) input: AcceptInvitationInput,
  ): Promise<SessionModel> {
    return this.invitations.accept(input);
  }

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Query(() => InvitationConnection, {
    name: 'invitations',
    description: 'Pending invitations, oldest first: admins any office, office admins their own.',
  })
  pendingInvitations(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args() args: InvitationsArgs,
  ): Promise<InvitationConnection> {
    return this.invitations.pending(viewer, args);
  }

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Revokes a pending invitation (one the caller could make): its token stops working (NOT_FOUND).',
  })
  revokeInvitation(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('id', { type: () => ID, description: 'The invitation to revoke.' }) id: string,
  ): Promise<boolean> {
    return this.invitations.revoke(viewer, id);
  }

  @Public()
  @ResolveField(() => MemberModel, { nullable: true, description: 'Who invited; null when that member is gone.' })
  invitedBy(@Parent() invitation: InvitationModel, @Context() { loaders }: ForumContext): Promise<MemberModel | null> {
    return invitation.invitedById ? loaders.identity.members.load(invitation.invitedById) : Promise.resolve(null);
  }
}
