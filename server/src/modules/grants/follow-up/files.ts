import express from 'express';
import { fileKeys } from '../../../common/files/keys.js';
import type { FileStorage } from '../../../common/files/storage.js';
import { failWithAppError, notFound, sendStoredFile } from '../../../common/uploads.js';
import { createContext, type AppServices } from '../../../context.js';
import { Language } from '../../accounts/user.entity.js';
import { isUuid } from '../../../common/sql.js';
import { attachmentUpload } from '../files.js';
import { FollowUpAccess } from './follow-up.access.js';
import { GrantReportAttachment } from './follow-up.entity.js';
import { GrantReportService } from './report.service.js';
import { GrantResultsService } from './results.service.js';

/** Remove the bytes of a deleted report attachment (after the row is gone; a failure only leaves a stray file). */
export function removeReportAttachmentFile(files: FileStorage, attachmentId: string): Promise<void> {
  return files.delete(fileKeys.grantReportAttachment(attachmentId));
}

const language = (value: unknown): Language => (value === 'nn' || value === 'en' ? (value as Language) : Language.nb);

/**
 * Report attachments (uploaded by the organisation while the report can be edited; fetched by it and by county
 * staff who are not inhabil; others get 404), the finance export of a round's payments (county staff), and the
 * public CSVs of a decided round's results (the awards, and the reported results by municipality).
 */
export function grantFollowUpRouter(services: AppServices): express.Router {
  const router = express.Router();

  router.post('/filer/rapporter/:id', attachmentUpload(services, fileKeys.grantReportAttachment, (ctx) => new GrantReportService(ctx)));

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
      failWithAppError(res, err);
    }
  });

  // The awards, and the summary of the reported results by municipality: two tables, so two files.
  const publicCsv = (path: string, file: string, make: (s: GrantResultsService, id: string, lang: Language) => Promise<{ round: { id: string }; csv: string }>) =>
    router.get(path, async (req, res) => {
      const ctx = await createContext(services, { cookie: req.headers.cookie });
      try {
        const { round, csv } = await make(new GrantResultsService(ctx), String(req.params.id), language(req.query.lang));
        res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${file}-${round.id}.csv"`);
        res.send(csv);
      } catch (err) {
        failWithAppError(res, err);
      }
    });
  publicCsv('/tilskudd/runder/:id/resultater.csv', 'tildelinger', (s, id, lang) => s.resultsCsv(id, lang));
  publicCsv('/tilskudd/runder/:id/resultater-kommuner.csv', 'resultater-kommuner', (s, id, lang) => s.resultsSummaryCsv(id, lang));

  return router;
}
