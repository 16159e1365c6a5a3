import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { tooLarge } from './documents.errors.js';

/** An upload received to a temporary file: hashed and counted on the way, never held in memory whole. */
export interface ReceivedFile {
  path: string;
  size: number;
  sha256: string;
  /** Deletes the temporary file; safe to call twice. */
  discard(): Promise<void>;
}

/**
 * Streams `source` to a temporary file, hashing it and counting its bytes. Over `maxBytes` it stops at once
 * (throws `tooLarge`), so a huge upload is refused while it streams, not after.
 */
export async function receiveFile(source: Readable, { maxBytes }: { maxBytes: number }): Promise<ReceivedFile> {
  const folder = await mkdtemp(join(tmpdir(), 'forum-upload-'));
  const path = join(folder, 'content');
  const discard = () => rm(folder, { recursive: true, force: true });
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(path));
  } catch (error) {
    await discard();
    throw error;
  }
  return { path, size, sha256: hash.digest('hex'), discard };
}
