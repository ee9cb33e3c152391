import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, MINIMAL_PDF } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { nameKey } from '../../common/text.js';
import { fileKeys } from '../../common/files/keys.js';
import { EXPORTS_PER_HOUR, NOT_EXPORTED, PARTS } from './export.js';

let server: TestServer;
let make: ReturnType<typeof factories>;
const scratch = mkdtempSync(join(tmpdir(), 'samhandling-export-'));
beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => server.orm.em.getConnection().execute<T[]>(text, params);

/** Every column that refers to a user: foreign keys to app_user, and uuid columns named for a person. */
async function userReferences(): Promise<string[]> {
  const rows = await sql<{ ref: string }>(`
    select c.conrelid::regclass::text || '.' || a.attname as ref
      from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
     where c.contype = 'f' and c.confrelid = 'app_user'::regclass
    union
    select table_name || '.' || column_name from information_schema.columns
     where table_schema = current_schema() and table_name <> 'app_user' and udt_name in ('uuid', '_uuid')
       and column_name ~ '(^|_)(user|users|author|actor|owner|creator|created_by|updated_by|uploaded_by|invited_by|verified_by|decided_by|reviewer|assignee|recipient|sender|mentions?)(_ids?)?$'`);
  return ['app_user.id', ...rows.map((r) => r.ref)].sort();
}

describe('the data export covers every table that refers to a user', () => {
  it('exports, or says why it leaves out, each user reference in the database', async () => {
    const covered = new Set([...PARTS.flatMap((p) => p.covers), ...Object.keys(NOT_EXPORTED)]);
    const missing = (await userReferences()).filter((ref) => !covered.has(ref));
    // A new table or column that refers to users: add it to PARTS in export.ts (or, with the reason, to NOT_EXPORTED).
    expect(missing).toEqual([]);
    // And nothing listed is a name that no longer exists.
    const columns = new Set((await sql<{ ref: string }>(`select table_name || '.' || column_name as ref from information_schema.columns where table_schema = current_schema()`)).map((r) => r.ref));
    expect([...covered].filter((ref) => !columns.has(ref))).toEqual([]);
  });
});

