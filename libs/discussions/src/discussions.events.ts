import type { ContentVisibility } from '@forum/events';
import type { ThreadVisibility } from './discussion.rows.js';
import type { FlagStatus, ReactionKind } from './thread-kind.js';

// What discussions tells the rest of the forum (notifications, real time, search) about its writes. Every event
// carries the visibility of its thread as of the write; consumers check each recipient again when they deliver.
declare module '@forum/events' {
  interface ForumEvents {
    'discussions.thread-started': { threadId: string; spaceId: string; openingPostId: string; authorId: string };
    'discussions.post-created': { postId: string; threadId: string; parentPostId: string | null; authorId: string };
    'discussions.post-edited': { postId: string; threadId: string; editorId: string };
    'discussions.post-deleted': { postId: string; threadId: string; deletedById: string };
    'discussions.thread-locked': { threadId: string; locked: boolean; moderatorId: string };
    'discussions.thread-pinned': { threadId: string; pinned: boolean; moderatorId: string };
    'discussions.thread-moved': { threadId: string; fromSpaceId: string; toSpaceId: string; moderatorId: string };
    /** Who may see the thread changed (its report's or strategy's owner narrowed or widened it). */
    'discussions.thread-visibility-changed': { threadId: string; changedById: string };
    'discussions.flag-raised': { flagId: string; postId: string; threadId: string; memberId: string };
    'discussions.flag-resolved': {
      flagId: string;
      postId: string;
      threadId: string;
      decision: FlagStatus;
      moderatorId: string;
    };
    /** A member added (`reacted: true`) or took back a reaction; sent also when it changed nothing. */
    'discussions.reaction-changed': {
      postId: string;
      threadId: string;
      memberId: string;
      kind: ReactionKind;
      reacted: boolean;
    };
  }
}

/** The visibility an event about content carries: its thread's. */
export const contentVisibility = (thread: ThreadVisibility): ContentVisibility => ({
  visibility: thread.visibility,
  officeId: thread.office_id,
  sharedWithOfficeIds: thread.shared_with_office_ids,
});
