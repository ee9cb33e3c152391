import express from 'express';
import { AppError } from '../../../common/errors.js';
import { fileKeys } from '../../../common/files/keys.js';
import { FileStorageError, putFile, type FileStorage } from '../../../common/files/storage.js';
import { fail, hasUploadHeader, notFound, receiveFile, sendStoredFile, storageUnavailable } from '../../../common/uploads.js';
import { createContext, type AppServices } from '../../../context.js';
import { Language } from '../../accounts/user.entity.js';
import { isUuid } from '../../../common/sql.js';
import { FollowUpAccess } from './follow-up.access.js';
import { GrantReportAttachment } from './follow-up.entity.js';
import { GrantReportService } from './report.service.js';
import { GrantResultsService } from './results.service.js';

const HTTP_STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409, BAD_USER_INPUT: 400 };

/** Remove the bytes of a deleted report attachment (after the row is gone; a failure only leaves a stray file). */
export function removeReportAttachmentFile(files: FileStorage, attachmentId: string): Promise<void> {
  return files.delete(fileKeys.grantReportAttachment(attachmentId));
}

/** A service's typed error as the HTTP answer in GraphQL's error shape; anything else is thrown on. */
function answerError(res: express.Response, err: unknown): void {
  const code = err instanceof AppError ? String(err.extensions.code) : null;
  const status = code ? HTTP_STATUS[code] : undefined;
  if (!status) throw err;
  const { code: _code, ...extra } = (err as AppError).extensions;
  fail(res, status, code!, (err as AppError).message, extra);
}

const language = (value: unknown): Language => (value === 'nn' || value === 'en' ? (value as Language) : Language.nb);

/**
 * Report attachments (uploaded by the organisation while the report can be edited; fetched by it and by county
 * staff who are not inhabil; others get 404), the finance export of a round's payments (county staff), and the
 * public CSV of a decided round's results.
 */
export function grantFollowUpRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { files } = services;

  router.post('/filer/rapporter/:id', async (req, res) => {
    if (!hasUploadHeader(req, res, 'grant')) return;
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    if (!ctx.viewer.signedIn) return fail(res, 401, 'UNAUTHENTICATED', 'auth/not_signed_in');
    const reports = new GrantReportService(ctx);
    try {
      await reports.attachable(req.params.id);
      const received = await receiveFile(req, res, 'grant');
      if (!received) return;
      const { buffer: _buffer, ...meta } = received;
      const attachment = await reports.attach(req.params.id, meta, (attachmentId) => putFile(files, fileKeys.grantReportAttachment(attachmentId), received));
      res.status(201).json({ id: attachment.id, filename: attachment.filename, mimeType: attachment.mimeType, size: attachment.size });
    } catch (err) {
      if (err instanceof FileStorageError) return storageUnavailable(res, services.logger, err, 'grant');
      answerError(res, err);
    }
  });

  router.get('/filer/rapporter/:id/vedlegg/:attachmentId', async (req, res) => {
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    const { id, attachmentId } = req.params;
    const attachment = isUuid(id) && isUuid(attachmentId) ? await ctx.em.findOne(GrantReportAttachment, { id: attachmentId, report: id }) : null;
    if (!attachment) return notFound(res);
    try {
      await new FollowUpAccess(ctx).report(id);
    } catch {
      return notFound(res);
    }
    await sendStoredFile(res, services, fileKeys.grantReportAttachment(attachment.id), attachment, 'private, no-store');
  });

  router.get('/tilskudd/behandling/runder/:id/utbetalinger.csv', async (req, res) => {
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    try {
      const { round, csv } = await new GrantResultsService(ctx).paymentsCsv(req.params.id, ctx.viewer.user?.preferredLanguage);
      res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="utbetalinger-${round.id}.csv"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(csv);
    } catch (err) {
      answerError(res, err);
    }
  });

  router.get('/tilskudd/runder/:id/resultater.csv', async (req, res) => {
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    try {
      const { round, csv } = await new GrantResultsService(ctx).resultsCsv(req.params.id, language(req.query.lang));
      res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="tildelinger-${round.id}.csv"`);
      res.send(csv);
    } catch (err) {
      answerError(res, err);
    }
  });

  return router;
}
