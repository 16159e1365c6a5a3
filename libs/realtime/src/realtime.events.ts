import type { Viewer } from '@forum/identity';

/** What the server sends to clients (the contract's comment on real time). */
export interface ServerToClientEvents {
  /** To the member's own devices, for each new notification. */
  notification: (notification: { id: string; threadId: string; postId: string | null; reason: string }) => void;
  /** To clients in the thread's room that may see the thread. */
  'post.created': (post: { threadId: string; postId: string; parentId: string | null }) => void;
  /** To clients in the space's room that may see the thread. */
  'thread.created': (thread: { spaceSlug: string; threadId: string }) => void;
}

/** The answer to `join` and `leave`: `error` is an extensions.code of the GraphQL API (NOT_FOUND, BAD_USER_INPUT). */
export type RoomAnswer = { ok: true } | { ok: false; error: string };

/** A room a client asks for: a thread or a space, exactly one. */
export interface RoomTarget {
  threadId?: string;
  spaceSlug?: string;
}

export interface ClientToServerEvents {
  join: (target: RoomTarget, ack: (answer: RoomAnswer) => void) => void;
  leave: (target: RoomTarget, ack: (answer: RoomAnswer) => void) => void;
}

/** What the handshake found out, kept for the socket's life. */
export interface SocketData {
  viewer: Viewer;
  sessionId?: string;
}
