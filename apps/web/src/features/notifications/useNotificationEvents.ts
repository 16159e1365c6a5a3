import { useEffect, useLayoutEffect, useRef } from 'react';
import type { LiveEvents } from '../../lib/realtime/live';

/** The notification that arrived, or null after a (re)connection. */
type Listener = (notification: Parameters<LiveEvents['notification']>[0] | null) => void;

/**
 * Calls `listener` when a notification of the signed-in member arrives (socket.io's `notification` event, sent to
 * the member's own room, joined at connection) and after each (re)connection, when some may have been missed. The
 * socket.io client is loaded on demand: it is not part of the first page's JavaScript.
 */
export function useNotificationEvents(listener: Listener, enabled = true): void {
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let stop: (() => void) | undefined;
    void import('../../lib/realtime/live').then(({ live }) => {
      if (stopped) return;
      const offNotification = live.on('notification', (notification) => latest.current(notification));
      const offConnect = live.onConnect(() => latest.current(null));
      stop = () => {
        offNotification();
        offConnect();
      };
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [enabled]);
}
