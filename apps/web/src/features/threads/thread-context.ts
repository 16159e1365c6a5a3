import { createContext, useContext } from 'react';
import type { CombinedError } from 'urql';

/** What a post is showing below itself: one at a time in the whole thread. */
export type PostMode = { kind: 'reply' | 'edit' | 'flag' | 'delete'; postId: string } | null;

export interface ThreadContextValue {
  threadId: string;
  /** The language the thread is written in (BCP 47, lower case): posts are marked with it for screen readers. */
  contentLanguage: string;
  /** Signed in, and the thread takes replies (or the reader moderates). */
  canReply: boolean;
  memberId: string | null;
  isModerator: boolean;
  mode: PostMode;
  setMode(mode: PostMode): void;
  collapsed: ReadonlySet<string>;
  toggle(postId: string): void;
  /** The post that has the keyboard (the tree's single tab stop). */
  focusedId: string | null;
  setFocusedId(postId: string): void;
  /** Flags sent in this visit (the API answers CONFLICT to a second one). */
  flagged: ReadonlySet<string>;
  markFlagged(postId: string): void;
  reply(parentPostId: string | null, body: string, attachments: string[]): Promise<CombinedError | undefined>;
  edit(postId: string, body: string, attachments: string[]): Promise<CombinedError | undefined>;
  remove(postId: string): Promise<CombinedError | undefined>;
}

export const ThreadContext = createContext<ThreadContextValue | null>(null);

export function useThread(): ThreadContextValue {
  const thread = useContext(ThreadContext);
  if (!thread) throw new Error('useThread outside a thread');
  return thread;
}
