import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/graphql';
import { Role } from '../role.js';
import { OfficeModel } from './office.model.js';

@ObjectType('Invitation', {
  description: 'A pending invitation (admins: any office; office admins: their own). Its token is never shown again.',
})
export class InvitationModel {
  @Field(() => ID, { description: "The invitation's id (for revokeInvitation)." })
  id!: string;

  @Field({ description: 'The e-mail the invitation is for.' })
  email!: string;

  @Field(() => Role, { description: 'The role the new member gets.' })
  role!: Role;

  @Field(() => OfficeModel, { description: 'The office the new member joins.' })
  office!: OfficeModel;

  /** Resolved by InvitationsResolver.invitedBy through the members loader. */
  invitedById!: string | null;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'When it stops being valid (7 days after it was made).' })
  expiresAt!: Date;
}

@ObjectType('InvitationConnection', { description: 'A page of pending invitations, oldest first.' })
export class InvitationConnection extends ConnectionType(InvitationModel, 'Invitation') {}
