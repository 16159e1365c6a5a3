import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { ChunksRepository, CHUNK_BYTES } from './chunks.repository.js';
import type { BlobStore, ByteRange } from './blob-store.js';

/**
 * Content in PostgreSQL, in CHUNK_BYTES pieces: written a piece at a time as the source streams, read a piece at a
 * time as the client takes them (backpressure), so neither side holds a whole file. Every API instance sees the
 * same files and the embedded database needs no other component.
 */
@Injectable()
export class PostgresBlobStore implements BlobStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly chunks: ChunksRepository,
  ) {}

  async put(tx: EntityManager, sha256: string, open: () => Readable): Promise<void> {
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (all: boolean) => {
      while (pendingBytes >= CHUNK_BYTES || (all && pendingBytes > 0)) {
        const joined = Buffer.concat(pending);
        const piece = joined.subarray(0, CHUNK_BYTES);
        const rest = joined.subarray(piece.length);
        await this.chunks.insert(tx, sha256, seq++, piece);
        pending = rest.length ? [Buffer.from(rest)] : [];
        pendingBytes = rest.length;
      }
    };
    for await (const data of open()) {
      pending.push(data as Buffer);
      pendingBytes += (data as Buffer).length;
      await flush(false);
    }
    await flush(true);
  }

  async read(sha256: string, range: ByteRange): Promise<Readable> {
    const db = this.dataSource.manager;
    const chunks = this.chunks;
    async function* pieces() {
      for (let seq = Math.floor(range.start / CHUNK_BYTES); seq * CHUNK_BYTES <= range.end; seq++) {
        const data = await chunks.piece(db, sha256, seq);
        if (!data) throw new Error(`Content ${sha256} lacks piece ${seq}`);
        const offset = seq * CHUNK_BYTES;
        yield data.subarray(Math.max(0, range.start - offset), Math.min(data.length, range.end - offset + 1));
      }
    }
    return Readable.from(pieces(), { objectMode: false });
  }

  async remove(tx: EntityManager, sha256: string): Promise<void> {
    await this.chunks.removeAll(tx, sha256);
  }

  /** PostgreSQL's content is only ever streamed through the API. */
  signedUrl(): Promise<null> {
    return Promise.resolve(null);
  }
}
