import type { IpRight, StandardImplementation } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';

/** The API's enum values as the standards pages say them (each a message key: test/messages.spec.ts checks them). */
export const IP_RIGHTS: IpRight[] = ['PATENTS', 'TRADEMARKS', 'INDUSTRIAL_DESIGNS'];
export const ipRightLabel = (right: IpRight): MessageKey => `standards.ipRight.${right}`;

export const IMPLEMENTATIONS: StandardImplementation[] = [
  'IMPLEMENTED',
  'PARTLY_IMPLEMENTED',
  'PLANNED',
  'NOT_IMPLEMENTED',
];
export const implementationLabel = (status: StandardImplementation): MessageKey => `standards.status.${status}`;
