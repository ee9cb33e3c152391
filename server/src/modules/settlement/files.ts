import express from 'express';
import { csv } from '../../common/csv.js';
import { AppError } from '../../common/errors.js';
import { fail, failWithAppError, hasUploadHeader, notFound, receiveFile, sendStoredFile, storageUnavailable } from '../../common/uploads.js';
import { fileKeys } from '../../common/files/keys.js';
import { FileStorageError, putFile } from '../../common/files/storage.js';
import { toOsloLocal } from '../../common/time.js';
import { xlsx } from '../../common/xlsx.js';
import { createContext, type AppServices, type Context } from '../../context.js';
import { Language } from '../accounts/user.entity.js';
import { BoardService } from './board.service.js';
import { yearBundle } from './bundle.js';
import { countyMunicipalities } from './settlement.base.js';
import { SettlementNumbers } from './settlement.entity.js';
import { NumbersService } from './numbers.service.js';
import { canSettlement } from './settlement.policy.js';

/** The recommendation export's words, in the reader's language (nn for nynorsk, else bokmål; en for English). */
const CSV_WORDS: Record<Language, { header: string[]; draft: string; sent: string }> = {
  nb: { header: ['kommunenummer', 'kommune', 'anbefalt', 'herav enslige mindreårige', 'begrunnelse', 'status', 'sendt versjon', 'sendt', 'kapasitet (kartlegging)', 'herav EM (kartlegging)', 'anmodet i fjor', 'vedtatt i fjor', 'bosatt i fjor'], draft: 'utkast', sent: 'sendt' },
  nn: { header: ['kommunenummer', 'kommune', 'tilrådd', 'av dei einslege mindreårige', 'grunngjeving', 'status', 'sendt versjon', 'sendt', 'kapasitet (kartlegging)', 'av dei EM (kartlegging)', 'oppmoda i fjor', 'vedteke i fjor', 'busett i fjor'], draft: 'utkast', sent: 'sendt' },
  en: { header: ['municipality number', 'municipality', 'recommended', 'of which unaccompanied minors', 'reasoning', 'status', 'sent version', 'sent', 'capacity (survey)', 'of which minors (survey)', 'requested last year', 'decided last year', 'settled last year'], draft: 'draft', sent: 'sent' },
};

/** The year's recommendations with the survey answers and last year's numbers, one row per municipality (a header first). */
async function recommendationRows(ctx: Context, yearId: string, language: Language): Promise<{ title: string; rows: string[][] }> {
  const board = new BoardService(ctx);
  const year = await board.year(yearId);
  const standing = await board.standing();
  if (!canSettlement.administer(ctx.viewer) && !standing.agency) throw new AppError('FORBIDDEN', 'auth/forbidden');
  const bundle = await yearBundle(ctx, year);
  const recommendations = new Map((await board.recommendations(year)).map((r) => [r.municipality.number, r]));
  const last = bundle.previous[0];
  const w = CSV_WORDS[language] ?? CSV_WORDS.nb;
  const rows = (await countyMunicipalities(ctx.em, year.countyNumber)).map((m) => {
    const rec = recommendations.get(m.number);
    const answer = bundle.responses.get(m.number);
    const before = last?.numbers.get(m.number);
    const text = (n: number | null | undefined) => (n == null ? '' : String(n));
    return [m.number, m.name, text(rec?.number), text(rec?.minors), rec?.reasoning ?? '', rec ? (rec.state === 'SENT' ? w.sent : w.draft) : '', rec?.sentVersion ? String(rec.sentVersion) : '', rec?.sentAt ? toOsloLocal(rec.sentAt).replace('T', ' ') : '', text(answer?.capacity), text(answer?.capacityMinors), text(before?.requested), text(before?.decisionStatus === 'DECIDED' ? before.decided : null), text(before?.settled)];
  });
  return { title: year.title, rows: [w.header, ...rows] };
}

/** As CSV (common/csv.ts). */
export async function recommendationsCsv(ctx: Context, yearId: string, language: Language): Promise<string> {
  const { rows } = await recommendationRows(ctx, yearId, language);
  return csv(rows);
}

/** As a spreadsheet (.xlsx), every cell text. */
export async function recommendationsXlsx(ctx: Context, yearId: string, language: Language): Promise<Uint8Array> {
  const { title, rows } = await recommendationRows(ctx, yearId, language);
  return xlsx(title, rows);
}

/**
 * Decision documents (the municipal vedtak): uploaded by the municipality or county staff once a decision is
 * recorded; fetched by everyone who may read the year's numbers. And the recommendations as CSV for county
 * staff and agencies. Others get 404, whether or not it exists.
 */
export function settlementFilesRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { files } = services;

  router.post('/filer/bosetting/:yearId/vedtak/:municipality', async (req, res) => {
    if (!hasUploadHeader(req, res, 'settlement')) return;
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    if (!ctx.viewer.signedIn) return fail(res, 401, 'UNAUTHENTICATED', 'auth/not_signed_in');
    const numbers = new NumbersService(ctx);
    const { yearId, municipality } = req.params;
    try {
      // Who may upload is settled before the body is read.
      await numbers.documentTarget(yearId, municipality);
      const received = await receiveFile(req, res, 'settlement', services);
      if (!received) return;
      const { path: _path, ...meta } = received;
      const row = await numbers.attachDocument(yearId, municipality, meta, (rowId) => putFile(files, fileKeys.settlementDecision(rowId), received));
      res.status(201).json({ filename: row.documentFilename, mimeType: row.documentMimeType, size: row.documentSize });
    } catch (err) {
      if (err instanceof FileStorageError) return storageUnavailable(res, services.logger, err, 'settlement');
      failWithAppError(res, err);
    }
  });

  router.get('/filer/bosetting/:yearId/vedtak/:municipality', async (req, res) => {
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    const numbers = new NumbersService(ctx);
    try {
      const year = await numbers.year(req.params.yearId);
      if (!canSettlement.readNumbers(ctx.viewer, await numbers.standing(), year)) return notFound(res);
      const row = /^\d{4}$/.test(req.params.municipality) ? await ctx.em.findOne(SettlementNumbers, { year, municipality: req.params.municipality }) : null;
      if (!row?.documentFilename || !row.documentMimeType || row.documentSize == null) return notFound(res);
      await sendStoredFile(res, services, fileKeys.settlementDecision(row.id), { filename: row.documentFilename, mimeType: row.documentMimeType, size: row.documentSize }, 'private, no-store');
    } catch {
      notFound(res);
    }
  });

  // The recommendations as CSV or as a spreadsheet, in ?lang= (else the reader's own language).
  router.get(/^\/bosetting\/([^/]+)\/anbefalinger\.(csv|xlsx)$/, async (req, res) => {
    const [yearId, format] = [req.params[0]!, req.params[1]!];
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    const language = Object.values(Language).includes(req.query.lang as Language) ? (req.query.lang as Language) : (ctx.viewer.user?.preferredLanguage ?? Language.nb);
    try {
      if (format === 'csv') {
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', 'attachment; filename="anbefalinger.csv"');
        res.setHeader('Cache-Control', 'private, no-store');
        res.send(await recommendationsCsv(ctx, yearId, language));
      } else {
        const body = Buffer.from(await recommendationsXlsx(ctx, yearId, language));
        res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.setHeader('Content-Disposition', 'attachment; filename="anbefalinger.xlsx"');
        res.setHeader('Cache-Control', 'private, no-store');
        res.send(body);
      }
    } catch (err) {
      if (err instanceof AppError && ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].includes(String(err.extensions.code))) return notFound(res);
      failWithAppError(res, err);
    }
  });
  return router;
}
