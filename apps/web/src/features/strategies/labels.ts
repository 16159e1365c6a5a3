import type { GoalStatus, Language, StrategyStatus } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';

/** The API's enum values as the strategy pages say them (each a message key: test/messages.spec.ts checks them). */
export const STRATEGY_STATUSES: StrategyStatus[] = ['CURRENT', 'UPCOMING', 'SUPERSEDED', 'EXPIRED'];
export const strategyStatusLabel = (status: StrategyStatus): MessageKey => `strategies.status.${status}`;

export const GOAL_STATUSES: GoalStatus[] = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'ACHIEVED', 'DROPPED'];
export const goalStatusLabel = (status: GoalStatus): MessageKey => `strategies.goalStatus.${status}`;

/** The fields strategyDiff names in `changes`. */
export const DIFF_FIELDS = ['title', 'periodStart', 'periodEnd', 'language', 'summary', 'goals', 'body'] as const;
export const diffFieldLabel = (field: string): MessageKey | null =>
  (DIFF_FIELDS as readonly string[]).includes(field) ? (`strategies.field.${field}` as MessageKey) : null;

/** Content languages a filter offers (their names come from Intl in the interface language). */
export const CONTENT_LANGUAGES: Language[] = ['EN', 'FR', 'ES', 'RU', 'ZH', 'AR'];
