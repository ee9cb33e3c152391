import { describe, expect, it } from 'vitest';
import { ACCEPT_ATTRIBUTE, checkFile, describeUploadError, MAX_FILE_BYTES, UploadError, uploadResourceFile } from './upload';

const messages: Record<string, string> = {
  'errors.NETWORK': 'network',
  'errors.UNKNOWN': 'unknown',
  'errors.INTERNAL_SERVER_ERROR': 'server',
  'errors.messages.resource.file_too_large': 'too large',
  'errors.messages.resource.file_type_not_allowed': 'wrong type',
  'errors.messages.auth.not_signed_in': 'sign in',
};
const translator = { t: (key: string) => messages[key] ?? key, te: (key: string) => key in messages };

describe('checkFile', () => {
  it('refuses files over the limit before sending', () => {
    expect(checkFile({ name: 'stor.pdf', size: MAX_FILE_BYTES + 1 })).toBe('errors.messages.resource.file_too_large');
    expect(checkFile({ name: 'akkurat.pdf', size: MAX_FILE_BYTES })).toBeNull();
  });

  it('refuses empty files and names without an accepted extension', () => {
    expect(checkFile({ name: 'tom.pdf', size: 0 })).toBe('resources.upload.empty');
    expect(checkFile({ name: 'program.exe', size: 10 })).toBe('errors.messages.resource.file_type_not_allowed');
    expect(checkFile({ name: 'uten-endelse', size: 10 })).toBe('errors.messages.resource.file_type_not_allowed');
    expect(checkFile({ name: 'Bilde.JPEG', size: 10 })).toBeNull();
  });

  it('offers the accepted types to the file picker', () => {
    expect(ACCEPT_ATTRIBUTE).toContain('application/pdf');
    expect(ACCEPT_ATTRIBUTE).toContain('.docx');
  });
});

describe('describeUploadError', () => {
  it('uses the server message key, else the status', () => {
    expect(describeUploadError(new UploadError(415, 'resource/file_type_not_allowed'), translator)).toBe('wrong type');
    expect(describeUploadError(new UploadError(413, null), translator)).toBe('too large');
    expect(describeUploadError(new UploadError(401, 'auth/unknown_key'), translator)).toBe('sign in');
    expect(describeUploadError(new UploadError(0, null), translator)).toBe('network');
    expect(describeUploadError(new UploadError(502, null), translator)).toBe('server');
    expect(describeUploadError(new Error('boom'), translator)).toBe('unknown');
  });
});

/** Just enough of XMLHttpRequest to drive the upload by hand. */
class FakeRequest {
  method = '';
  url = '';
  withCredentials = false;
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

describe('uploadResourceFile', () => {
  it('posts the file with the guard header and reports progress', async () => {
    const fake = new FakeRequest();
    const progress: number[] = [];
    const handle = uploadResourceFile('abc', new File(['%PDF-1.4'], 'veileder.pdf'), (f) => progress.push(f), () => fake as unknown as XMLHttpRequest);
    expect(fake.method).toBe('POST');
    expect(fake.url).toBe('/filer/ressurser/abc');
    expect(fake.withCredentials).toBe(true);
    expect(fake.headers['x-samhandling-upload']).toBe('1');
    expect((fake.body?.get('file') as File).name).toBe('veileder.pdf');
    fake.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    fake.answer(201, { version: 1, filename: 'veileder.pdf', mimeType: 'application/pdf', size: 8 });
    await expect(handle.promise).resolves.toEqual({ version: 1, filename: 'veileder.pdf', mimeType: 'application/pdf', size: 8 });
    expect(progress).toEqual([0.5, 1]);
  });

  it('rejects with the status and the server message key', async () => {
    const fake = new FakeRequest();
    const handle = uploadResourceFile('abc', new File(['x'], 'x.pdf'), () => undefined, () => fake as unknown as XMLHttpRequest);
    fake.answer(415, { errors: [{ message: 'resource/file_type_not_allowed', extensions: { code: 'BAD_USER_INPUT' } }] });
    await expect(handle.promise).rejects.toMatchObject({ status: 415, serverMessage: 'resource/file_type_not_allowed' });
  });

  it('rejects as a network problem when there is no answer', async () => {
    const fake = new FakeRequest();
    const handle = uploadResourceFile('abc', new File(['x'], 'x.pdf'), () => undefined, () => fake as unknown as XMLHttpRequest);
    fake.onerror?.();
    await expect(handle.promise).rejects.toMatchObject({ status: 0 });
  });
});
