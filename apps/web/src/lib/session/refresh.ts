import { sessionStore, type Session } from './session-store';

const REFRESH = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken accessTokenExpiresAt member { id displayName role office { code } } }
}`;

/** Seconds before expiry at which a token counts as expired (clock skew, a slow request). */
const MARGIN_MS = 30_000;

export const expiresSoon = (session: Session) => Date.parse(session.accessTokenExpiresAt) - MARGIN_MS < Date.now();

async function exchange(session: Session): Promise<Session | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: REFRESH, variables: { refreshToken: session.refreshToken } }),
  });
  const body = (await response.json()) as {
    data?: { refreshSession: Session } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  if (body.data?.refreshSession) return body.data.refreshSession;
  // A refused token ends the session; a passing outage (UNAVAILABLE) keeps it for the next try.
  const retriable = body.errors?.some((error) => error.extensions?.code === 'UNAVAILABLE');
  return retriable ? session : null;
}

/**
 * Exchanges the refresh token once for all tabs: under a Web Lock, re-read storage first; if another tab already
 * refreshed, its session is used.
 */
export async function refreshSession(): Promise<Session | null> {
  const run = async () => {
    const session = sessionStore.reload();
    if (!session || !expiresSoon(session)) return session;
    const next = await exchange(session);
    sessionStore.set(next);
    return next;
  };
  return navigator.locks ? navigator.locks.request('forum.session.refresh', run) : run();
}

/** Forces the next refresh (a token the API refused though not yet expired, e.g. after a restart of its key). */
export async function refreshAfterRefusal(): Promise<Session | null> {
  const session = sessionStore.reload();
  if (!session) return null;
  sessionStore.set({ ...session, accessTokenExpiresAt: new Date(0).toISOString() });
  return refreshSession();
}
