import { Field, InputType } from '@nestjs/graphql';
import { Role } from '../role.js';

@InputType('SignInInput', { description: 'E-mail (any case) and password.' })
export class SignInInput {
  @Field({ description: "The member's e-mail; case does not matter." })
  email!: string;

  @Field({ description: "The member's password." })
  password!: string;
}

@InputType('InviteMemberInput', { description: 'Whom to invite, with which role, into which office.' })
export class InviteMemberInput {
  @Field({ description: 'The e-mail the invitation is for.' })
  email!: string;

  @Field(() => Role, { description: 'The role the new member gets. Office admins may give MEMBER or OFFICE_ADMIN.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: "ST.3 code of the office; admins only. Default: the inviter's office.",
  })
  officeCode?: string | null;
}

@InputType('AcceptInvitationInput', { description: 'Accepting an invitation creates the member and signs it in.' })
export class AcceptInvitationInput {
  @Field({ description: 'The invitation token.' })
  token!: string;

  @Field({ description: "The name to show with the member's posts." })
  displayName!: string;

  @Field({ description: 'The new password, at least 12 characters.' })
  password!: string;
}

@InputType('CreateOfficeInput', { description: 'A new office (admins only).' })
export class CreateOfficeInput {
  @Field({ description: 'WIPO ST.3 two-letter code.' })
  code!: string;

  @Field({ description: "The office's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The office's region." })
  region?: string | null;
}

@InputType('UpdateOfficeInput', { description: 'Changes to an office (admins only); omitted fields stay as they are.' })
export class UpdateOfficeInput {
  @Field({ description: 'ST.3 code of the office to change.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The new name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The new region; an empty string clears it.' })
  region?: string | null;
}

@InputType('ChangePasswordInput', { description: "The signed-in member's current password and the new one." })
export class ChangePasswordInput {
  @Field({ description: 'The current password.' })
  currentPassword!: string;

  @Field({ description: 'The new password, at least 12 characters.' })
  newPassword!: string;
}

@InputType('ResetPasswordInput', { description: 'A one-time reset token (from the operator) and the new password.' })
export class ResetPasswordInput {
  @Field({ description: 'The token of the reset link (npm run admin -- reset-password <email>).' })
  token!: string;

  @Field({ description: 'The new password, at least 12 characters.' })
  newPassword!: string;
}
