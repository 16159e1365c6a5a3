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
  useNotificationEvents(() => refetch({ requestPolicy: 'network-only' }));
  const unread = data?.notifications.unreadCount ?? 0;
  const label = unread === 0 ? t('notifications.bell.none') : t.plural('notifications.bell', unread);
  return (
    <NavLink to={paths.notifications()} className="notification-bell" aria-label={label}>
      <span>{t('notifications.title')}</span>
      {unread > 0 && (
        <span className="unread-count" data-count={unread}>
          {format.number(unread)}
        </span>
      )}
    </NavLink>
  );
}

/** The header's link to the inbox with the unread count, kept live; nothing when signed out. */
export function NotificationBell() {
  const session = useSession();
  return session ? <Bell /> : null;
}
