import type { Readable } from 'node:stream';
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Logger } from '../logger.js';
import { assertKey, assertPrefix, type FileStorage } from './storage.js';

export interface S3Settings {
  /** e.g. http://minio:9000; unset for AWS itself (then `region` picks the endpoint). */
  endpoint?: string;
  bucket: string;
  region: string;
  /** Unset: the SDK's own chain (AWS_ACCESS_KEY_ID …, an instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** http://host/bucket/key rather than http://bucket.host/key: MinIO and most S3-compatible servers want it. */
  forcePathStyle: boolean;
  /** Put every key under this folder of the bucket (one bucket for several installations). */
  prefix?: string;
}

// The SDK warns on Node 20 that versions published after January 2027 will need Node 22; the version in
// package.json is pinned, and the project supports Node 20.19 and later.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** S3's limit for one PutObject. */
const MAX_SINGLE_PUT_BYTES = 5 * 1024 ** 3;

const notFound = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

/** An S3-compatible bucket (AWS S3, MinIO, Ceph, Garage …), through the AWS SDK v3. Uploads and downloads stream. */
export class S3Storage implements FileStorage {
  readonly kind = 's3' as const;
  readonly client: S3Client;
  private readonly prefix: string;

  constructor(
    readonly settings: S3Settings,
    private readonly logger?: Logger,
  ) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      // Checksums only where S3 requires them: several S3-compatible servers do not understand the newer defaults.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // The SDK's warnings (e.g. a failed streamed PUT, which putFile tries again) in our log, not on the console.
      // Its info and error lines repeat every request and every error we handle (a missing key's 404).
      ...(logger ? { logger: { debug: () => {}, info: () => {}, error: () => {}, warn: (...m: unknown[]) => logger.warn({ s3: m.map(String) }, 'S3 client warning') } } : {}),
    });
    this.prefix = settings.prefix ? assertPrefix(settings.prefix.replace(/\/*$/, '/')) : '';
  }

  private key(key: string): string {
    return this.prefix + assertKey(key);
  }

  async put(key: string, body: Buffer | Readable, meta: { contentType?: string; size?: number } = {}): Promise<void> {
    const params = { Bucket: this.settings.bucket, Key: this.key(key), Body: body, ContentType: meta.contentType ?? 'application/octet-stream' };
    // A stream of known size (an upload's temporary file, a file being migrated) goes in one PUT, read as it is
    // sent. lib-storage's Upload reads a stream into 5 MB parts, up to four at once: a 20 MB upload would be in
    // memory whole. It stays for streams of unknown size and for what one PUT cannot take (over 5 GB).
    if (!Buffer.isBuffer(body) && meta.size !== undefined && meta.size <= MAX_SINGLE_PUT_BYTES) {
      await this.client.send(new PutObjectCommand({ ...params, ContentLength: meta.size }));
      return;
    }
    await new Upload({ client: this.client, params }).done();
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
      return res.Body as Readable;
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }))).ContentLength ?? 0;
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
  }

  /** One object at a time: DeleteObjects needs a Content-MD5 that not every S3-compatible server accepts in the
   * SDK's newer checksum form, and a resource has a handful of versions. */
  async deletePrefix(prefix: string): Promise<void> {
    for await (const { key } of this.list(assertPrefix(prefix))) await this.delete(key);
  }

  async *list(prefix = ''): AsyncIterable<{ key: string; size: number }> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: this.prefix + prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? []) if (o.Key) yield { key: o.Key.slice(this.prefix.length), size: o.Size ?? 0 };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (err) {
      if (!notFound(err)) throw new Error(`The file storage bucket ${this.settings.bucket} cannot be reached at ${this.settings.endpoint ?? 'AWS S3'}: ${(err as Error).name ?? ''} ${(err as Error).message ?? ''}`.trim());
      this.logger?.info({ bucket: this.settings.bucket }, 'creating the file storage bucket');
      await this.client.send(new CreateBucketCommand({ Bucket: this.settings.bucket }));
    }
  }
}
