import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { fileTypeFromBuffer } from 'file-type';
import multer from 'multer';
import { can } from '../../common/auth/policies.js';
import { loadViewer } from '../../common/auth/session.js';
import type { AppServices } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { isUuid } from '../organisations/organisation.service.js';
import { Resource, ResourceFile } from './resource.entity.js';
import { canReadResource } from './resource.service.js';

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

function fail(res: express.Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** Upload (organisation members; each upload is a new version) and download (by the resource's access rule). */
export function resourceFilesRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { orm, config } = services;
  const filesDir = join(config.dataDir, 'files');
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });

  // Who may upload is settled before the body is read, so nobody can make the server hold 20 MB for nothing.
  router.post('/filer/ressurser/:id', async (req, res, next) => {
    // Cross-site form posts carry no custom header; browsers cannot add it without CORS (CSRF defence).
    if (!req.get('x-samhandling-upload')) return fail(res, 400, 'BAD_REQUEST', 'resource/upload_header_missing');
    const em = orm.em.fork() as EntityManager;
    const viewer = await loadViewer(em, config.sessionSecret, req.headers.cookie);
    if (!viewer.signedIn) return fail(res, 401, 'UNAUTHENTICATED', 'auth/not_signed_in');
    const resource = isUuid(req.params.id) ? await em.findOne(Resource, { id: req.params.id }) : null;
    if (!resource) return fail(res, 404, 'NOT_FOUND', 'resource/not_found');
    if (!can.resourceManage(viewer, resource.organisation.id)) return fail(res, 403, 'FORBIDDEN', 'auth/forbidden');
    res.locals.upload = { em, viewer, resource };
    upload.single('file')(req, res, (err: unknown) => {
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') return fail(res, 413, 'PAYLOAD_TOO_LARGE', 'resource/file_too_large', { maxBytes: MAX_FILE_BYTES });
      if (err) return fail(res, 400, 'BAD_USER_INPUT', 'resource/upload_invalid');
      next();
    });
  }, async (req, res) => {
    const { em, viewer, resource } = res.locals.upload as { em: EntityManager; viewer: Awaited<ReturnType<typeof loadViewer>>; resource: Resource };
    if (!req.file) return fail(res, 400, 'BAD_USER_INPUT', 'resource/file_missing');
    const detected = await fileTypeFromBuffer(req.file.buffer);
    if (!detected || !ALLOWED.has(detected.mime)) return fail(res, 415, 'BAD_USER_INPUT', 'resource/file_type_not_allowed', { detected: detected?.mime ?? null });

    const file = await em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(Resource, { id: resource.id }, { lockMode: 3 /* PESSIMISTIC_WRITE */ });
      const version = locked.currentVersion + 1;
      const dir = join(filesDir, locked.id);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, String(version)), req.file!.buffer);
      locked.currentVersion = version;
      const base = (req.file!.originalname || 'fil').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N} ._-]+/gu, '').slice(0, 200) || 'fil';
      return tx.create(ResourceFile, {
        resource: locked,
        version,
        filename: `${base}.${ALLOWED.get(detected.mime)}`,
        mimeType: detected.mime,
        size: req.file!.size,
        sha256: createHash('sha256').update(req.file!.buffer).digest('hex'),
        uploadedBy: tx.getReference(User, viewer.id!),
      });
    });
    res.status(201).json({ version: file.version, filename: file.filename, mimeType: file.mimeType, size: file.size });
  });

  const download = async (req: express.Request, res: express.Response) => {
    const em = orm.em.fork() as EntityManager;
    const viewer = await loadViewer(em, config.sessionSecret, req.headers.cookie);
    const resource = isUuid(String(req.params.id)) ? await em.findOne(Resource, { id: String(req.params.id) }) : null;
    // Not telling apart "does not exist" and "not yours to see".
    if (!resource || !(await canReadResource(em, viewer, resource))) return void res.status(404).type('text/plain').send('Not found');
    const version = req.params.version ? Number(req.params.version) : resource.currentVersion;
    const file = Number.isInteger(version) ? await em.findOne(ResourceFile, { resource, version }) : null;
    if (!file) return void res.status(404).type('text/plain').send('Not found');
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `${file.mimeType === 'application/pdf' || file.mimeType.startsWith('image/') ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    // Public files may be cached, but are revalidated each time: access can change to members-only.
    res.setHeader('Cache-Control', resource.access === 'PUBLIC' ? 'public, no-cache' : 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    createReadStream(join(filesDir, resource.id, String(file.version))).on('error', () => res.destroy()).pipe(res);
  };
  router.get('/filer/ressurser/:id', download);
  router.get('/filer/ressurser/:id/v/:version', download);
  return router;
}
