// The events documents publishes: its consumers (text extraction here; search later) key on the content.
declare module '@forum/events' {
  interface ForumEvents {
    /** New content was stored (a second upload of the same bytes publishes nothing). */
    'documents.content-stored': { sha256: string; contentType: string; size: number; documentId: string };
  }
}

export {};
