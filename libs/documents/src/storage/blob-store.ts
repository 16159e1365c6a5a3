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
}

/** The injection token of the installation's blob store. */
export const BLOB_STORE = Symbol('BLOB_STORE');
