import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { can } from '../../common/auth/policies.js';
import { loadViewer } from '../../common/auth/session.js';
import { fail, hasUploadHeader, notFound, receiveFile, sendStoredFile, storageUnavailable } from '../../common/uploads.js';
import { FileStorageError, putFile } from '../../common/files/storage.js';
import { fileKeys } from '../../common/files/keys.js';
import { createContext, type AppServices } from '../../context.js';
import { moderatedResource, shownTo } from '../moderation/hidden.js';
import { User } from '../accounts/user.entity.js';
import { isUuid } from '../../common/sql.js';
import { Resource, ResourceFile } from './resource.entity.js';
import { canReadResource } from './resource.service.js';

export { MAX_FILE_BYTES } from '../../common/uploads.js';

/** Upload (organisation members; each upload is a new version) and download (by the resource's access rule). */
export function resourceFilesRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { orm, config, files } = services;

  // Who may upload is settled before the body is read, so nobody can make the server hold 20 MB for nothing.
  router.post('/filer/ressurser/:id', async (req, res) => {
    if (!hasUploadHeader(req, res, 'resource')) return;
    const em = orm.em.fork() as EntityManager;
    const viewer = await loadViewer(em, config.sessionSecret, req.headers.cookie);
    if (!viewer.signedIn) return fail(res, 401, 'UNAUTHENTICATED', 'auth/not_signed_in');
    const resource = isUuid(req.params.id) ? await em.findOne(Resource, { id: req.params.id }) : null;
    if (!resource) return fail(res, 404, 'NOT_FOUND', 'resource/not_found');
    if (!can.resourceManage(viewer, resource.organisation.id)) return fail(res, 403, 'FORBIDDEN', 'auth/forbidden');
    const received = await receiveFile(req, res, 'resource', services);
    if (!received) return;

    let file: ResourceFile;
    try {
      file = await em.transactional(async (tx) => {
        const locked = await tx.findOneOrFail(Resource, { id: resource.id }, { lockMode: 3 /* PESSIMISTIC_WRITE */ });
        const version = locked.currentVersion + 1;
        // Stored before the row commits: a failed store leaves no version without bytes (at worst a stray file).
        await putFile(files, fileKeys.resourceVersion(locked.id, version), received);
        locked.currentVersion = version;
        const { path: _path, ...meta } = received;
        return tx.create(ResourceFile, { resource: locked, version, ...meta, uploadedBy: tx.getReference(User, viewer.id!) });
      });
    } catch (err) {
      if (err instanceof FileStorageError) return storageUnavailable(res, services.logger, err, 'resource');
      throw err;
    }
    res.status(201).json({ version: file.version, filename: file.filename, mimeType: file.mimeType, size: file.size });
  });

  const download = async (req: express.Request, res: express.Response) => {
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    const { em, viewer } = ctx;
    const resource = isUuid(String(req.params.id)) ? await em.findOne(Resource, { id: String(req.params.id) }) : null;
    // Not telling apart "does not exist" and "not yours to see".
    // A hidden resource's file: only to its moderators, by the rule its page uses (modules/moderation).
    if (!resource || !(await shownTo(ctx, moderatedResource(resource))) || !(await canReadResource(em, viewer, resource))) return notFound(res);
    const version = req.params.version ? Number(req.params.version) : resource.currentVersion;
    const file = Number.isInteger(version) ? await em.findOne(ResourceFile, { resource, version }) : null;
    if (!file) return notFound(res);
    // Public files may be cached, but are revalidated each time: access can change to members-only.
    await sendStoredFile(res, services, fileKeys.resourceVersion(resource.id, file.version), file, resource.access === 'PUBLIC' ? 'public, no-cache' : 'private, no-store');
  };
  router.get('/filer/ressurser/:id', download);
  router.get('/filer/ressurser/:id/v/:version', download);
  return router;
}
