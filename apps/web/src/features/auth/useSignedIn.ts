import { useNavigate, useSearchParams } from 'react-router';
import type { SessionFieldsFragment } from '../../gql/graphql';
import { sessionStore } from '../../lib/session/session-store';

/** Only paths of this client: a `next` of another origin would make the sign-in page an open redirect. */
export const safeNext = (next: string | null) => (next && /^\/(?![/\\])/.test(next) ? next : '/');

/** Keeps the new session and goes on to `?next=` (or home). */
export function useSignedIn(): (session: SessionFieldsFragment) => void {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (session) => {
    sessionStore.set(session);
    void navigate(safeNext(params.get('next')), { replace: true });
  };
}
