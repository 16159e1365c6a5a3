import type { EmailFrequency } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';

/** How often a member may be e-mailed, most often first. */
export const EMAIL_FREQUENCIES: EmailFrequency[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'];
export const emailFrequencyLabel = (frequency: EmailFrequency): MessageKey => `settings.email.frequency.${frequency}`;
