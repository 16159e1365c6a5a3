import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { BlobStore, ByteRange } from './blob-store.js';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

/**
 * Content in an S3-compatible bucket (MinIO, AWS, any S3 protocol server), one object per SHA-256 under
 * "sha256/<hex>". Uploads stream in multipart parts (lib-storage: one 5 MiB part in flight and the next filling), reads
 * ask the bucket for the byte range wanted. Writes happen outside the database transaction: a rollback leaves an
 * object no blob row names, and the next upload of the same content overwrites it with the same bytes.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: true,
      // Checksums only where S3 requires them: many S3-compatible servers know no flexible checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(settings.accessKeyId && settings.secretAccessKey
        ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
        : {}),
    });
  }

  async put(_tx: unknown, sha256: string, open: () => Readable): Promise<void> {
    await new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: keyOf(sha256), Body: open() },
      queueSize: 1,
    }).done();
  }

  async read(sha256: string, range: ByteRange): Promise<Readable> {
    const answer = await this.client.send(
      new GetObjectCommand({
        Bucket: this.settings.bucket,
        Key: keyOf(sha256),
        Range: `bytes=${range.start}-${range.end}`,
      }),
    );
    if (!(answer.Body instanceof Readable)) throw new Error(`No body for content ${sha256}`);
    return answer.Body;
  }

  async remove(_tx: unknown, sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: keyOf(sha256) }));
  }

  destroy(): void {
    this.client.destroy();
  }
}

const keyOf = (sha256: string) => `sha256/${sha256}`;
