import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

/** Bytes `start` to `end`, both included (HTTP's byte ranges). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where the content of documents lives, addressed by its SHA-256. Metadata stays in PostgreSQL whatever the store;
 * a store only keeps bytes. Writes take the caller's transaction: PostgreSQL's store writes in it (the blob and its
 * document commit together), an object store writes outside it (an orphan object after a rollback is harmless: the
 * same content has the same key, and deletion goes by the blob rows).
 */
export interface BlobStore {
  /** Stores what `open()` streams (already hashed and checked: `size` bytes) under `sha256`. */
  put(tx: EntityManager, sha256: string, open: () => Readable, size: number): Promise<void>;
  /** The bytes of `range`, streamed. */
  read(sha256: string, range: ByteRange): Promise<Readable>;
  /** Forgets the content (its blob row is being deleted in `tx`). */
  remove(tx: EntityManager, sha256: string): Promise<void>;
  /**
   * A short-lived URL the client may fetch the content from itself, served as an attachment of this type and name;
   * null when this store streams through the API (PostgreSQL's; S3's unless S3_SIGNED_URL_SECONDS is set). Called
   * only after the caller's visibility check: whoever holds the URL reads the content until it expires.
   */
  signedUrl(sha256: string, served: { contentType: string; fileName: string }): Promise<string | null>;
}

/** Content-Disposition naming the file, in RFC 6266's UTF-8 form (RFC 5987 leaves ' ( ) * to be escaped too). */
export const contentDisposition = (kind: 'inline' | 'attachment', fileName: string) =>
  `${kind}; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** The injection token of the installation's blob store. */
export const BLOB_STORE = Symbol('BLOB_STORE');
