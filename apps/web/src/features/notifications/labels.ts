import type { WatchLevel } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';

/** Why a notification was made (Notification.reason); a reason added later is named 'notifications.reason.other'. */
export const REASONS = ['MENTION', 'REPLY', 'WATCHING', 'NEW_THREAD'] as const;
export const reasonLabel = (reason: string): MessageKey =>
  (REASONS as readonly string[]).includes(reason)
    ? (`notifications.reason.${reason as (typeof REASONS)[number]}` as const)
    : 'notifications.reason.other';

/** The levels offered: a thread has no new threads to track. DEFAULT is no subscription of its own. */
export const SPACE_LEVELS: WatchLevel[] = ['WATCHING', 'TRACKING', 'MUTED'];
export const THREAD_LEVELS: WatchLevel[] = ['WATCHING', 'MUTED'];
export const WATCH_LEVELS: WatchLevel[] = ['WATCHING', 'TRACKING', 'MUTED'];
export const levelLabel = (level: WatchLevel | 'DEFAULT'): MessageKey => `notifications.level.${level}`;
