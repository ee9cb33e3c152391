import express from 'express';
import { csv } from '../../common/csv.js';
import { AppError } from '../../common/errors.js';
import { notFound } from '../../common/uploads.js';
import { toOsloLocal } from '../../common/time.js';
import { createContext, type AppServices } from '../../context.js';
import { ModerationService, type AuditFilter } from './moderation.service.js';

/** At most this many entries in one export. */
export const AUDIT_CSV_MAX_ROWS = 10_000;

const HEADER = ['tidspunkt', 'utført av', 'utført av (id)', 'handling', 'type', 'objekt (id)', 'detaljer'];

function dateParam(v: unknown): Date | null {
  if (typeof v !== 'string' || !v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The admin audit log as CSV (county staff; 404 for everyone else), with the filters of `adminAuditLog` as query parameters. */
export function adminAuditRouter(services: AppServices): express.Router {
  const router = express.Router();
  router.get('/admin/revisjonslogg.csv', async (req, res) => {
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    const q = req.query;
    const filter: AuditFilter = {
      actorId: typeof q.actor === 'string' && q.actor ? q.actor : null,
      action: typeof q.action === 'string' ? q.action : null,
      from: dateParam(q.from),
      to: dateParam(q.to),
    };
    try {
      const entries = await new ModerationService(ctx).auditLog(filter, AUDIT_CSV_MAX_ROWS);
      const rows = entries.map((e) => [toOsloLocal(e.at).replace('T', ' '), e.actorName ?? '', e.actorId ?? '', e.action, e.entityType, e.entityId, JSON.stringify(e.details)]);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="revisjonslogg.csv"');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(csv([HEADER, ...rows]));
    } catch (err) {
      if (err instanceof AppError && ['FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(String(err.extensions.code))) return notFound(res);
      throw err;
    }
  });
  return router;
}
