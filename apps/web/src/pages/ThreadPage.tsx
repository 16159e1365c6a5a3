import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../app/paths';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { NotFound } from '../features/common/NotFound';
import { WatchControl } from '../features/notifications/WatchControl';
import { usePageTitle } from '../features/common/usePageTitle';
import { threadKindLabel, visibilityLabel } from '../features/threads/labels';
import { LazyComposer } from '../features/threads/LazyComposer';
import { buildPostTree } from '../features/threads/post-tree';
import { PostTree } from '../features/threads/PostTree';
import { ThreadContext, type PostMode, type ThreadContextValue } from '../features/threads/thread-context';
import { DeletePostDocument, EditPostDocument, ReplyDocument, ThreadPageDocument } from '../gql/graphql';
import { errorCode } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';
import { useLive } from '../lib/realtime/useLive';
import { useSession } from '../lib/session/useSession';

// The API's default page: with each post's revisions, reactions and files it stays within the query cost limit.
const PAGE_SIZE = 50;
const MODERATORS = new Set(['MODERATOR', 'ADMIN']);

/** A thread: its opening post and the tree of replies, live (new replies appear without reloading). */
export default function ThreadPage() {
  const { id = '' } = useParams();
  const { t, format, apiLanguage } = useI18n();
  const session = useSession();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ThreadPageDocument,
    variables: { id, lang: apiLanguage, first: PAGE_SIZE, after },
  });
  const thread = data?.thread;
  usePageTitle(thread?.title);

  const [mode, setMode] = useState<PostMode>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());
  const [arrivals, setArrivals] = useState(0);
  const [, reply] = useMutation(ReplyDocument);
  const [, edit] = useMutation(EditPostDocument);
  const [, remove] = useMutation(DeletePostDocument);

  // Someone else's reply (or ours from another tab): read the thread again; the cache keeps what did not change.
  useLive(
    thread ? { threadId: thread.id } : null,
    'post.created',
    (created) => {
      if (created.threadId !== id) return;
      setArrivals((count) => count + 1);
      refetch({ requestPolicy: 'network-only' });
    },
    // Back after a lost connection: replies, edits and reactions made meanwhile were not announced.
    { rejoined: () => refetch({ requestPolicy: 'network-only' }) },
  );
  // An edit, a deletion or a reaction elsewhere: read again, without counting it as a new reply.
  useLive(thread ? { threadId: thread.id } : null, 'post.updated', (updated) => {
    if (updated.threadId === id) refetch({ requestPolicy: 'network-only' });
  });

  const posts = useMemo(() => thread?.posts.edges.map((edge) => edge.node) ?? [], [thread]);
  const roots = useMemo(() => buildPostTree(posts), [posts]);
  const toggle = useCallback(
    (postId: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (!next.delete(postId)) next.add(postId);
        return next;
      }),
    [],
  );

  const context = useMemo<ThreadContextValue | null>(() => {
    if (!thread) return null;
    const isModerator = MODERATORS.has(session?.member.role ?? '');
    return {
      threadId: thread.id,
      contentLanguage: thread.language.toLowerCase(),
      canReply: Boolean(session) && (!thread.locked || isModerator),
      memberId: session?.member.id ?? null,
      isModerator,
      mode,
      setMode,
      collapsed,
      toggle,
      focusedId: focusedId ?? posts[0]?.id ?? null,
      setFocusedId,
      flagged,
      markFlagged: (postId) => setFlagged((current) => new Set(current).add(postId)),
      reply: async (parentPostId, body, attachments) =>
        (
          await reply({
            input: { threadId: thread.id, parentPostId, body, attachments, clientMutationId: crypto.randomUUID() },
          })
        ).error,
      edit: async (postId, body, attachments) => (await edit({ id: postId, body, attachments })).error,
      remove: async (postId) => (await remove({ id: postId })).error,
    };
  }, [thread, session, mode, collapsed, toggle, focusedId, posts, flagged, reply, edit, remove]);

  if (errorCode(error) === 'NOT_FOUND' || (data && !thread)) return <NotFound />;
  if (!thread || !context) return fetching ? <Loading /> : <ErrorNotice error={error} />;
  const recommendation = thread.space.recommendation;

  return (
    <ThreadContext.Provider value={context}>
      <div className="page">
        <p className="breadcrumbs">
          <Link to={paths.home()}>{t('common.nav.home')}</Link> ›{' '}
          <Link to={paths.space(thread.space.slug)}>
            {recommendation
              ? t('catalog.recommendation', { number: recommendation.number })
              : t('catalog.general.title')}
          </Link>
        </p>
        <h1 lang={thread.language.toLowerCase()}>{thread.title}</h1>
        <p className="meta">
          <span className="badge">{t(threadKindLabel(thread.kind))}</span>
          {thread.locked && <span className="badge locked">{t('threads.locked')}</span>}
          <span>{t('threads.list.by', { author: thread.author.displayName, office: thread.office.code })}</span>
          <span>
            <time dateTime={thread.createdAt}>{format.dateTime(thread.createdAt)}</time>
          </span>
          <span>
            {t(visibilityLabel(thread.visibility))}
            {thread.sharedWith.length > 0 && ` (${format.list(thread.sharedWith.map((office) => office.code))})`}
          </span>
          <span>{t.plural('threads.list.posts', thread.postCount)}</span>
        </p>
        {thread.tags.length > 0 && (
          <ul className="tags" aria-label={t('threads.tags')}>
            {thread.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
        <WatchControl target={{ threadId: thread.id }} />
        <p className="visually-hidden" role="status" aria-live="polite">
          {arrivals > 0 ? t('threads.live.updated') : ''}
        </p>

        <PostTree roots={roots} label={t('threads.tree.label')} />
        {thread.posts.pageInfo.hasNextPage && (
          <button type="button" disabled={fetching} onClick={() => setAfter(thread.posts.pageInfo.endCursor)}>
            {t('threads.more')}
          </button>
        )}

        {context.canReply ? (
          <section className="reply-to-thread" aria-labelledby="reply-to-thread">
            <h2 id="reply-to-thread">{t('threads.reply.toThread')}</h2>
            <LazyComposer
              label={t('threads.reply.toThreadLabel')}
              submitLabel={t('threads.reply.submit')}
              onSubmit={(body, attachments) => context.reply(null, body, attachments)}
            />
          </section>
        ) : !session ? (
          <p>
            <Link to={paths.signIn(paths.thread(thread.id))}>{t('threads.signInToReply')}</Link>
          </p>
        ) : (
          <p>{t('threads.lockedNotice')}</p>
        )}
      </div>
    </ThreadContext.Provider>
  );
}
