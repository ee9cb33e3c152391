import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type express from 'express';
import { fileTypeFromFile } from 'file-type';
import multer from 'multer';
import type { Config } from '../config.js';
import { AppError } from './errors.js';
import type { FileStorage } from './files/storage.js';
import type { Logger } from './logger.js';
import { currentRequestId } from './request-context.js';

/** File uploads and downloads (resource files, application attachments): one set of rules for both. */

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What may be uploaded, by the type found in the file's bytes (the name and the browser's claim are ignored). */
const ALLOWED = new Map<string, string>([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/vnd.oasis.opendocument.presentation', 'odp'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
  ['image/gif', 'gif'],
]);

export function fail(res: express.Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra, requestId: currentRequestId() } }] });
}

/** The HTTP status of each typed error a file route answers in GraphQL's error shape. */
const HTTP_STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409, BAD_USER_INPUT: 400 };

/** A service's typed error (AppError) as a file route's HTTP answer, in GraphQL's error shape; anything else is thrown on. */
export function failWithAppError(res: express.Response, err: unknown): void {
  const code = err instanceof AppError ? String(err.extensions.code) : null;
  const status = code ? HTTP_STATUS[code] : undefined;
  if (!status) throw err;
  const { code: _code, ...extra } = (err as AppError).extensions;
  fail(res, status, code!, (err as AppError).message, extra);
}

/** Cross-site form posts carry no custom header; browsers cannot add it without CORS (CSRF defence). */
export function hasUploadHeader(req: express.Request, res: express.Response, domain: string): boolean {
  if (req.get('x-samhandling-upload')) return true;
  fail(res, 400, 'BAD_REQUEST', `${domain}/upload_header_missing`);
  return false;
}

export interface ReceivedFile {
  /** The bytes, in a temporary file (uploadTmpDir) that is removed when the response closes, whatever the outcome. */
  path: string;
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/** Where uploads wait for the storage: on the data folder's disk, not in memory (up to 20 MB each) nor in /tmp
 * (in a container often memory, or small). Nothing else lives there; `npm run backup` does not copy it. */
export const uploadTmpDir = (dataDir: string) => join(dataDir, 'tmp', 'uploads');

/** Removes temporary files a process left when it was killed mid-upload (at start; an hour old: another process
 * sharing the data folder may be receiving one now). */
export async function sweepStaleUploads(dataDir: string, logger: Logger, now = Date.now()): Promise<void> {
  const dir = uploadTmpDir(dataDir);
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    const st = await stat(path).catch(() => null);
    if (st?.isFile() && now - st.mtimeMs > 3_600_000) removed += await rm(path, { force: true }).then(() => 1, () => 0);
  }
  if (removed) logger.info({ removed }, 'removed temporary files of interrupted uploads');
}

/**
 * multer's storage engine for our uploads: the part is written to a temporary file as it arrives and hashed on the
 * way, so at most a few of busboy's 64 KB chunks are in memory and nothing is read twice. A part cut short (limit,
 * client gone) is removed here or by multer (`_removeFile`).
 */
function temporaryFiles(dir: string): multer.StorageEngine {
  return {
    _handleFile(_req, file, done) {
      const path = join(dir, `${randomUUID()}.upload`);
      const hash = createHash('sha256');
      const out = createWriteStream(path);
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, next) {
          hash.update(chunk);
          next(null, chunk);
        },
      });
      pipeline(file.stream, hashing, out).then(
        () => done(null, { path, size: out.bytesWritten, sha256: hash.digest('hex') } as Partial<Express.Multer.File>),
        (err: unknown) => void rm(path, { force: true }).finally(() => done(err)),
      );
    },
    _removeFile(_req, file, done) {
      rm(file.path, { force: true }).then(() => done(null), done);
    },
  };
}

/** Removes the temporary file once the response is over: sent (after the storage took the file or refused), or
 * the client gone. A stream already reading it keeps its descriptor, so an abort during the put does no harm. */
