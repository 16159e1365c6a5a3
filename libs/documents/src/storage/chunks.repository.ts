import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';

/** The size of one stored piece: small enough to stream, large enough that a 25 MiB file is 100 rows. */
export const CHUNK_BYTES = 256 * 1024;

const SHA = 'a'.repeat(64);

/** PostgreSQL's blob store: every statement on document_chunk. */
@Injectable()
export class ChunksRepository {
  @SqlSnapshot({ params: [SHA, 0, Buffer.from('piece')] })
  async insert(db: EntityManager, sha256: string, seq: number, data: Buffer): Promise<void> {
    await db.query('INSERT INTO document_chunk (sha256, seq, data) VALUES ($1, $2, $3)', [sha256, seq, data]);
  }

  @SqlSnapshot({ params: [SHA, 0] })
  async piece(db: EntityManager, sha256: string, seq: number): Promise<Buffer | null> {
    const rows = (await db.query('SELECT data FROM document_chunk WHERE sha256 = $1 AND seq = $2', [sha256, seq])) as {
      data: Buffer;
    }[];
    return rows[0]?.data ?? null;
  }

  @SqlSnapshot({ params: [SHA] })
  async removeAll(db: EntityManager, sha256: string): Promise<void> {
    await db.query('DELETE FROM document_chunk WHERE sha256 = $1', [sha256]);
  }
}
