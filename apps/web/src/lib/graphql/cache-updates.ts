import type { Cache, UpdatesConfig } from '@urql/exchange-graphcache';

/** Drops every cached page of `field` on `entity` (all argument combinations): the next read asks the API. */
function invalidatePages(cache: Cache, entity: { __typename: string; id: string }, field: string): void {
  const key = cache.keyOfEntity(entity);
  if (!key) return;
  for (const info of cache.inspectFields(key))
    if (info.fieldName === field) cache.invalidate(key, info.fieldName, info.arguments ?? undefined);
}

function invalidateRootField(cache: Cache, field: string): void {
  for (const info of cache.inspectFields('Query'))
    if (info.fieldName === field) cache.invalidate('Query', info.fieldName, info.arguments ?? undefined);
}

type Args = Record<string, unknown>;
const threadIdOf = (args: Args) => (args.input as { threadId?: string } | undefined)?.threadId;
/** The space of a new thread, when the mutation's selection asked for it (`space { id }`). */
const spaceIdOf = (thread: unknown) => (thread as { space?: { id?: string } } | null | undefined)?.space?.id;

/**
 * What a mutation changes beyond the entities it returns (those graphcache updates by id): lists that now have one
 * more item. Pages that show them fetch again. Mutations that start threads select `space { id }` for this.
 */
export const cacheUpdates: UpdatesConfig = {
  Mutation: {
    reply(_result, args, cache) {
      const threadId = threadIdOf(args);
      if (threadId) invalidatePages(cache, { __typename: 'Thread', id: threadId }, 'posts');
    },
    startThread(result, _args, cache) {
      const spaceId = spaceIdOf(result.startThread);
      if (spaceId) invalidatePages(cache, { __typename: 'Space', id: spaceId }, 'threads');
    },
    // Notifications, subscriptions and the administrators' lists: the answer says too little to patch the lists
    // (a count, a token, a boolean); their pages ask again.
    markNotificationsRead(_result, _args, cache) {
      invalidateRootField(cache, 'notifications');
    },
    subscribe(_result, _args, cache) {
      invalidateRootField(cache, 'mySubscriptions');
    },
    unsubscribe(_result, _args, cache) {
      invalidateRootField(cache, 'mySubscriptions');
    },
    setMemberRole(_result, _args, cache) {
      invalidateRootField(cache, 'members');
    },
    deactivateMember(_result, _args, cache) {
      invalidateRootField(cache, 'members');
    },
    reactivateMember(_result, _args, cache) {
      invalidateRootField(cache, 'members');
    },
    inviteMember(_result, _args, cache) {
      invalidateRootField(cache, 'invitations');
    },
    revokeInvitation(_result, _args, cache) {
      invalidateRootField(cache, 'invitations');
    },
    resolveFlag(_result, _args, cache) {
      invalidateRootField(cache, 'flagQueue');
    },
    setEmailSettings(_result, _args, cache) {
      invalidateRootField(cache, 'myEmailSettings');
    },
    postExperienceReport(result, _args, cache) {
      const report = result.postExperienceReport as { thread?: unknown } | null;
      const spaceId = spaceIdOf(report?.thread);
      if (spaceId) invalidatePages(cache, { __typename: 'Space', id: spaceId }, 'threads');
      invalidateRootField(cache, 'experienceReports');
      invalidateRootField(cache, 'recommendations');
    },
  },
};
