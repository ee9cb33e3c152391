import { once } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { fileKeys } from '../../common/files/keys.js';
import type { FileStorage } from '../../common/files/storage.js';
import { fail } from '../../common/uploads.js';
import { createContext, type AppServices } from '../../context.js';
import type { User } from './user.entity.js';

/**
 * Everything the platform stores about a person (GDPR art. 15 and 20), as `data.json` in a zip together with
 * the files they uploaded.
 *
 * Every column that refers to a user is either read by a part below (`covers`) or listed in NOT_EXPORTED with
 * the reason; export.test.ts reads the database catalogue and fails when a new one is neither.
 */
interface Part {
  /** The key in data.json. */
  key: string;
  /** The `table.column` references to the user that this part reads. */
  covers: string[];
  /** One jsonb `row` per item: `to_jsonb(t)` (every column, so new ones are exported too) without secrets and
   * HTML renderings of exported text, plus names that make ids readable. `?` are the `params`. */
  sql: string;
  params?: (user: User) => unknown[];
  /** Files in the zip: `row` → [path in the zip, key in the file storage]. */
  file?: (row: Row) => [string, string];
}
type Row = Record<string, unknown>;
const byId = (user: User) => [user.id];
/** Registrations and invitations made to the address before the account existed, once the address is proven. */
const byVerifiedEmail = (user: User) => [user.emailVerifiedAt ? user.email : null];

