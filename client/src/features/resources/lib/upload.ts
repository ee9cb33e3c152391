import type { Translator } from '@/app/errors';

/** The server's limit (server/src/common/uploads.ts): larger files are refused before sending. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What the server accepts, by the type it finds in the bytes; the browser's picker offers these. */
export const ACCEPTED_TYPES = [
  { mime: 'application/pdf', extensions: ['pdf'] },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  { mime: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  { mime: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
  { mime: 'image/png', extensions: ['png'] },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { mime: 'image/webp', extensions: ['webp'] },
  { mime: 'image/gif', extensions: ['gif'] },
] as const;

const EXTENSIONS: readonly string[] = ACCEPTED_TYPES.flatMap((t) => t.extensions);

/** For `<input type="file" accept>`: the types and their extensions. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_TYPES.flatMap((t) => [t.mime, ...t.extensions.map((e) => `.${e}`)]).join(',');

/** "PDF, DOCX, …" for the field's help text. */
export const ACCEPTED_LIST = EXTENSIONS.filter((e) => e !== 'jpeg')
  .map((e) => e.toUpperCase())
  .join(', ');

/**
 * What is wrong with the chosen file before it is sent (an i18n key), or null. Only the name and size can
 * be checked here; the server looks at the content and answers 415 for a disguised file.
 */
export function checkFile(file: Pick<File, 'name' | 'size'>): string | null {
  if (file.size > MAX_FILE_BYTES) return 'errors.messages.resource.file_too_large';
  if (file.size === 0) return 'resources.upload.empty';
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!extension || !EXTENSIONS.includes(extension)) return 'errors.messages.resource.file_type_not_allowed';
  return null;
}

export interface UploadedFile {
  version: number;
  filename: string;
  mimeType: string;
  size: number;
}

/** A failed upload: the HTTP status (0 when the request never got an answer) and the server's message key. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string | null,
  ) {
    super(`upload failed: ${status} ${serverMessage ?? ''}`.trim());
    this.name = 'UploadError';
  }
}

function serverMessageOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: unknown }[] };
    const message = parsed.errors?.[0]?.message;
    return typeof message === 'string' ? message : null;
  } catch {
    return null;
  }
}

const BY_STATUS: Record<number, string> = {
  0: 'errors.NETWORK',
  401: 'errors.messages.auth.not_signed_in',
  403: 'errors.messages.auth.forbidden',
  404: 'errors.messages.resource.not_found',
  413: 'errors.messages.resource.file_too_large',
  415: 'errors.messages.resource.file_type_not_allowed',
};

/** One translated sentence for a failed upload: the server's message key if known, else one for the status. */
export function describeUploadError(error: unknown, { t, te }: Translator): string {
  if (!(error instanceof UploadError)) return t('errors.UNKNOWN');
  const fromServer = error.serverMessage && /^[a-z_]+\/[a-z_]+$/.test(error.serverMessage) ? `errors.messages.${error.serverMessage.replace('/', '.')}` : null;
  if (fromServer && te(fromServer)) return t(fromServer);
  const byStatus = BY_STATUS[error.status];
  if (byStatus) return t(byStatus);
  return t(error.status >= 500 ? 'errors.INTERNAL_SERVER_ERROR' : 'errors.UNKNOWN');
}

export interface UploadHandle<T = UploadedFile> {
  promise: Promise<T>;
  abort: () => void;
}

/** Sends one file as a new version of the resource. */
export function uploadResourceFile(
  resourceId: string,
  file: Blob & { name?: string },
  onProgress: (fraction: number) => void,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): UploadHandle {
  return uploadFile<UploadedFile>(`/filer/ressurser/${encodeURIComponent(resourceId)}`, file, onProgress, createRequest);
}

/**
 * POSTs one file (multipart field `file`) to one of the server's upload paths. XMLHttpRequest, not fetch, because
 * only it reports upload progress (`onProgress` gets 0–1). The custom header is the server's CSRF guard; the
 * session cookie goes along. Resolves with the server's JSON answer.
 */
export function uploadFile<T>(
  path: string,
  file: Blob & { name?: string },
  onProgress: (fraction: number) => void,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): UploadHandle<T> {
  const xhr = createRequest();
  const promise = new Promise<T>((resolve, reject) => {
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-samhandling-upload', '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          onProgress(1);
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new UploadError(xhr.status, null));
        }
      } else {
        reject(new UploadError(xhr.status, serverMessageOf(xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new UploadError(0, null));
    xhr.onabort = () => reject(new UploadError(0, null));
    const body = new FormData();
    body.append('file', file, file.name ?? 'fil');
    xhr.send(body);
  });
  return { promise, abort: () => xhr.abort() };
}
