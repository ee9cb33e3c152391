import express from 'express';
import { fail, failWithAppError, hasUploadHeader, notFound, receiveFile, sendStoredFile, storageUnavailable, type ReceivedFile } from '../../common/uploads.js';
import { fileKeys } from '../../common/files/keys.js';
import { FileStorageError, putFile, type FileStorage } from '../../common/files/storage.js';
import { createContext, type AppServices, type Context } from '../../context.js';
import { isUuid } from '../../common/sql.js';
import { GrantApplication, GrantAttachment } from './grant.entity.js';
import { GrantApplicationService } from './application.service.js';
import { GrantAccess } from './grant.access.js';

/** Remove the bytes of deleted attachments (after the rows are gone; a failure only leaves a stray file). */
export function removeAttachmentFile(files: FileStorage, attachmentId: string): Promise<void> {
  return files.delete(fileKeys.grantAttachment(attachmentId));
}

/** What an attachment's owner (an application, a report) offers its upload route. */
interface AttachmentOwner {
  /** Throws unless the viewer may attach to it now. */
  attachable(id: string): Promise<unknown>;
  /** Stores the file (`store`) and its row, or neither. */
  attach(id: string, file: Omit<ReceivedFile, 'path'>, store: (attachmentId: string) => Promise<void>): Promise<{ id: string; filename: string; mimeType: string; size: number }>;
}

/** The upload route of a grant attachment (an application's, a report's): who may upload is settled before the body is read. */
export function attachmentUpload(services: AppServices, key: (attachmentId: string) => string, owner: (ctx: Context) => AttachmentOwner): express.RequestHandler<{ id: string }> {
  return async (req, res) => {
    if (!hasUploadHeader(req, res, 'grant')) return;
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    if (!ctx.viewer.signedIn) return fail(res, 401, 'UNAUTHENTICATED', 'auth/not_signed_in');
    const service = owner(ctx);
    try {
      await service.attachable(req.params.id);
      const received = await receiveFile(req, res, 'grant', services);
      if (!received) return;
      const { path: _path, ...meta } = received;
      const attachment = await service.attach(req.params.id, meta, (attachmentId) => putFile(services.files, key(attachmentId), received));
      res.status(201).json({ id: attachment.id, filename: attachment.filename, mimeType: attachment.mimeType, size: attachment.size });
    } catch (err) {
      if (err instanceof FileStorageError) return storageUnavailable(res, services.logger, err, 'grant');
      failWithAppError(res, err);
    }
  };
}

/**
 * Application attachments: uploaded by the applicant organisation while the application can be edited;
 * fetched by the organisation and by reviewers who have declared no conflict of interest, like the rest of
 * the application's content. Others get 404, whether or not it exists.
 */
export function grantFilesRouter(services: AppServices): express.Router {
  const router = express.Router();

  router.post('/filer/soknader/:id', attachmentUpload(services, fileKeys.grantAttachment, (ctx) => new GrantApplicationService(ctx)));

  router.get('/filer/soknader/:id/vedlegg/:attachmentId', async (req, res) => {
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    const { id, attachmentId } = req.params;
    const app = isUuid(id) ? await ctx.em.findOne(GrantApplication, { id }) : null;
    const attachment = app && isUuid(attachmentId) ? await ctx.em.findOne(GrantAttachment, { id: attachmentId, application: app }) : null;
    if (!app || !attachment || !(await new GrantAccess(ctx).contentVisible(app))) return notFound(res);
    await sendStoredFile(res, services, fileKeys.grantAttachment(attachment.id), attachment, 'private, no-store');
  });
  return router;
}
