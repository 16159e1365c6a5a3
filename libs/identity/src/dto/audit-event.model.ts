import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from './json-object.scalar.js';
import { ConnectionType } from '@forum/graphql';
import { AuditKind } from '../audit-event.entity.js';

registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'What an audit log entry records.',
  valuesMap: {
    SIGN_IN: { description: 'A member signed in with its password.' },
    SIGN_IN_FAILED: { description: 'A sign-in was refused (wrong password, unknown e-mail or deactivated member).' },
    SIGN_IN_LOCKED: {
      description:
        'Sign-ins were refused from then on: for an e-mail from one address, or from an address (details.scope).',
    },
    SIGN_IN_SLOWED: { description: 'An e-mail failed from many addresses: attempts from unfamiliar ones are slowed.' },
    SIGN_IN_UNLOCKED: { description: 'An admin cleared the sign-in failures of an e-mail, an address, or both.' },
    PASSWORD_CHANGED: { description: 'A member changed its password.' },
    PASSWORD_RESET: { description: "An operator reset a member's password (npm run admin -- reset-password)." },
    SIGN_OUT: { description: 'A member signed out.' },
    REFRESH_REUSED: { description: 'A rotated refresh token was presented again: its session was revoked.' },
    INVITATION_CREATED: { description: 'Someone was invited.' },
    INVITATION_ACCEPTED: { description: 'An invitation was accepted and the member created.' },
    INVITATION_REVOKED: { description: 'An invitation was revoked before it was accepted.' },
    ROLE_CHANGED: { description: "A member's role changed." },
    MEMBER_DEACTIVATED: { description: 'A member was deactivated.' },
    MEMBER_REACTIVATED: { description: 'A member was reactivated.' },
    MEMBER_MOVED: { description: 'A member was moved to another office (details: from, to).' },
    OFFICE_CREATED: { description: 'An office was added.' },
    OFFICE_UPDATED: { description: 'An office was changed.' },
    ADMIN_BOOTSTRAPPED: { description: 'The first administrator was created at first start.' },
    THREAD_LOCKED: { description: 'A moderator locked a thread.' },
    THREAD_UNLOCKED: { description: 'A moderator unlocked a thread.' },
    THREAD_PINNED: { description: 'A moderator pinned a thread.' },
    THREAD_UNPINNED: { description: 'A moderator unpinned a thread.' },
    THREAD_MOVED: { description: 'A moderator moved a thread to another space.' },
    FLAG_RESOLVED: { description: 'A moderator decided on a flagged post (details.decision).' },
    POST_REMOVED: { description: "A moderator removed someone else's post." },
  },
});

@ObjectType('AuditEvent', { description: 'An entry of the audit log (admins only).' })
export class AuditEventModel {
  @Field(() => ID, { description: "The entry's id." })
  id!: string;

  @Field({ description: 'When it happened.' })
  at!: Date;

  @Field(() => AuditKind, { description: 'What happened.' })
  kind!: AuditKind;

  @Field(() => ID, { nullable: true, description: 'The member who acted; null for anonymous attempts and the system.' })
  actorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The member acted upon.' })
  memberId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The office concerned.' })
  officeId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The e-mail concerned (also unknown ones, for failed sign-ins).',
  })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "The client's IP address, for sign-ins." })
  ip!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Details of the event (role before and after, invitation id ...).' })
  details!: Record<string, unknown>;
}

@ObjectType('AuditEventConnection', { description: 'A page of the audit log, newest first.' })
export class AuditEventConnection extends ConnectionType(AuditEventModel, 'AuditEvent') {}
