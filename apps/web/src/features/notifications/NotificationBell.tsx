import { useState } from 'react';
import { NavLink } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { UnreadNotificationsDocument } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/useSession';
import { useNotificationEvents } from './useNotificationEvents';
import './notifications.css';

function Bell() {
  const { t, format } = useI18n();
  const [{ data }, refetch] = useQuery({ query: UnreadNotificationsDocument });
  // Notifications heard of since the count was last read: counted at once, without waiting for the API's answer
  // (a new count replaces them). Ids, because an event may come twice (at least once).
  const [heard, setHeard] = useState<{ count: unknown; ids: ReadonlySet<string> }>({ count: data, ids: new Set() });
  if (heard.count !== data) setHeard({ count: data, ids: new Set() });
  useNotificationEvents((notification) => {
    if (notification) setHeard((current) => ({ ...current, ids: new Set(current.ids).add(notification.id) }));
    refetch({ requestPolicy: 'network-only' });
  });
  const unread = (data?.notifications.unreadCount ?? 0) + (heard.count === data ? heard.ids.size : 0);
  // The accessible name is the visible text and a word: "Notifications 3 unread" (no aria-label that would differ
  // from what sighted users read).
  return (
    <NavLink to={paths.notifications()} className="notification-bell">
      <span>{t('notifications.title')}</span>
      {unread > 0 && (
        <>
          {' '}
          <span className="unread-count">{format.number(unread)}</span>
          <span className="visually-hidden"> {t('notifications.bell.unread')}</span>
        </>
      )}
    </NavLink>
  );
}

/** The header's link to the inbox with the unread count, kept live; nothing when signed out. */
export function NotificationBell() {
  const session = useSession();
  return session ? <Bell /> : null;
}
