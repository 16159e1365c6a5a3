import { io, type Socket } from 'socket.io-client';
import { refreshAfterRefusal, refreshSession } from '../session/refresh';
import { sessionStore } from '../session/session-store';

/** What the API sends (libs/realtime/src/realtime.events.ts). */
export interface LiveEvents {
  notification: (notification: { id: string; threadId: string; postId: string | null; reason: string }) => void;
  'post.created': (post: { threadId: string; postId: string; parentId: string | null }) => void;
  'post.updated': (post: { threadId: string; postId: string; change: 'EDITED' | 'DELETED' | 'REACTIONS' }) => void;
  'thread.created': (thread: { spaceSlug: string; threadId: string }) => void;
}

export type RoomTarget = { threadId: string } | { spaceSlug: string };
type RoomAnswer = { ok: true } | { ok: false; error: string };

interface ClientEvents {
  join: (target: RoomTarget, ack: (answer: RoomAnswer) => void) => void;
  leave: (target: RoomTarget, ack: (answer: RoomAnswer) => void) => void;
}

const roomKey = (target: RoomTarget) =>
  'threadId' in target ? `thread:${target.threadId}` : `space:${target.spaceSlug}`;

interface Room {
  target: RoomTarget;
  watchers: number;
  /** Called when the room is joined again after a reconnection: what it sent meanwhile was lost (no replay). */
  rejoined: Set<() => void>;
}

/**
 * One socket.io connection per tab, opened on first use, authenticated with the current access token (anonymous
 * when signed out: public content only). Rooms are counted, so two components may watch one thread; after a
 * reconnection (or a new sign-in, which reconnects with the new token) every watched room is joined again, and its
 * watchers are told once it is, so that they read again what they show.
 */
class Live {
  private socket?: Socket<LiveEvents, ClientEvents>;
  private readonly rooms = new Map<string, Room>();
  private memberId = sessionStore.get()?.member.id ?? null;
  private retryDelayMs = 1_000;
  /** The one pending retry (a refusal and a close may both ask for one; two would open two sockets). */
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** The wait goes back to 1 s only once a connection has lasted, so a server that closes at once is not hammered. */
  private steadyTimer?: ReturnType<typeof setTimeout>;
  private connections = 0;

  constructor() {
    sessionStore.subscribe((session) => {
      const memberId = session?.member.id ?? null;
      if (memberId === this.memberId) return;
      this.memberId = memberId;
      // A new identity: the server decides the rooms' audiences at the handshake.
      if (this.socket) this.socket.disconnect().connect();
    });
  }

  watch(target: RoomTarget, rejoined?: () => void): () => void {
    const key = roomKey(target);
    let room = this.rooms.get(key);
    if (room) room.watchers++;
    else {
      room = { target, watchers: 1, rejoined: new Set() };
      this.rooms.set(key, room);
      if (this.connection().connected) this.join(room);
    }
    if (rejoined) room.rejoined.add(rejoined);
    return () => {
      const current = this.rooms.get(key);
      if (!current) return;
      if (rejoined) current.rejoined.delete(rejoined);
      current.watchers--;
      if (current.watchers > 0) return;
      this.rooms.delete(key);
      if (this.socket?.connected) this.socket.emit('leave', target, () => undefined);
    };
  }

  on<E extends keyof LiveEvents>(event: E, listener: LiveEvents[E]): () => void {
    const socket = this.connection();
    // socket.io's typed emitter wants the exact listener type of E.
    socket.on(event, listener as never);
    return () => void socket.off(event, listener as never);
  }

  /** Called after each (re)connection: what arrived while disconnected is to be read again (no replay). */
  onConnect(listener: () => void): () => void {
    const socket = this.connection();
    socket.on('connect', listener);
    return () => void socket.off('connect', listener);
  }

  /** After a reconnection, the watchers read again once the room is joined (from then on nothing is missed). */
  private join(room: Room, again = false): void {
    this.socket?.emit('join', room.target, (answer) => {
      if (answer.ok && again) for (const listener of room.rejoined) listener();
    });
  }

  private retry(socket: Socket<LiveEvents, ClientEvents>, refresh: () => Promise<unknown>): void {
    if (this.retryTimer) return;
    const delay = this.retryDelayMs;
    this.retryDelayMs = Math.min(delay * 2, 60_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void refresh().finally(() => {
        if (!socket.connected && !socket.active) socket.connect();
      });
    }, delay);
  }

  private connection(): Socket<LiveEvents, ClientEvents> {
    if (this.socket) return this.socket;
    const socket: Socket<LiveEvents, ClientEvents> = io({
      path: '/socket.io',
      transports: ['websocket'],
      // Read at every (re)connection, so a refreshed token is used.
      auth: (send) => send({ token: sessionStore.get()?.accessToken ?? '' }),
    });
    socket.on('connect', () => {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      clearTimeout(this.steadyTimer);
      this.steadyTimer = setTimeout(() => (this.retryDelayMs = 1_000), 10_000);
      this.connections += 1;
      for (const room of this.rooms.values()) this.join(room, this.connections > 1);
    });
    // A refused handshake is not retried by socket.io: the token was refused (expired, or its session ended), so
    // exchange it even if it does not look expired (a session that ended then signs the tab out), and try again,
    // waiting longer each time.
    socket.on('connect_error', () => {
      if (socket.active) return; // a transport error: socket.io reconnects by itself
      this.retry(socket, refreshAfterRefusal);
    });
    // Nor is a connection the server closed: at the end of its token (or of the session, which the handshake then
    // refuses), or when the instance stops. Come back the same way, with the token refreshed if it is expiring.
    socket.on('disconnect', (reason) => {
      clearTimeout(this.steadyTimer);
      if (reason === 'io server disconnect') this.retry(socket, refreshSession);
    });
    this.socket = socket;
    return socket;
  }
}

export const live = new Live();
