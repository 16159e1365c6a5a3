import { useSyncExternalStore } from 'react';
import { sessionStore, type Session } from './session-store';

const subscribe = (onChange: () => void) => sessionStore.subscribe(onChange);
const snapshot = () => sessionStore.get();

/** The signed-in session (null when signed out); re-renders on sign-in, refresh and sign-out, in any tab. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, snapshot);
}
