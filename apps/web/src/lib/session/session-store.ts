/**
 * The signed-in session, kept in localStorage so that it survives reloads and is shared by the tabs of one browser.
 * Access tokens live 15 minutes; the refresh token rotates (each one works once), so only one tab refreshes at a
 * time (a Web Lock) and the others pick the new tokens up from storage.
 */
export interface SessionMember {
  id: string;
  displayName: string;
  role: string;
  office: { code: string };
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** ISO date-time. */
  accessTokenExpiresAt: string;
  member: SessionMember;
}

const KEY = 'forum.session';
type Listener = (session: Session | null) => void;

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

class SessionStore {
  private current: Session | null = read();
  private readonly listeners = new Set<Listener>();

  constructor() {
    // Another tab signed in, refreshed or signed out.
    window.addEventListener('storage', (event) => {
      if (event.key === KEY) this.update(read(), { persist: false });
    });
  }

  get(): Session | null {
    return this.current;
  }

  /** Re-reads storage (another tab may have refreshed the tokens meanwhile). */
  reload(): Session | null {
    this.update(read(), { persist: false });
    return this.current;
  }

  set(session: Session | null): void {
    this.update(session, { persist: true });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(session: Session | null, { persist }: { persist: boolean }): void {
    if (persist) {
      if (session) localStorage.setItem(KEY, JSON.stringify(session));
      else localStorage.removeItem(KEY);
    }
    if (JSON.stringify(session) === JSON.stringify(this.current)) return;
    this.current = session;
    for (const listener of this.listeners) listener(session);
  }
}

export const sessionStore = new SessionStore();
