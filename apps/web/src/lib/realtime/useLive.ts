import { useEffect, useLayoutEffect, useRef } from 'react';
import { live, type LiveEvents, type RoomTarget } from './live';

/**
 * Watches a thread's or a space's room while the component is shown, and calls `listener` for `event` (for that room
 * or any other the tab watches: filter by id), and `rejoined` when the room is joined again after a reconnection
 * (the events sent meanwhile are lost: read again). The listeners may change between renders without rejoining.
 */
export function useLive<E extends keyof LiveEvents>(
  target: RoomTarget | null,
  event: E,
  listener: LiveEvents[E],
  options: { rejoined?: () => void } = {},
): void {
  const latest = useRef(listener);
  const latestRejoined = useRef(options.rejoined);
  const readsAgain = Boolean(options.rejoined);
  useLayoutEffect(() => {
    latest.current = listener;
    latestRejoined.current = options.rejoined;
  });
  const key = target ? JSON.stringify(target) : null;
  useEffect(() => {
    if (!key) return;
    const room = JSON.parse(key) as RoomTarget;
    const stopWatching = live.watch(room, readsAgain ? () => latestRejoined.current?.() : undefined);
    const forward = ((...args: Parameters<LiveEvents[E]>) =>
      (latest.current as (...a: Parameters<LiveEvents[E]>) => void)(...args)) as LiveEvents[E];
    const stopListening = live.on(event, forward);
    return () => {
      stopListening();
      stopWatching();
    };
  }, [key, event, readsAgain]);
}