describe('GET /konto/mine-data.zip', () => {
  it('gives the user everything stored about them as data.json in a zip with their uploaded files, read back by an independent unzip', { timeout: 60_000 }, async () => {
    const user = await make.user({ email: 'innsyn@example.no', name: 'Ingrid Innsyn' });
    const other = await make.user({ name: 'Ola Annen' });
    const org = await make.organisation({ name: 'Innsyn Frivillig', admins: [user] });
    const [{ id: event }] = await sql<{ id: string }>(
      `insert into event (id, organisation_id, title, kind, starts_at, ends_at, mode, status, created_at)
       values (gen_random_uuid(), ?, 'Temamøte om personvern', 'SEMINAR', now() + interval '7 days', now() + interval '7 days 2 hours', 'IN_PERSON', 'PUBLISHED', now()) returning id`,
      [org.id],
    );
    await sql(`insert into registration (id, event_id, user_id, status, created_at) values (gen_random_uuid(), ?, ?, 'CONFIRMED', now())`, [event, user.id]);
    await sql(`insert into registration (id, event_id, guest_name, guest_email, token_hash, status, created_at) values (gen_random_uuid(), ?, 'Ingrid', 'INNSYN@example.no', 'secret-hash-guest', 'WAITLISTED', now())`, [event]);
    const [{ id: group }] = await sql<{ id: string }>(`insert into network_group (id, name, name_key, visibility, join_policy, created_by_id, created_at) values (gen_random_uuid(), 'Personvernnettverket', ?, 'PUBLIC', 'OPEN', ?, now()) returning id`, [nameKey('Personvernnettverket'), user.id]);
    const [{ id: thread }] = await sql<{ id: string }>(`insert into thread (id, group_id, title, created_by_id, created_at, last_message_at) values (gen_random_uuid(), ?, 'Innsynsrett', ?, now(), now()) returning id`, [group, other.id]);
    await sql(`insert into message (id, thread_id, group_id, author_id, body, body_html, created_at) values (gen_random_uuid(), ?, ?, ?, 'Mitt eget innlegg', '<p>Mitt eget innlegg</p>', now())`, [thread, group, user.id]);
    await sql(`insert into message (id, thread_id, group_id, author_id, body, body_html, mentions, created_at) values (gen_random_uuid(), ?, ?, ?, 'Hei @Ingrid', '<p>Hei</p>', array[?]::uuid[], now())`, [thread, group, other.id, user.id]);
    await sql(`insert into notification (id, user_id, type, data, created_at) values (gen_random_uuid(), ?, 'MENTION', '{"actorName":"Ola Annen"}', now())`, [user.id]);
    const [{ id: activity }] = await sql<{ id: string }>(
      `insert into activity (id, organisation_id, title, category, municipality_number, rrule, start_date, start_time, end_time, status, last_confirmed_at, created_at)
       values (gen_random_uuid(), ?, 'Språkkafé', 'LANGUAGE_CAFE', '4001', 'FREQ=WEEKLY', current_date, '18:00', '20:00', 'PUBLISHED', now(), now()) returning id`,
      [org.id],
    );
    await sql(`insert into volunteer_interest (id, activity_id, user_id, message, created_at) values (gen_random_uuid(), ?, ?, 'Jeg kan hjelpe på tirsdager', now())`, [activity, user.id]);
    const [{ id: scheme }] = await sql<{ id: string }>(`insert into grant_scheme (id, name, created_at) values (gen_random_uuid(), 'TIIA', now()) returning id`);
    const [{ id: round }] = await sql<{ id: string }>(
      `insert into grant_round (id, scheme_id, title, year, budget, criteria, opens_at, closes_at, state, created_at)
       values (gen_random_uuid(), ?, 'TIIA 2027', 2027, 1000000, '[]', now(), now() + interval '30 days', 'OPEN', now()) returning id`,
      [scheme],
    );
    const [{ id: application }] = await sql<{ id: string }>(
      `insert into grant_application (id, round_id, organisation_id, title, budget_lines, guidelines_version, state, created_by_id, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, 'Arbeidstrening for nykomne', '[]', 1, 'DRAFT', ?, now(), now()) returning id`,
      [round, org.id, user.id],
    );
    const [{ id: attachment }] = await sql<{ id: string }>(
      `insert into grant_attachment (id, application_id, filename, mime_type, size, sha256, uploaded_by_id, created_at)
       values (gen_random_uuid(), ?, 'Budsjett ærlig.pdf', 'application/pdf', ?, 'x', ?, now()) returning id`,
      [application, MINIMAL_PDF.length, user.id],
    );
    await server.app.services.files.put(fileKeys.grantAttachment(attachment), MINIMAL_PDF);
    const [{ id: resource }] = await sql<{ id: string }>(`insert into resource (id, organisation_id, title, kind, access, current_version, created_by_id, created_at) values (gen_random_uuid(), ?, 'Veileder', 'GUIDE', 'PUBLIC', 1, ?, now()) returning id`, [org.id, user.id]);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await sql(`insert into resource_file (id, resource_id, version, filename, mime_type, size, sha256, uploaded_by_id, created_at) values (gen_random_uuid(), ?, 1, 'kart.png', 'image/png', ?, 'x', ?, now())`, [resource, png.length, user.id]);
    await server.app.services.files.put(fileKeys.resourceVersion(resource, 1), png);
    await sql(`insert into moderation_report (id, content_type, content_id, reporter_id, reason, state, created_at) values (gen_random_uuid(), 'MESSAGE', gen_random_uuid(), ?, 'Sjikane i tråden', 'OPEN', now())`, [user.id]);
    // Someone else's data stays out.
    await sql(`insert into notification (id, user_id, type, data, created_at) values (gen_random_uuid(), ?, 'REPLY', '{"secret":"not yours"}', now())`, [other.id]);

    const res = await fetch(`${server.url}/konto/mine-data.zip`, { headers: { cookie: await make.cookieFor(user) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="samhandling-data-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const zipPath = join(scratch, 'export.zip');
    writeFileSync(zipPath, Buffer.from(await res.arrayBuffer()));

    const read = readZip(zipPath, ['data.json', `files/grant-applications/${application}/${attachment.slice(0, 8)}-Budsjett ærlig.pdf`, `files/resources/${resource}/v1-kart.png`]);
    expect(read.crcError).toBeNull();
    const data = JSON.parse(Buffer.from(read.contents['data.json']!, 'hex').toString('utf8'));
    expect(Buffer.from(read.contents[`files/grant-applications/${application}/${attachment.slice(0, 8)}-Budsjett ærlig.pdf`]!, 'hex')).toEqual(MINIMAL_PDF);
    expect(Buffer.from(read.contents[`files/resources/${resource}/v1-kart.png`]!, 'hex')).toEqual(png);

    expect(data.account).toMatchObject({ id: user.id, email: 'innsyn@example.no', name: 'Ingrid Innsyn' });
    expect(data.contentReports).toEqual([expect.objectContaining({ contentType: 'MESSAGE', reason: 'Sjikane i tråden', state: 'OPEN' })]);
    expect(data.messages).toEqual([expect.objectContaining({ body: 'Mitt eget innlegg', threadTitle: 'Innsynsrett', groupName: 'Personvernnettverket' })]);
    expect(data.mentions).toEqual([expect.objectContaining({ body: 'Hei @Ingrid', threadTitle: 'Innsynsrett' })]);
    expect(data.eventRegistrations).toEqual([expect.objectContaining({ eventTitle: 'Temamøte om personvern', status: 'CONFIRMED' })]);
    expect(data.guestRegistrations).toEqual([expect.objectContaining({ guestEmail: 'INNSYN@example.no', status: 'WAITLISTED' })]);
    expect(data.grantApplicationsWritten).toEqual([expect.objectContaining({ id: application, title: 'Arbeidstrening for nykomne', organisationName: 'Innsyn Frivillig' })]);
    expect(data.grantAttachmentsUploaded).toEqual([expect.objectContaining({ id: attachment, file: `files/grant-applications/${application}/${attachment.slice(0, 8)}-Budsjett ærlig.pdf` })]);
    expect(data.resourceFilesUploaded).toEqual([expect.objectContaining({ resourceTitle: 'Veileder', file: `files/resources/${resource}/v1-kart.png` })]);
    expect(data.notifications).toEqual([expect.objectContaining({ type: 'MENTION', data: { actorName: 'Ola Annen' } })]);
    expect(data.volunteerOffers).toEqual([expect.objectContaining({ activityTitle: 'Språkkafé', message: 'Jeg kan hjelpe på tirsdager' })]);
    expect(data.memberships).toEqual([expect.objectContaining({ organisationName: 'Innsyn Frivillig', role: 'ADMIN' })]);
    expect(data.groupsCreated).toEqual([expect.objectContaining({ id: group })]);
    expect(data.sessions).toHaveLength(1);
    for (const part of PARTS) expect(data, part.key).toHaveProperty(part.key);
    // Timestamps are ISO 8601 with a zone, as PostgreSQL's JSON gives them.
    expect(data.account.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/);

    // No secrets, no one else's data.
    const text = read.contents['data.json']!;
    const json = Buffer.from(text, 'hex').toString('utf8');
    for (const secret of ['passwordHash', 'tokenHash', 'secret-hash-guest', 'not yours', 'bodyHtml']) expect(json).not.toContain(secret);
  });

  it('refuses without a session, and after too many exports in an hour', async () => {
    expect((await fetch(`${server.url}/konto/mine-data.zip`)).status).toBe(401);
    const cookie = await make.cookieFor(await make.user());
    for (let i = 0; i < EXPORTS_PER_HOUR; i++) expect((await fetch(`${server.url}/konto/mine-data.zip`, { headers: { cookie } })).status).toBe(200);
    const limited = await fetch(`${server.url}/konto/mine-data.zip`, { headers: { cookie } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ errors: [{ message: 'account/export_too_often', extensions: { code: 'RATE_LIMITED' } }] });
  });

  it('is the same document over GraphQL (viewerDataExport), without the files', async () => {
    const user = await make.user({ email: 'graphql-export@example.no' });
    const res = await server.gql<{ viewerDataExport: { account: { email: string }; messages: unknown[]; format: string } }>(`{ viewerDataExport }`, {}, { cookie: await make.cookieFor(user) });
    expect(res.data?.viewerDataExport).toMatchObject({ format: 'samhandling-data-export/1', account: { email: 'graphql-export@example.no' }, messages: [] });
  });
});

/** Reads a zip with Python's zipfile (not the library that wrote it): the names' contents as hex, and the first
 * entry whose CRC does not match (null when all do). */
function readZip(path: string, names: string[]): { crcError: string | null; contents: Record<string, string> } {
  if (spawnSync('python3', ['--version']).status !== 0) throw new Error('python3 is needed to read the zip independently (it is on every machine of this project)');
  const script = `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = json.loads(sys.argv[2])
print(json.dumps({"crcError": z.testzip(), "contents": {n: z.read(n).hex() for n in names}}))`;
  return JSON.parse(execFileSync('python3', ['-c', script, path, JSON.stringify(names)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}
