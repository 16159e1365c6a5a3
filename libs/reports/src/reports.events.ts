import type { ContentVisibility } from '@forum/events';
import type { Visibility } from '@forum/identity';

// What reports and strategies tell the rest of the forum (notifications, search ...) about their writes, in the
// writing transaction (the outbox). Each carries the visibility the share and its thread have.
declare module '@forum/events' {
  interface ForumEvents {
    'reports.strategy-published': { strategyId: string; threadId: string; officeId: string; authorId: string };
    'reports.strategy-versioned': { strategyId: string; threadId: string; version: number; authorId: string };
    'reports.strategy-reviewed': {
      strategyId: string;
      threadId: string;
      reviewId: string;
      year: number;
      authorId: string;
    };
    'reports.report-posted': { reportId: string; threadId: string; officeId: string; authorId: string };
    'reports.report-edited': { reportId: string; threadId: string; editorId: string };
    /** A strategy or report (with its thread) changed visibility; the event carries the new one. */
    'reports.share-visibility-changed': {
      kind: 'strategy' | 'report';
      id: string;
      threadId: string;
      changedById: string;
    };
  }
}

/** The visibility an event about a share carries: its own, which is its thread's. */
export const shareVisibility = (share: {
  visibility: Visibility;
  officeId: string;
  sharedWithOfficeIds: string[];
}): ContentVisibility => ({
  visibility: share.visibility,
  officeId: share.officeId,
  sharedWithOfficeIds: share.sharedWithOfficeIds,
});
