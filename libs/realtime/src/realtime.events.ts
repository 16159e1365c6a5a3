import type { Viewer } from '@forum/identity';
import type { ContentVisibility } from '@forum/events';

/** What the server sends to clients (the contract's comment on real time). */
export interface ServerToClientEvents {
  /** To the member's own devices, for each new notification. */
  notification: (notification: { id: string; threadId: string; postId: string | null; reason: string }) => void;
  /** To clients in the thread's room that may see the thread. */
  'post.created': (post: { threadId: string; postId: string; parentId: string | null }) => void;
  /** To clients in the thread's room that may see the thread: a post was edited, deleted or reacted to. */
  'post.updated': (post: { threadId: string; postId: string; change: PostChange }) => void;
  /** To clients in the space's room that may see the thread. */
  'thread.created': (thread: { spaceSlug: string; threadId: string }) => void;
}

/** What changed in a post that clients already show. */
export type PostChange = 'EDITED' | 'DELETED' | 'REACTIONS';

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
  expiresAt?: Date;
}

/**
 * What the instance that took a delivery tells every instance (itself included), through socket.io's adapter
 * (`serverSideEmit`): GraphQL subscriptions and the sockets' rooms are per instance. Events about content carry the
 * visibility read at delivery; each subscriber is checked again against it.
 */
export type InstanceMessage =
  | {
      kind: 'post-created';
      threadId: string;
      postId: string;
      parentId: string | null;
      visibility: ContentVisibility;
    }
  | {
      kind: 'notifications-created';
      threadId: string;
      postId: string | null;
      visibility: ContentVisibility;
      notifications: { id: string; memberId: string; reason: string; createdAt: string }[];
    }
  | { kind: 'member-deactivated'; memberId: string }
  | { kind: 'session-revoked'; memberId: string; sessionId: string | null }
  | { kind: 'member-moved'; memberId: string; officeId: string };

/** The events instances send each other. */
export interface InterServerEvents {
  live: (message: InstanceMessage) => void;
}
