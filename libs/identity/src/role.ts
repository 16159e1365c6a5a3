import { registerEnumType } from '@nestjs/graphql';

/** What a member may do beyond reading and writing in its own name (see docs/security.md). */
export enum Role {
  MEMBER = 'MEMBER',
  OFFICE_ADMIN = 'OFFICE_ADMIN',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: "A member's role. No role lets anyone see content of offices it is not shared with.",
  valuesMap: {
    MEMBER: { description: 'Reads and writes in its own name.' },
    OFFICE_ADMIN: {
      description: 'Also invites members into its own office (as MEMBER or OFFICE_ADMIN) and manages them.',
    },
    MODERATOR: { description: 'Also moderates the content it can see.' },
    ADMIN: { description: 'Manages offices, every member, invitations into any office, and reads the audit log.' },
  },
});