export const PARTS: Part[] = [
  { key: 'account', covers: ['app_user.id'], sql: `select to_jsonb(t) - 'password_hash' as row from app_user t where t.id = ?` },
  { key: 'sessions', covers: ['session.user_id'], sql: `select to_jsonb(t) - 'token_hash' as row from session t where t.user_id = ? order by t.created_at` },
  { key: 'emailLinks', covers: ['auth_token.user_id'], sql: `select to_jsonb(t) - 'token_hash' as row from auth_token t where t.user_id = ? order by t.created_at` },
  {
    key: 'memberships',
    covers: ['membership.user_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('organisation_name', o.name) as row from membership t join organisation o on o.id = t.organisation_id where t.user_id = ? order by t.created_at`,
  },
  { key: 'organisationsRegistered', covers: ['organisation.created_by_id'], sql: `select to_jsonb(t) as row from organisation t where t.created_by_id = ? order by t.created_at` },
  {
    key: 'organisationsVerified',
    covers: ['organisation.verified_by_id'],
    sql: `select jsonb_build_object('id', t.id, 'name', t.name, 'verification_status', t.verification_status, 'verified_at', t.verified_at) as row from organisation t where t.verified_by_id = ? order by t.verified_at`,
  },
  {
    key: 'invitationsSent',
    covers: ['invitation.invited_by_id'],
    sql: `select (to_jsonb(t) - 'token_hash') || jsonb_build_object('organisation_name', o.name) as row from invitation t join organisation o on o.id = t.organisation_id where t.invited_by_id = ? order by t.created_at`,
  },
  {
    key: 'invitationsReceived',
    covers: [],
    sql: `select (to_jsonb(t) - 'token_hash') || jsonb_build_object('organisation_name', o.name) as row from invitation t join organisation o on o.id = t.organisation_id where lower(t.email) = lower(?) order by t.created_at`,
    params: byVerifiedEmail,
  },
  { key: 'follows', covers: ['follow.user_id'], sql: `select to_jsonb(t) as row from follow t where t.user_id = ?` },
  {
    key: 'groupMemberships',
    covers: ['group_member.user_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('group_name', g.name) as row from group_member t join network_group g on g.id = t.group_id where t.user_id = ? order by t.created_at`,
  },
  { key: 'groupsCreated', covers: ['network_group.created_by_id'], sql: `select to_jsonb(t) as row from network_group t where t.created_by_id = ? order by t.created_at` },
  {
    key: 'threadsStarted',
    covers: ['thread.created_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('group_name', g.name) as row from thread t join network_group g on g.id = t.group_id where t.created_by_id = ? order by t.created_at`,
  },
  {
    key: 'threadsFollowed',
    covers: ['thread_participant.user_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('thread_title', h.title) as row from thread_participant t join thread h on h.id = t.thread_id where t.user_id = ?`,
  },
  {
    key: 'readMarkers',
    covers: ['read_marker.user_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('thread_title', h.title) as row from read_marker t join thread h on h.id = t.thread_id where t.user_id = ?`,
  },
  {
    key: 'messages',
    covers: ['message.author_id'],
    sql: `select (to_jsonb(t) - 'body_html') || jsonb_build_object('thread_title', h.title, 'group_name', g.name) as row
          from message t join thread h on h.id = t.thread_id join network_group g on g.id = t.group_id where t.author_id = ? order by t.created_at`,
  },
  {
    // Others' messages that name the user; what their authors deleted is not handed out again.
    key: 'mentions',
    covers: ['message.mentions'],
    sql: `select jsonb_build_object('message_id', t.id, 'thread_id', t.thread_id, 'thread_title', h.title, 'group_name', g.name, 'created_at', t.created_at,
            'body', case when t.deleted_at is null then t.body end) as row
          from message t join thread h on h.id = t.thread_id join network_group g on g.id = t.group_id
          where ?::uuid = any(t.mentions) and t.author_id is distinct from ?::uuid order by t.created_at`,
    params: (user) => [user.id, user.id],
  },
  { key: 'notifications', covers: ['notification.user_id'], sql: `select to_jsonb(t) as row from notification t where t.user_id = ? order by t.created_at` },
  { key: 'notificationPreferences', covers: ['notification_preference.user_id'], sql: `select to_jsonb(t) as row from notification_preference t where t.user_id = ?` },
  { key: 'notificationDigest', covers: ['notification_digest.user_id'], sql: `select to_jsonb(t) as row from notification_digest t where t.user_id = ?` },
  {
    key: 'eventRegistrations',
    covers: ['registration.user_id'],
    sql: `select (to_jsonb(t) - 'token_hash') || jsonb_build_object('event_title', e.title, 'event_starts_at', e.starts_at) as row
          from registration t join event e on e.id = t.event_id where t.user_id = ? order by t.created_at`,
  },
  {
    key: 'guestRegistrations',
    covers: [],
    sql: `select (to_jsonb(t) - 'token_hash') || jsonb_build_object('event_title', e.title, 'event_starts_at', e.starts_at) as row
          from registration t join event e on e.id = t.event_id where t.user_id is null and lower(t.guest_email) = lower(?) order by t.created_at`,
    params: byVerifiedEmail,
  },
  { key: 'eventsCreated', covers: ['event.created_by_id'], sql: `select to_jsonb(t) - 'description_html' - 'materials_html' as row from event t where t.created_by_id = ? order by t.created_at` },
  {
    key: 'eventEvaluationAnswers',
    covers: [],
    sql: `select to_jsonb(t) || jsonb_build_object('event_title', e.title) as row
          from evaluation_response t join registration r on r.id = t.registration_id join event e on e.id = t.event_id where r.user_id = ? order by t.created_at`,
  },
  {
    key: 'eventCheckInsMarked',
    covers: ['registration.checked_in_by_id'],
    // What the user did (marked a check-in), not the registrant's data.
    sql: `select jsonb_build_object('registration_id', t.id, 'event_title', e.title, 'check_in', t.check_in, 'checked_in_at', t.checked_in_at) as row
          from registration t join event e on e.id = t.event_id where t.checked_in_by_id = ? order by t.checked_in_at`,
  },
  {
    key: 'eventCoHostInvitationsSent',
    covers: ['event_host.invited_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('event_title', e.title, 'organisation_name', o.name) as row
          from event_host t join event e on e.id = t.event_id join organisation o on o.id = t.organisation_id where t.invited_by_id = ? order by t.created_at`,
  },
  { key: 'activitiesCreated', covers: ['activity.created_by_id'], sql: `select to_jsonb(t) - 'description_html' as row from activity t where t.created_by_id = ? order by t.created_at` },
  {
    key: 'volunteerOffers',
    covers: ['volunteer_interest.user_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('activity_title', a.title) as row from volunteer_interest t join activity a on a.id = t.activity_id where t.user_id = ? order by t.created_at`,
  },
  { key: 'resourcesCreated', covers: ['resource.created_by_id'], sql: `select to_jsonb(t) as row from resource t where t.created_by_id = ? order by t.created_at` },
  {
    key: 'resourceFilesUploaded',
    covers: ['resource_file.uploaded_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('resource_title', r.title) as row from resource_file t join resource r on r.id = t.resource_id where t.uploaded_by_id = ? order by t.created_at`,
    file: (row) => [`files/resources/${row.resource_id}/v${row.version}-${safeName(row.filename)}`, fileKeys.resourceVersion(String(row.resource_id), Number(row.version))],
  },
  {
    key: 'grantApplicationsWritten',
    covers: ['grant_application.created_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('round_title', r.title, 'organisation_name', o.name) as row
          from grant_application t join grant_round r on r.id = t.round_id join organisation o on o.id = t.organisation_id where t.created_by_id = ? order by t.created_at`,
  },
  {
    key: 'grantAttachmentsUploaded',
    covers: ['grant_attachment.uploaded_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('application_title', a.title) as row from grant_attachment t join grant_application a on a.id = t.application_id where t.uploaded_by_id = ? order by t.created_at`,
    file: (row) => [`files/grant-applications/${row.application_id}/${String(row.id).slice(0, 8)}-${safeName(row.filename)}`, fileKeys.grantAttachment(String(row.id))],
  },
  // The grant follow-up: awards the user answered for their organisation, report attachments, changes asked, appeals.
  {
    key: 'grantAwardsAnswered',
    covers: ['grant_award.answered_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('application_title', a.title) as row from grant_award t join grant_application a on a.id = t.application_id where t.answered_by_id = ? order by t.answered_at`,
  },
  {
    key: 'grantReportAttachmentsUploaded',
    covers: ['grant_report_attachment.uploaded_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('application_title', a.title, 'report_kind', r.kind) as row
          from grant_report_attachment t join grant_report r on r.id = t.report_id join grant_award aw on aw.id = r.award_id join grant_application a on a.id = aw.application_id
          where t.uploaded_by_id = ? order by t.created_at`,
    file: (row) => [`files/grant-reports/${row.report_id}/${String(row.id).slice(0, 8)}-${safeName(row.filename)}`, fileKeys.grantReportAttachment(String(row.id))],
  },
  {
    key: 'grantChangeRequests',
    covers: ['grant_change_request.created_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('application_title', a.title) as row
          from grant_change_request t join grant_award aw on aw.id = t.award_id join grant_application a on a.id = aw.application_id where t.created_by_id = ? order by t.created_at`,
  },
  {
    key: 'grantAppealsFiled',
    covers: ['grant_appeal.filed_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('application_title', a.title) as row from grant_appeal t join grant_application a on a.id = t.application_id where t.filed_by_id = ? order by t.filed_at`,
  },
  {
    key: 'grantAssessments',
    covers: ['grant_assessment.reviewer_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('application_title', a.title) as row from grant_assessment t join grant_application a on a.id = t.application_id where t.reviewer_id = ? order by t.updated_at`,
  },
  // The settlement cycle: years the user set up, survey answers they saved last for their municipality, board edits.
  { key: 'settlementYearsCreated', covers: ['settlement_year.created_by_id'], sql: `select to_jsonb(t) as row from settlement_year t where t.created_by_id = ? order by t.created_at` },
  {
    key: 'settlementSurveyAnswersSaved',
    covers: ['settlement_survey_response.updated_by_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('year_title', y.title) as row from settlement_survey_response t join settlement_year y on y.id = t.year_id where t.updated_by_id = ? order by y.year, t.municipality_number`,
  },
  {
    key: 'settlementBoardChanges',
    covers: ['settlement_board_change.actor_id'],
    sql: `select to_jsonb(t) || jsonb_build_object('year_title', y.title) as row from settlement_board_change t join settlement_year y on y.id = t.year_id where t.actor_id = ? order by t.at`,
  },
  { key: 'announcements', covers: ['announcement.created_by_id'], sql: `select to_jsonb(t) - 'body_html' as row from announcement t where t.created_by_id = ? order by t.created_at` },
  { key: 'auditLog', covers: ['audit_log.actor_id'], sql: `select to_jsonb(t) as row from audit_log t where t.actor_id = ? order by t.at` },
  // Reports of content to its moderators (modules/moderation); not who else reported the same.
  { key: 'contentReports', covers: ['moderation_report.reporter_id'], sql: `select to_jsonb(t) - 'group_id' - 'closed_by_id' as row from moderation_report t where t.reporter_id = ? order by t.created_at` },
  { key: 'contentReportsClosed', covers: ['moderation_report.closed_by_id'], sql: `select jsonb_build_object('id', t.id, 'content_type', t.content_type, 'content_id', t.content_id, 'state', t.state, 'closed_at', t.closed_at) as row from moderation_report t where t.closed_by_id = ? order by t.closed_at` },
];

/** References to users that the export leaves out on purpose, and why. */
export const NOT_EXPORTED: Record<string, string> = {
  // The change feed: technical copies of changes (ids and the changed values) that replay live updates; what
  // they carry is exported from the tables the changes were made to (messages, registrations, …).
  'change_event.actor_id': 'replay log of changes exported from their own tables',
  // Login throttling counters keyed by e-mail address; they expire after 15 minutes.
  'rate_limit.key': 'short-lived login throttling counters',
};

/** What `data.json` holds: the parts by key, and the files in the zip. */
export async function exportDocument(em: EntityManager, user: User, storage: FileStorage): Promise<{ document: Record<string, unknown>; files: ExportFile[] }> {
  const connection = em.getConnection();
  const document: Record<string, unknown> = { format: 'samhandling-data-export/1', exportedAt: new Date().toISOString() };
  const files: ExportFile[] = [];
  for (const part of PARTS) {
    const rows = (await connection.execute<{ row: Row }[]>(part.sql, (part.params ?? byId)(user))).map((r) => r.row);
    const items: Row[] = [];
    for (const row of rows) {
      const item = camelKeys(row);
      if (!part.file) {
        items.push(item);
        continue;
      }
      const [name, key] = part.file(row);
      const present = (await storage.size(key)) !== null;
      if (present) files.push({ name, key, modified: new Date(String(row.created_at)) });
      items.push({ ...item, file: present ? name : null });
    }
    document[part.key] = part.key === 'account' ? (items[0] ?? null) : items;
  }
  return { document, files };
}

export interface ExportFile {
  /** Path inside the zip. */
  name: string;
  /** Key in the file storage. */
  key: string;
  modified: Date;
}

/** Writes the zip to `out` as it is made (files are streamed, not held in memory), honouring back-pressure. */
export async function writeExportZip(out: NodeJS.WritableStream & { writableNeedDrain: boolean }, document: Record<string, unknown>, files: ExportFile[], storage: FileStorage): Promise<void> {
  let failed: Error | null = null;
  const finished = new Promise<void>((resolve, reject) => {
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject((failed = err));
      out.write(chunk);
      if (final) resolve();
    });
    void (async () => {
      const json = new ZipDeflate('data.json', { level: 6 });
      zip.add(json);
      json.push(new TextEncoder().encode(JSON.stringify(document, null, 2)), true);
      // Uploads are PDFs, images and office files: compressed already, so stored as they are.
      for (const file of files) {
        const entry = new ZipPassThrough(file.name);
        entry.mtime = file.modified;
        zip.add(entry);
        const body = await storage.get(file.key);
        if (!body) throw new Error(`file ${file.key} disappeared during the export`);
        for await (const chunk of body) {
          if (failed) return;
          entry.push(chunk as Buffer);
          if (out.writableNeedDrain) await once(out, 'drain');
        }
        entry.push(new Uint8Array(0), true);
      }
      zip.end();
    })().catch(reject);
  });
  await finished;
}

function camelKeys(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), v]));
}

function safeName(name: unknown): string {
  return String(name).replace(/[/\\\0]/g, '_');
}

/** At most this many exports per user per hour: each reads all their rows and files. */
export const EXPORTS_PER_HOUR = 10;

/** GET /konto/mine-data.zip: the signed-in user's data and uploads, as one zip download. */
export function accountExportRouter(services: AppServices): express.Router {
  const router = express.Router();
  const limiter = new RateLimiterPostgres({
    storeClient: services.orm.em.getConnection().getKnex(),
    storeType: 'knex',
    tableName: 'rate_limit',
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: 'data_export',
    points: EXPORTS_PER_HOUR,
    duration: 3600,
  });
  router.get('/konto/mine-data.zip', async (req, res) => {
    const ctx = await createContext(services, { cookie: req.headers.cookie });
    const user = ctx.viewer.user;
    if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'auth/not_signed_in');
    try {
      await limiter.consume(user.id);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfterSeconds = Math.ceil(e.msBeforeNext / 1000);
      res.setHeader('Retry-After', String(retryAfterSeconds));
      return fail(res, 429, 'RATE_LIMITED', 'account/export_too_often', { retryAfterSeconds });
    }
    const { document, files } = await exportDocument(ctx.em as EntityManager, user, services.files);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName()}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      await writeExportZip(res, document, files, services.files);
      res.end();
    } catch (err) {
      services.logger.error({ err }, 'data export failed while streaming');
      res.destroy(); // the download fails visibly instead of ending as a broken zip
    }
  });
  return router;
}

/** samhandling-data-2026-11-23.zip */
export function exportFileName(date = new Date()): string {
  return `samhandling-data-${date.toISOString().slice(0, 10)}.zip`;
}
