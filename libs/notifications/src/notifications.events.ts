// What notifications tells the rest of the forum (real time tells each member's devices).
declare module '@forum/events' {
  interface ForumEvents {
    /** Notifications were stored for one event: one per member, none on a redelivery. */
    'notifications.created': NotificationsCreated;
  }
}

export interface NotificationsCreated {
  threadId: string;
  postId: string | null;
  /** createdAt (ISO) is absent from events published before it was carried. */
  notifications: { id: string; memberId: string; reason: string; createdAt?: string }[];
}
