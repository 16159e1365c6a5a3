import type { ForumEvents } from '@forum/events';

// What identity tells the rest of the forum about its writes (notifications; real time drops a revoked session's
// sockets and a deactivated member's subscriptions). None is about content: they carry no visibility.
declare module '@forum/events' {
  interface ForumEvents {
    'identity.invitation-created': { invitationId: string; officeId: string; role: string; invitedById: string };
    'identity.member-deactivated': { memberId: string; officeId: string; deactivatedById: string };
    'identity.member-reactivated': { memberId: string; officeId: string; reactivatedById: string };
    /** `officeId` is the new office. */
    'identity.member-moved': { memberId: string; officeId: string; fromOfficeId: string; movedById: string };
    /** `sessionId` is null when every session of the member ended at once (deactivation). */
    'identity.session-revoked': { memberId: string; sessionId: string | null; reason: string };
  }
}

/** The names of identity's events. */
export type IdentityEventName = Extract<keyof ForumEvents, `identity.${string}`>;
