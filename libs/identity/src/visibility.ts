import { registerEnumType } from '@nestjs/graphql';

/** Who may see a piece of content; the rules live in visibility.policy.ts and nowhere else. */
export enum Visibility {
  PUBLIC = 'PUBLIC',
  COMMUNITY = 'COMMUNITY',
  OFFICES = 'OFFICES',
  OFFICE = 'OFFICE',
}

registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Who may see a piece of content. No role bypasses OFFICES or OFFICE.',
  valuesMap: {
    PUBLIC: { description: 'Anyone, signed in or not.' },
    COMMUNITY: { description: 'Every signed-in member of any office.' },
    OFFICES: { description: "The author's office plus the offices it is shared with." },
    OFFICE: { description: "The author's office only." },
  },
});
