import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Readable } from 'node:stream';
import { contentDisposition, type BlobStore, type ByteRange } from './blob-store.js';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** 0: downloads stream through the API; otherwise signed URLs valid this many seconds. */
  signedUrlSeconds?: number;
  /** The endpoint signed URLs name (as browsers reach the bucket); the endpoint itself when absent. */
  publicEndpoint?: string;
}

/**
 * Content in an S3-compatible bucket (MinIO, AWS, any S3 protocol server), one object per SHA-256 under
 * "sha256/<hex>". Uploads stream in multipart parts (lib-storage: one 5 MiB part in flight and the next filling), reads
 * ask the bucket for the byte range wanted. Writes happen outside the database transaction: a rollback leaves an
 * object no blob row names, and the next upload of the same content overwrites it with the same bytes.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  /** Signs URLs for browsers: a signature covers the host, so it is made for the endpoint they will call. */
  private readonly publicClient: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = clientFor(settings, settings.endpoint);
    const publicEndpoint = settings.publicEndpoint ?? settings.endpoint;
    this.publicClient = publicEndpoint === settings.endpoint ? this.client : clientFor(settings, publicEndpoint);
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

  /**
   * A presigned GET: the bucket serves the object with the type and an attachment disposition fixed in the
   * signature (the bucket's origin sends no nosniff or CSP of ours, so nothing is shown inline there), uncached.
   */
  async signedUrl(sha256: string, served: { contentType: string; fileName: string }): Promise<string | null> {
    const seconds = this.settings.signedUrlSeconds ?? 0;
    if (seconds <= 0) return null;
    const command = new GetObjectCommand({
      Bucket: this.settings.bucket,
      Key: keyOf(sha256),
      ResponseContentType: served.contentType,
      ResponseContentDisposition: contentDisposition('attachment', served.fileName),
      ResponseCacheControl: 'private, no-store',
    });
    return getSignedUrl(this.publicClient, command, { expiresIn: seconds });
  }

  destroy(): void {
    this.client.destroy();
    if (this.publicClient !== this.client) this.publicClient.destroy();
  }
}

function clientFor(settings: S3Settings, endpoint: string): S3Client {
  return new S3Client({
    endpoint,
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

const keyOf = (sha256: string) => `sha256/${sha256}`;
