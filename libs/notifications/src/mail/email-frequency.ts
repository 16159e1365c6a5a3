import { registerEnumType } from '@nestjs/graphql';

/** How often a member wants e-mail about its notifications. */
export enum EmailFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  NONE = 'NONE',
}

/** What a member who never chose gets. */
export const DEFAULT_EMAIL_FREQUENCY = EmailFrequency.DAILY;

registerEnumType(EmailFrequency, {
  name: 'EmailFrequency',
  description: 'How often a member is e-mailed about its notifications.',
  valuesMap: {
    IMMEDIATE: { description: 'One e-mail per notification, as it happens.' },
    DAILY: { description: "A digest of each day's notifications (UTC days), the next morning. The default." },
    WEEKLY: { description: "A digest of each week's notifications (Monday to Sunday, UTC), on Monday." },
    NONE: { description: 'No e-mail about notifications.' },
  },
});
