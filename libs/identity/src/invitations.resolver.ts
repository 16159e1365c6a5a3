import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AcceptInvitationInput, InviteMemberInput } from './dto/identity.inputs.js';
import { SessionModel } from './dto/session.model.js';
import { InvitationsService } from './invitations.service.js';
import { CurrentViewer, SignedIn, type Viewer } from './viewer.js';

@Resolver()
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @SignedIn()
  @Mutation(() => String, {
    description:
      'Invites someone; returns the single-use token (valid 7 days). Admins: any office and role; office admins: their office, up to OFFICE_ADMIN.',
  })
  inviteMember(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Whom to invite.' }) input: InviteMemberInput,
  ): Promise<string> {
    return this.invitations.invite(viewer, input);
  }

  @Mutation(() => SessionModel, { description: 'Accepts an invitation: creates the member and signs it in.' })
  acceptInvitation(
    @Args('input', { description: "The token and the new member's name and password." }) input: AcceptInvitationInput,
  ): Promise<SessionModel> {
    return this.invitations.accept(input);
  }
}
