import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/**
 * Where uploaded files live, behind one interface: the local disk under DATA_DIR (the default, one machine) or an
 * S3-compatible bucket (several machines: FILE_STORAGE=s3). Callers name files by key (`<resource id>/<version>`,
 * `grant-attachments/<id>`, see keys.ts); access checks stay with the callers, which stream files through the app.
 */
export interface FileStorage {
  readonly kind: 'disk' | 's3';
  /** Stores `body` under `key`, replacing what was there; a stream whose `size` is given is sent as it is read. */
  put(key: string, body: Buffer | Readable, meta?: { contentType?: string; size?: number }): Promise<void>;
  /** The file's bytes as a stream, or null when there is no such file. */
  get(key: string): Promise<Readable | null>;
  /** Size in bytes, or null when there is no such file. */
  size(key: string): Promise<number | null>;
  /** Removes the file; a missing file is no error. */
  delete(key: string): Promise<void>;
  /** Removes every file whose key starts with `prefix` (which must end with `/`). */
  deletePrefix(prefix: string): Promise<void>;
  /** Every key (with its size) under `prefix`, for migrations and backups. */
  list(prefix?: string): AsyncIterable<{ key: string; size: number }>;
  /** Checks the storage can be reached (and makes the bucket if it is missing). */
  check(): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** Keys are relative paths of plain segments: nothing can name a file outside the storage (no `..`, no `/x`). */
export function assertKey(key: string): string {
  if (!KEY.test(key) || key.split('/').some((s) => s === '.' || s === '..')) throw new Error(`invalid file key: ${JSON.stringify(key)}`);
  return key;
}

export function assertPrefix(prefix: string): string {
  if (!prefix.endsWith('/')) throw new Error(`a prefix ends with /: ${JSON.stringify(prefix)}`);
  assertKey(prefix.slice(0, -1));
  return prefix;
}

/** The storage failed (disk full, bucket not answering): the caller answers 503, the user may try again. */
export class FileStorageError extends Error {
  constructor(what: string, cause: unknown) {
    super(`file storage: ${what} failed: ${(cause as Error)?.message ?? cause}`, { cause });
    this.name = 'FileStorageError';
  }
}

/**
 * Stores an upload (receiveFile's temporary file), streamed from the disk; any failure as a FileStorageError. Three
 * tries, each reading the file afresh: the S3 client does not retry a request whose body is a stream it has read.
 */
export async function putFile(files: FileStorage, key: string, file: { path: string; mimeType: string; size: number }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const body = createReadStream(file.path);
    try {
      await files.put(key, body, { contentType: file.mimeType, size: file.size });
      return;
    } catch (err) {
      if (attempt === PUT_ATTEMPTS) throw new FileStorageError(`storing ${key}`, err);
    } finally {
      body.destroy(); // a storage that failed before reading it all leaves it open
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}

const PUT_ATTEMPTS = 3;
