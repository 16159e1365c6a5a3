// The events documents publishes: its consumers (text extraction here; search later) key on the content.
declare module '@forum/events' {
  interface ForumEvents {
    /** New content was stored (a second upload of the same bytes publishes nothing). */
    'documents.content-stored': { sha256: string; contentType: string; size: number; documentId: string };
    /** A document was attached to a post (published with the visibility of the post's thread). */
    'documents.attached': { documentId: string; postId: string; threadId: string; sha256: string };
    /** A document was taken off its post (an edit, or the post deleted); its file goes unless shared. */
    'documents.removed': { documentId: string; postId: string; threadId: string; sha256: string };
    /**
     * A document became the newest version of an ICT strategy's or experience report's documents (published with
     * the visibility of the strategy or report; `threadId` is its thread).
     */
    'documents.version-added': {
      documentId: string;
      sha256: string;
      holder: 'strategy' | 'report';
      holderId: string;
      threadId: string;
      version: number;
    };
  }
}

export {};