function removeWhenAnswered(res: express.Response, path: string): void {
  const remove = () => void rm(path, { force: true }).catch(() => {});
  if (res.closed) remove();
  else res.once('close', remove);
}

/**
 * Reads the multipart field `file` into a temporary file under the data folder (call it only after deciding the
 * caller may upload) and checks its type by content (its first bytes). Null when the refusal (413, 415, 400) has
 * been sent; its message key is `<domain>/<reason>`. Store the file with `putFile`, which streams it.
 */
export async function receiveFile(req: express.Request, res: express.Response, domain: string, services: { config: Pick<Config, 'dataDir'> }): Promise<ReceivedFile | null> {
  const dir = uploadTmpDir(services.config.dataDir);
  await mkdir(dir, { recursive: true });
  // Browsers send the file name as UTF-8 without saying so; busboy's default (latin1) made "Søknad" "SÃ¸knad".
  const parser = multer({ storage: temporaryFiles(dir), limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 }, defParamCharset: 'utf8' });
  return new Promise((resolve) => {
    const refuse = (status: number, code: string, key: string, extra?: Record<string, unknown>) => {
      fail(res, status, code, `${domain}/${key}`, extra);
      resolve(null);
    };
    parser.single('file')(req, res, async (err: unknown) => {
      const file = req.file as (Express.Multer.File & { sha256: string }) | undefined;
      if (file) removeWhenAnswered(res, file.path);
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') return refuse(413, 'PAYLOAD_TOO_LARGE', 'file_too_large', { maxBytes: MAX_FILE_BYTES });
      if (err) return refuse(400, 'BAD_USER_INPUT', 'upload_invalid');
      if (!file) return refuse(400, 'BAD_USER_INPUT', 'file_missing');
      const detected = await fileTypeFromFile(file.path).catch(() => undefined);
      if (!detected || !ALLOWED.has(detected.mime)) return refuse(415, 'BAD_USER_INPUT', 'file_type_not_allowed', { detected: detected?.mime ?? null });
      // NFC first: macOS sends "å" as "a" and a combining ring, which the filter below would split.
      const base = (file.originalname || 'fil').normalize('NFC').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N} ._-]+/gu, '').slice(0, 200) || 'fil';
      resolve({ path: file.path, filename: `${base}.${ALLOWED.get(detected.mime)}`, mimeType: detected.mime, size: file.size, sha256: file.sha256 });
    });
  });
}

/**
 * Streams a stored file (from disk or the bucket, after the caller's access check) with headers that keep a browser
 * from running it; PDFs and images open in place. 404 when the bytes are gone, 503 when the storage does not answer.
 */
export async function sendStoredFile(
  res: express.Response,
  storage: { files: FileStorage; logger: Logger },
  key: string,
  file: { mimeType: string; size: number; filename: string },
  cacheControl: string,
): Promise<void> {
  let body;
  try {
    body = await storage.files.get(key);
  } catch (err) {
    storage.logger.error({ err, key }, 'file storage not answering');
    // A download is a browser navigation: plain text, and a hint to try again shortly.
    res.status(503).setHeader('Retry-After', '5').type('text/plain').send('The file storage is not answering. Try again in a moment.');
    return;
  }
  if (!body) {
    storage.logger.warn({ key }, 'a file row without its bytes in the file storage');
    return notFound(res);
  }
  res.setHeader('Content-Type', file.mimeType);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', `${file.mimeType === 'application/pdf' || file.mimeType.startsWith('image/') ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  body.on('error', () => res.destroy()).pipe(res);
}

/** An upload the storage did not take (FileStorageError): the user may try again; `<domain>/storage_unavailable`. */
export function storageUnavailable(res: express.Response, logger: Logger, err: unknown, domain: string): void {
  logger.error({ err }, 'file storage did not take an upload');
  res.setHeader('Retry-After', '5');
  fail(res, 503, 'INTERNAL_SERVER_ERROR', `${domain}/storage_unavailable`);
}

export const notFound = (res: express.Response) => void res.status(404).type('text/plain').send('Not found');
