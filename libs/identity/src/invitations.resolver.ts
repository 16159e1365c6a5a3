import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AcceptInvitationInput, InviteMemberInput } from './dto/identity.inputs.js';
import { SessionModel } from './dto/session.model.js';
import { InvitationsService } from './invitations.service.js';
import { Public, Roles } from './access.decorators.js';
import { Role } from './role.js';
import { CurrentMember, type Viewer } from './viewer.js';

@Resolver()
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Mutation(() => String, {
    description:
      'Invites someone; returns the single-use token (valid 7 days). Admins: any office and role; office admins: their office, up to OFFICE_ADMIN.',
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
}
