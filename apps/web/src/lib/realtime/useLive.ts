import { useEffect, useLayoutEffect, useRef } from 'react';
import { live, type LiveEvents, type RoomTarget } from './live';

/**
 * Watches a thread's or a space's room while the component is shown, and calls `listener` for `event` (for that room
 * or any other the tab watches: filter by id). The listener may change between renders without rejoining.
 */
export function useLive<E extends keyof LiveEvents>(
  target: RoomTarget | null,
  event: E,
  listener: LiveEvents[E],
): void {
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  const key = target ? JSON.stringify(target) : null;
  useEffect(() => {
    if (!key) return;
    const room = JSON.parse(key) as RoomTarget;
    const stopWatching = live.watch(room);
    const forward = ((...args: Parameters<LiveEvents[E]>) =>
      (latest.current as (...a: Parameters<LiveEvents[E]>) => void)(...args)) as LiveEvents[E];
    const stopListening = live.on(event, forward);
    return () => {
      stopListening();
      stopWatching();
    };
  }, [key, event]);
}
