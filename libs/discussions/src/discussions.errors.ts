import { badInput, conflict, forbidden, notFound } from '@forum/core';

/**
 * Why discussions refused, as clients see it in `extensions.reason`: one FORBIDDEN (a locked thread, someone else's
 * post) or CONFLICT (a deleted post, a flag settled already) told from another. Stable words: clients branch on them.
 * NOT_FOUND has one reason per kind of thing, the same whether it does not exist or may not be seen.
 */
export const DiscussionsReason = {
  THREAD_NOT_FOUND: 'discussions.thread-not-found',
  POST_NOT_FOUND: 'discussions.post-not-found',
  FLAG_NOT_FOUND: 'discussions.flag-not-found',
  UNKNOWN_SPACE: 'discussions.unknown-space',
  THREAD_LOCKED: 'discussions.thread-locked',
  NOT_AUTHOR: 'discussions.not-author',
  MODERATORS_ONLY: 'discussions.moderators-only',
  POST_DELETED: 'discussions.post-deleted',
  ALREADY_FLAGGED: 'discussions.already-flagged',
  FLAG_RESOLVED: 'discussions.flag-resolved',
  REPLY_TOO_DEEP: 'discussions.reply-too-deep',
  PARENT_NOT_IN_THREAD: 'discussions.parent-not-in-thread',
  PARENT_DELETED: 'discussions.parent-deleted',
  SHARED_WITH_NOT_OFFICES: 'discussions.shared-with-needs-offices',
} as const;
export type DiscussionsReason = (typeof DiscussionsReason)[keyof typeof DiscussionsReason];

export const threadNotFound = () => notFound('Thread not found').because(DiscussionsReason.THREAD_NOT_FOUND);
export const postNotFound = () => notFound('Post not found').because(DiscussionsReason.POST_NOT_FOUND);
export const flagNotFound = () => notFound('Flag not found').because(DiscussionsReason.FLAG_NOT_FOUND);

/** startThread names a space that does not exist: NOT_FOUND, as for any unknown thing asked for. */
export const spaceNotFound = (slug: string) => notFound(`No space "${slug}"`).because(DiscussionsReason.UNKNOWN_SPACE);
/** moveThread names a space that does not exist: the argument is wrong. */
export const unknownSpace = (slug: string) =>
  badInput(`No space "${slug}"`, { field: 'spaceSlug' }).because(DiscussionsReason.UNKNOWN_SPACE);

export const threadLocked = () => forbidden('The thread is locked').because(DiscussionsReason.THREAD_LOCKED);
export const notAuthor = () =>
  forbidden('Only the author or a moderator may change this post').because(DiscussionsReason.NOT_AUTHOR);
export const moderatorsOnly = (what: string) =>
  forbidden(`Only moderators ${what}`).because(DiscussionsReason.MODERATORS_ONLY);

export const postDeleted = () => conflict('The post is deleted').because(DiscussionsReason.POST_DELETED);
export const alreadyFlagged = () =>
  conflict('You flagged this post already').because(DiscussionsReason.ALREADY_FLAGGED);
export const flagResolved = () => conflict('The flag is resolved already').because(DiscussionsReason.FLAG_RESOLVED);

export const replyTooDeep = (maxDepth: number) =>
  badInput(`Replies nest at most ${maxDepth} levels deep: answer a post higher up`, { field: 'parentPostId' }).because(
    DiscussionsReason.REPLY_TOO_DEEP,
  );
export const parentNotInThread = () =>
  badInput('parentPostId is not a post of this thread', { field: 'parentPostId' }).because(
    DiscussionsReason.PARENT_NOT_IN_THREAD,
  );
export const parentDeleted = () =>
  badInput('A deleted post takes no replies', { field: 'parentPostId' }).because(DiscussionsReason.PARENT_DELETED);
export const sharedWithNeedsOffices = () =>
  badInput('sharedWith goes with visibility OFFICES only', { field: 'sharedWith' }).because(
    DiscussionsReason.SHARED_WITH_NOT_OFFICES,
  );
