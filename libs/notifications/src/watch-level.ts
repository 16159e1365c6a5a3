import { registerEnumType } from '@nestjs/graphql';

/** How closely a member follows a topic. */
export enum WatchLevel {
  WATCHING = 'WATCHING',
  TRACKING = 'TRACKING',
  MUTED = 'MUTED',
}

registerEnumType(WatchLevel, {
  name: 'WatchLevel',
  description:
    'How closely a member follows a topic; the most specific subscription decides (thread, tag, space, office).',
  valuesMap: {
    WATCHING: { description: 'Every new post.' },
    TRACKING: { description: 'New threads only.' },
    MUTED: { description: 'Nothing, overriding broader subscriptions (replies and mentions included).' },
  },
});

/** Why a member was notified (Notification.reason). */
export enum NotificationReason {
  /** Someone mentioned the member or its office. */
  MENTION = 'MENTION',
  /** Someone replied to the member's post. */
  REPLY = 'REPLY',
  /** A new post in a thread the member watches. */
  WATCHING = 'WATCHING',
  /** A new thread in something the member watches or tracks. */
  NEW_THREAD = 'NEW_THREAD',
}
