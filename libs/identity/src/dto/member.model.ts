import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/graphql';
import { Role } from '../role.js';
import { OfficeModel } from './office.model.js';

@ObjectType('Member', { description: 'A member of the forum: a person on the staff of an IP office.' })
export class MemberModel {
  @Field(() => ID, { description: "The member's id." })
  id!: string;

  @Field({ description: "The name shown with the member's posts." })
  displayName!: string;

  @Field(() => Role, { description: 'What the member may do beyond its own posts.' })
  role!: Role;

  @Field(() => OfficeModel, { description: 'The office the member belongs to.' })
  office!: OfficeModel;

  /** Resolved by MembersResolver.email: for the member itself and its admins only. */
  email!: string;
  active!: boolean;
}

@ObjectType('MemberConnection', { description: 'A page of members, oldest first.' })
export class MemberConnection extends ConnectionType(MemberModel, 'Member') {}
