import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../app/paths';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { RequireSignIn } from '../features/common/RequireSignIn';
import { usePageTitle } from '../features/common/usePageTitle';
import { reasonLabel } from '../features/notifications/labels';
import { useNotificationEvents } from '../features/notifications/useNotificationEvents';
import { InboxDocument, MarkNotificationsReadDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import '../features/notifications/notifications.css';

const PAGE_SIZE = 20;

function Inbox() {
  const { t, format } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  // Cursors of the pages seen: "older" goes on, "newer" comes back; a new arrival shows on the first page.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: InboxDocument,
    variables: { first: PAGE_SIZE, after: cursors.at(-1) ?? null, unreadOnly },
  });
  const [marking, mark] = useMutation(MarkNotificationsReadDocument);
  useNotificationEvents(() => refetch({ requestPolicy: 'network-only' }));

  const show = (onlyUnread: boolean) => {
    setUnreadOnly(onlyUnread);
    setCursors([null]);
  };
  const inbox = data?.notifications;
  if (!inbox) return fetching ? <Loading /> : <ErrorNotice error={error} />;

  return (
    <>
      <div className="inbox-tools">
        <div role="group" aria-label={t('notifications.show')}>
          <span aria-hidden="true">{t('notifications.show')}:</span>
          <button type="button" aria-pressed={!unreadOnly} onClick={() => show(false)}>
            {t('notifications.show.all')}
          </button>
          <button type="button" aria-pressed={unreadOnly} onClick={() => show(true)}>
            {t('notifications.show.unread')}
          </button>
        </div>
        <button
          type="button"
          disabled={inbox.unreadCount === 0 || marking.fetching}
          onClick={() => void mark({ all: true })}
        >
          {t('notifications.markAllRead')}
        </button>
      </div>
      <ErrorNotice error={marking.error} />
      <p className="count" role="status">
        {t.plural('notifications.count', inbox.totalCount, { unread: inbox.unreadCount })}
      </p>
      {inbox.edges.length === 0 ? (
        <p className="empty">{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</p>
      ) : (
        <ol className="inbox">
          {inbox.edges.map(({ node }) => {
            const unread = !node.readAt;
            return (
              <li key={node.id}>
                <article
                  className={unread ? 'inbox-item unread' : 'inbox-item'}
                  aria-labelledby={`notification-${node.id}`}
                >
                  <p className="meta">
                    <span className="badge">{t(reasonLabel(node.reason))}</span>
                    {unread && <span className="badge unread">{t('notifications.unread')}</span>}
                    <time dateTime={node.createdAt}>{format.dateTime(node.createdAt)}</time>
                  </p>
                  <h2 id={`notification-${node.id}`}>
                    <Link
                      to={paths.thread(node.thread.id, node.post?.id)}
                      lang={node.thread.language.toLowerCase()}
                      onClick={() => {
                        if (unread) void mark({ ids: [node.id] });
                      }}
                    >
                      {node.thread.title}
                    </Link>
                  </h2>
                  <p className="meta">
                    {node.post && <span>{t('notifications.by', { author: node.post.author.displayName })}</span>}
                    <span>{node.thread.office.code}</span>
                    {unread && (
                      <button
                        type="button"
                        className="link"
                        disabled={marking.fetching}
                        onClick={() => void mark({ ids: [node.id] })}
                      >
                        {t('notifications.markRead')}
                      </button>
                    )}
                  </p>
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {(cursors.length > 1 || inbox.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label={t('notifications.paging')}>
          <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('notifications.newer')}
          </button>
          <button
            type="button"
            disabled={!inbox.pageInfo.hasNextPage}
            onClick={() => setCursors([...cursors, inbox.pageInfo.endCursor ?? null])}
          >
            {t('notifications.older')}
          </button>
        </nav>
      )}
    </>
  );
}

/** The member's notifications, newest first, live; each opens its thread (and is marked read). */
export default function InboxPage() {
  const { t } = useI18n();
  usePageTitle(t('notifications.title'));
  return (
    <RequireSignIn>
      <div className="page">
        <h1>{t('notifications.title')}</h1>
        <Inbox />
      </div>
    </RequireSignIn>
  );
}
