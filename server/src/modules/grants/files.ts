import express from 'express';
import { AppError } from '../../common/errors.js';
import { fail, hasUploadHeader, notFound, receiveFile, sendStoredFile, storageUnavailable } from '../../common/uploads.js';
import { fileKeys } from '../../common/files/keys.js';
import { FileStorageError, putFile, type FileStorage } from '../../common/files/storage.js';
import { createContext, type AppServices } from '../../context.js';
import { isUuid } from '../../common/sql.js';
import { GrantApplication, GrantAttachment } from './grant.entity.js';
import { GrantApplicationService } from './application.service.js';
import { GrantAccess } from './grant.access.js';

const HTTP_STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409, BAD_USER_INPUT: 400 };

/** Remove the bytes of deleted attachments (after the rows are gone; a failure only leaves a stray file). */
export function removeAttachmentFile(files: FileStorage, attachmentId: string): Promise<void> {
  return files.delete(fileKeys.grantAttachment(attachmentId));
}

/**
 * Application attachments: uploaded by the applicant organisation while the application can be edited;
 * fetched by the organisation and by reviewers who have declared no conflict of interest, like the rest of
 * the application's content. Others get 404, whether or not it exists.
 */
export function grantFilesRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { files } = services;

  // Who may upload is settled before the body is read.
  router.post('/filer/soknader/:id', async (req, res) => {
    if (!hasUploadHeader(req, res, 'grant')) return;
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    if (!ctx.viewer.signedIn) return fail(res, 401, 'UNAUTHENTICATED', 'auth/not_signed_in');
    const grants = new GrantApplicationService(ctx);
    try {
      await grants.attachable(req.params.id);
      const received = await receiveFile(req, res, 'grant');
      if (!received) return;
      const { buffer: _buffer, ...meta } = received;
      const attachment = await grants.attach(req.params.id, meta, (attachmentId) => putFile(files, fileKeys.grantAttachment(attachmentId), received));
      res.status(201).json({ id: attachment.id, filename: attachment.filename, mimeType: attachment.mimeType, size: attachment.size });
    } catch (err) {
      if (err instanceof FileStorageError) return storageUnavailable(res, services.logger, err, 'grant');
      // The service's typed errors, as HTTP answers in GraphQL's error shape.
      const code = err instanceof AppError ? String(err.extensions.code) : null;
      const status = code ? HTTP_STATUS[code] : undefined;
      if (!status) throw err;
      const { code: _code, ...extra } = (err as AppError).extensions;
      fail(res, status, code!, (err as AppError).message, extra);
    }
  });

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
