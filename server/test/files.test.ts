import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiskStorage } from '../src/common/files/disk.js';
import { fileKeys } from '../src/common/files/keys.js';
import { migrateFiles } from '../src/common/files/migrate.js';
import { S3Storage } from '../src/common/files/s3.js';
import type { FileStorage } from '../src/common/files/storage.js';
import { createLogger } from '../src/common/logger.js';
import { MAX_FILE_BYTES, sweepStaleUploads, uploadTmpDir } from '../src/common/uploads.js';
import type { Config } from '../src/config.js';
import { PlatformRole } from '../src/modules/accounts/user.entity.js';
import { factories, MINIMAL_PDF, postFile } from './factories.js';
import { settlementWorld } from './settlement-world.js';
import { startLocalS3, type LocalS3 } from './s3.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * The file tests, once per storage backend: the local disk (the default) and S3 (a real S3-compatible server,
 * s3rver, started here). Uploads, versions, access, deletion and the data export must behave the same on both.
 */
let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3?.close());

const backends: [string, () => Partial<Config>][] = [
  ['disk', () => ({})],
  ['S3', () => ({ fileStorage: 's3', s3: s3.settings })],
];

const drain = async (stream: Readable | null) => {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
const keys = async (files: FileStorage, prefix?: string) => {
  const found: string[] = [];
  for await (const f of files.list(prefix)) found.push(f.key);
  return found.sort();
};
async function createResource(server: TestServer, cookie: string, organisationId: string, input: Record<string, unknown>): Promise<string> {
  const res = await server.gql<{ resourceCreate: { id: string } }>(`mutation($i: ResourceInput!) { resourceCreate(input: $i) { id } }`, { i: { organisationId, ...input } }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.resourceCreate.id;
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A settlement year in which Skien (4003) has recorded its decision: the decision document's upload URL, for Skien's cookie. */
let settlementYear = 2070;
async function decisionReady(server: TestServer) {
  const w = await settlementWorld(server);
  const g = async <T>(q: string, v: Record<string, unknown>) => {
    const res = await server.gql<T>(q, v, { cookie: w.staff.cookie });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const year = (await g<{ settlementYearCreate: { id: string } }>(`mutation($i: SettlementYearInput!) { settlementYearCreate(input: $i) { id } }`, { i: { countyNumber: '40', year: settlementYear++ } })).settlementYearCreate.id;
  await g(`mutation($y: ID!, $i: SettlementDecisionInput!) { settlementDecisionSet(yearId: $y, municipalityNumber: "4003", input: $i) { decided } }`, {
    y: year,
    i: { status: 'DECIDED', decided: 30, decidedMinors: false, decidedOn: '2026-11-20' },
  });
  const documentOf = async () => {
    const rows = await server.orm.em.getConnection().execute<{ id: string; document_filename: string | null }[]>(`select id, document_filename from settlement_numbers where year_id = ? and municipality_number = '4003'`, [year]);
    return rows[0]!;
  };
  return { w, url: `${server.url}/filer/bosetting/${year}/vedtak/4003`, documentOf };
}

/** A draft application of the organisation in an open round, and an accepted award for it with a final report to write. */
async function grantApplication(server: TestServer, userId: string, organisationId: string): Promise<{ application: string; report: string }> {
  const sql = <T>(text: string, params: unknown[] = []) => server.orm.em.getConnection().execute<T[]>(text, params);
  const [{ id: scheme }] = await sql<{ id: string }>(`insert into grant_scheme (id, name, created_at) values (gen_random_uuid(), ?, now()) returning id`, [`TIIA ${randomBytes(3).toString('hex')}`]);
  const [{ id: round }] = await sql<{ id: string }>(
    `insert into grant_round (id, scheme_id, title, year, budget, criteria, opens_at, closes_at, state, created_at)
     values (gen_random_uuid(), ?, 'TIIA 2027', 2027, 1000000, '[]', now(), now() + interval '30 days', 'OPEN', now()) returning id`,
    [scheme],
  );
  const [{ id: application }] = await sql<{ id: string }>(
    `insert into grant_application (id, round_id, organisation_id, title, budget_lines, guidelines_version, state, created_by_id, created_at, updated_at)
     values (gen_random_uuid(), ?, ?, 'Arbeidstrening', '[]', 1, 'DRAFT', ?, now(), now()) returning id`,
    [round, organisationId, userId],
  );
  // The follow-up of an award (the application's state does not matter to its report's attachments).
  const [{ id: award }] = await sql<{ id: string }>(
    `insert into grant_award (id, application_id, round_id, organisation_id, amount, state, accept_deadline, answered_at, created_at)
     values (gen_random_uuid(), ?, ?, ?, 100000, 'ACCEPTED', now() + interval '21 days', now(), now()) returning id`,
    [application, round, organisationId],
  );
  const [{ id: report }] = await sql<{ id: string }>(
    `insert into grant_report (id, award_id, requirement_key, kind, due_at, state, results, actuals, created_at, updated_at)
     values (gen_random_uuid(), ?, 'final', 'FINAL', now() + interval '200 days', 'DRAFT', '[]', '[]', now(), now()) returning id`,
    [award],
  );
  return { application, report };
}

describe.each(backends)('files on %s', (backend, overrides) => {
  let server: TestServer;
  let make: ReturnType<typeof factories>;
  let files: FileStorage;
  beforeAll(async () => {
    server = await startTestServer(overrides());
    make = factories(server);
    files = server.app.services.files;
  });
  afterAll(() => server.close());

  it('uses the configured storage', () => {
    expect(files.kind).toBe(backend === 'S3' ? 's3' : 'disk');
  });

  it('stores, streams back, sizes, lists and deletes, and refuses keys that leave the storage', async () => {
    const prefix = `kontrakt-${randomBytes(4).toString('hex')}/`;
    await files.put(`${prefix}a`, Buffer.from('første'));
    await files.put(`${prefix}b/c`, Readable.from([Buffer.from('strøm '), Buffer.from('i biter')]));
    expect((await drain(await files.get(`${prefix}a`)))!.toString()).toBe('første');
    expect((await drain(await files.get(`${prefix}b/c`)))!.toString()).toBe('strøm i biter');
    expect(await files.size(`${prefix}a`)).toBe(Buffer.byteLength('første'));
    expect(await files.get(`${prefix}mangler`)).toBeNull();
    expect(await files.size(`${prefix}mangler`)).toBeNull();
    expect(await keys(files, prefix)).toEqual([`${prefix}a`, `${prefix}b/c`]);
    await files.put(`${prefix}a`, Buffer.from('andre'));
    expect((await drain(await files.get(`${prefix}a`)))!.toString()).toBe('andre');
    await files.delete(`${prefix}a`);
    await files.delete(`${prefix}a`); // already gone: no error
    expect(await keys(files, prefix)).toEqual([`${prefix}b/c`]);
    await files.deletePrefix(prefix);
    expect(await keys(files, prefix)).toEqual([]);
    for (const bad of ['../passwd', '/etc/passwd', 'a/../../b', 'a//b', '', '.hidden/../x']) await expect(files.put(bad, Buffer.from('x')), bad).rejects.toThrow(/invalid file key/);
  });

  it('keeps every version of a resource file, serves each through the access rule, and removes them all with the resource', async () => {
    const admin = await make.user();
    const org = await make.organisation({ admins: [admin], verified: true });
    const cookie = await make.cookieFor(admin);
    const id = await createResource(server, cookie, org.id, { title: 'Veileder for frivillige', kind: 'DOCUMENT', access: 'MEMBERS' });
    const second = Buffer.concat([MINIMAL_PDF, Buffer.from('% versjon 2\n')]);
    expect((await postFile(`${server.url}/filer/ressurser/${id}`, MINIMAL_PDF, 'veileder.pdf', cookie)).status).toBe(201);
    expect((await postFile(`${server.url}/filer/ressurser/${id}`, second, 'veileder.pdf', cookie)).status).toBe(201);

    const current = await fetch(`${server.url}/filer/ressurser/${id}`, { headers: { cookie } });
    expect(current.status).toBe(200);
    expect(current.headers.get('content-type')).toBe('application/pdf');
    expect(current.headers.get('content-length')).toBe(String(second.length));
    expect(Buffer.from(await current.arrayBuffer())).toEqual(second);
    expect(Buffer.from(await (await fetch(`${server.url}/filer/ressurser/${id}/v/1`, { headers: { cookie } })).arrayBuffer())).toEqual(MINIMAL_PDF);
    expect((await fetch(`${server.url}/filer/ressurser/${id}`)).status).toBe(404); // members only
    expect(await keys(files, fileKeys.resource(id))).toEqual([fileKeys.resourceVersion(id, 1), fileKeys.resourceVersion(id, 2)]);

    expect((await server.gql(`mutation($id: ID!) { resourceDelete(id: $id) }`, { id }, { cookie })).errors).toBeUndefined();
    expect(await keys(files, fileKeys.resource(id))).toEqual([]);
  });

  it('streams a large upload to the storage and back unchanged', { timeout: 60_000 }, async () => {
    const admin = await make.user();
    const org = await make.organisation({ admins: [admin], verified: true });
    const cookie = await make.cookieFor(admin);
    const id = await createResource(server, cookie, org.id, { title: 'Stor rapport', kind: 'DOCUMENT', access: 'PUBLIC' });
    // 12 MB: more than two of the S3 upload's 5 MB parts.
    const big = Buffer.concat([MINIMAL_PDF, randomBytes(12 * 1024 * 1024)]);
    expect((await postFile(`${server.url}/filer/ressurser/${id}`, big, 'rapport.pdf', cookie)).status).toBe(201);
    const res = await fetch(`${server.url}/filer/ressurser/${id}`);
    expect(res.status).toBe(200);
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(big));
  });

  it('keeps an upload in a temporary file that the storage reads as a stream, and removes that file whatever the outcome', { timeout: 60_000 }, async () => {
    const admin = await make.user();
    const org = await make.organisation({ admins: [admin], verified: true });
    const cookie = await make.cookieFor(admin);
    const id = await createResource(server, cookie, org.id, { title: 'Strømmet', kind: 'DOCUMENT', access: 'PUBLIC' });
    const url = `${server.url}/filer/ressurser/${id}`;
    const tmp = uploadTmpDir(server.config.dataDir);
    const waiting = async () => (await readdir(tmp).catch(() => [])).sort();
    const until = async (done: (names: string[]) => boolean) => {
      for (let i = 0; i < 250 && !done(await waiting()); i++) await new Promise((r) => setTimeout(r, 20));
      return waiting();
    };

    const put = files.put;
    const seen: { stream: boolean; waiting: number[]; meta: unknown }[] = [];
    files.put = async (key, body, meta) => {
      const names = await waiting();
      seen.push({ stream: !Buffer.isBuffer(body), waiting: await Promise.all(names.map(async (n) => (await stat(join(tmp, n))).size)), meta });
      return put.call(files, key, body, meta);
    };
    try {
      // While the storage takes it, the upload is a file on disk, whole, and reaches the storage as a stream.
      const pdf = Buffer.concat([MINIMAL_PDF, randomBytes(3 * 1024 * 1024)]);
      expect((await postFile(url, pdf, 'strøm.pdf', cookie)).status).toBe(201);
      expect(seen).toEqual([{ stream: true, waiting: [pdf.length], meta: { contentType: 'application/pdf', size: pdf.length } }]);
      expect(await until((n) => n.length === 0)).toEqual([]);
      expect(sha(Buffer.from(await (await fetch(url)).arrayBuffer()))).toBe(sha(pdf));

      // Refused by its content, by its size, or by the storage: nothing is left behind.
      expect((await postFile(url, Buffer.from('ikke en pdf'), 'falsk.pdf', cookie)).status).toBe(415);
      expect(await until((n) => n.length === 0)).toEqual([]);
      expect((await postFile(url, Buffer.concat([MINIMAL_PDF, Buffer.alloc(MAX_FILE_BYTES)]), 'stor.pdf', cookie)).status).toBe(413);
      expect(await until((n) => n.length === 0)).toEqual([]);
      files.put = async () => {
        throw new Error('disken er full');
      };
      expect((await postFile(url, MINIMAL_PDF, 'full.pdf', cookie)).status).toBe(503);
      expect(await until((n) => n.length === 0)).toEqual([]);

      // The client goes away halfway through the body.
      const boundary = `grense${randomBytes(8).toString('hex')}`;
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="halv.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/filer/ressurser/${id}`,
        headers: { cookie, 'x-samhandling-upload': '1', 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + 4_000_000) },
      });
      req.on('error', () => {});
      req.write(head);
      req.write(Buffer.concat([MINIMAL_PDF, randomBytes(1_000_000)]));
      expect(await until((n) => n.length === 1)).toHaveLength(1);
      req.destroy();
      expect(await until((n) => n.length === 0)).toEqual([]);
    } finally {
      files.put = put;
    }
    expect((await server.gql<{ resource: { currentVersion: number } }>(`query($id: ID!) { resource(id: $id) { currentVersion } }`, { id })).data?.resource.currentVersion).toBe(1);
  });

  it('keeps application attachments, serves them to the applicant only, and removes the bytes with the attachment; the data export includes them', { timeout: 30_000 }, async () => {
    const user = await make.user();
    const org = await make.organisation({ admins: [user], verified: true });
    const cookie = await make.cookieFor(user);
    const { application } = await grantApplication(server, user.id, org.id);
    const upload = await postFile(`${server.url}/filer/soknader/${application}`, MINIMAL_PDF, 'budsjett.pdf', cookie);
    expect(upload.status).toBe(201);
    const { id: attachment } = (await upload.json()) as { id: string };
    expect(await files.size(fileKeys.grantAttachment(attachment))).toBe(MINIMAL_PDF.length);
    const url = `${server.url}/filer/soknader/${application}/vedlegg/${attachment}`;
    expect(Buffer.from(await (await fetch(url, { headers: { cookie } })).arrayBuffer())).toEqual(MINIMAL_PDF);
    expect((await fetch(url, { headers: { cookie: await make.cookieFor(await make.user()) } })).status).toBe(404);

    const zip = unzipSync(new Uint8Array(await (await fetch(`${server.url}/konto/mine-data.zip`, { headers: { cookie } })).arrayBuffer()));
    const inZip = Object.entries(zip).find(([name]) => name.startsWith(`files/grant-applications/${application}/`));
    expect(inZip && Buffer.from(inZip[1])).toEqual(MINIMAL_PDF);

    expect((await server.gql(`mutation($id: ID!) { grantAttachmentDelete(id: $id) { id } }`, { id: attachment }, { cookie })).errors).toBeUndefined();
    expect(await files.size(fileKeys.grantAttachment(attachment))).toBeNull();
  });

  it('keeps a municipality’s decision document and serves it to those who may read the year’s numbers', { timeout: 30_000 }, async () => {
    const { w, url, documentOf } = await decisionReady(server);
    const pdf = Buffer.concat([MINIMAL_PDF, Buffer.from('% vedtak\n')]);
    expect((await postFile(url, pdf, 'vedtak.pdf', w.skien.cookie)).status).toBe(201);
    expect(await files.size(fileKeys.settlementDecision((await documentOf()).id))).toBe(pdf.length);
    const res = await fetch(url, { headers: { cookie: w.imdi.cookie } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pdf);
    expect((await fetch(url, { headers: { cookie: w.outsider.cookie } })).status).toBe(404);
  });

  it('keeps report attachments, serves them to the organisation and county staff only, and removes the bytes with the attachment; the data export includes them', { timeout: 30_000 }, async () => {
    const user = await make.user();
    const org = await make.organisation({ admins: [user], verified: true });
    const cookie = await make.cookieFor(user);
    const { report } = await grantApplication(server, user.id, org.id);
    const upload = await postFile(`${server.url}/filer/rapporter/${report}`, MINIMAL_PDF, 'regnskap.pdf', cookie);
    expect(upload.status).toBe(201);
    const { id: attachment } = (await upload.json()) as { id: string };
    expect(await files.size(fileKeys.grantReportAttachment(attachment))).toBe(MINIMAL_PDF.length);
    const url = `${server.url}/filer/rapporter/${report}/vedlegg/${attachment}`;
    const own = await fetch(url, { headers: { cookie } });
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await own.arrayBuffer())).toEqual(MINIMAL_PDF);
    const staff = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    expect(Buffer.from(await (await fetch(url, { headers: { cookie: staff } })).arrayBuffer())).toEqual(MINIMAL_PDF);
    expect((await fetch(url, { headers: { cookie: await make.cookieFor(await make.user()) } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(404);

    const zip = unzipSync(new Uint8Array(await (await fetch(`${server.url}/konto/mine-data.zip`, { headers: { cookie } })).arrayBuffer()));
    const inZip = Object.entries(zip).find(([name]) => name.startsWith(`files/grant-reports/${report}/`));
    expect(inZip && Buffer.from(inZip[1])).toEqual(MINIMAL_PDF);

    expect((await server.gql(`mutation($id: ID!) { grantReportAttachmentDelete(id: $id) { id } }`, { id: attachment }, { cookie })).errors).toBeUndefined();
    expect(await files.size(fileKeys.grantReportAttachment(attachment))).toBeNull();
    expect((await fetch(url, { headers: { cookie } })).status).toBe(404);
  });
});

describe('S3 storage that does not answer', () => {
  it('answers 503 to downloads and uploads (the user may try again), and the file is there once S3 is back', { timeout: 60_000 }, async () => {
    const own = await startLocalS3('samhandling-outage');
    const server = await startTestServer({ fileStorage: 's3', s3: own.settings });
    try {
      const make = factories(server);
      const admin = await make.user();
      const org = await make.organisation({ admins: [admin], verified: true });
      const cookie = await make.cookieFor(admin);
      const id = await createResource(server, cookie, org.id, { title: 'Utkast', kind: 'DOCUMENT', access: 'PUBLIC' });
      expect((await postFile(`${server.url}/filer/ressurser/${id}`, MINIMAL_PDF, 'utkast.pdf', cookie)).status).toBe(201);

      await own.stop();
      const download = await fetch(`${server.url}/filer/ressurser/${id}`);
      expect(download.status).toBe(503);
      expect(download.headers.get('retry-after')).toBe('5');
      const upload = await postFile(`${server.url}/filer/ressurser/${id}`, MINIMAL_PDF, 'utkast.pdf', cookie);
      expect(upload.status).toBe(503);
      expect(((await upload.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('resource/storage_unavailable');
      const { report } = await grantApplication(server, admin.id, org.id);
      const reportUpload = await postFile(`${server.url}/filer/rapporter/${report}`, MINIMAL_PDF, 'regnskap.pdf', cookie);
      expect(reportUpload.status).toBe(503);
      expect(((await reportUpload.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('grant/storage_unavailable');
      // The failed upload left no attachment.
      expect(await server.orm.em.getConnection().execute(`select 1 from grant_report_attachment where report_id = ?`, [report])).toEqual([]);
      // The failed upload made no version.
      expect((await server.gql<{ resource: { currentVersion: number } }>(`query($id: ID!) { resource(id: $id) { currentVersion } }`, { id })).data?.resource.currentVersion).toBe(1);

      // A decision document likewise: 503, and the decision keeps no document it does not have.
      const decision = await decisionReady(server);
      const refused = await postFile(decision.url, MINIMAL_PDF, 'vedtak.pdf', decision.w.skien.cookie);
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('settlement/storage_unavailable');
      expect((await decision.documentOf()).document_filename).toBeNull();

      await own.start();
      expect(Buffer.from(await (await fetch(`${server.url}/filer/ressurser/${id}`)).arrayBuffer())).toEqual(MINIMAL_PDF);
    } finally {
      await server.close();
      await own.close();
    }
  });
});

describe('npm run files:migrate', () => {
  it('copies every file from the disk to the bucket under the same key, and skips what is there on a second run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samhandling-files-'));
    try {
      const disk = new DiskStorage(dir);
      const bucket = new S3Storage({ ...s3.settings, prefix: `migrert-${randomBytes(3).toString('hex')}` });
      const pdf = Buffer.concat([MINIMAL_PDF, randomBytes(1000)]);
      await disk.put('4f0c6a32-0000-4000-8000-000000000001/1', pdf);
      await disk.put('4f0c6a32-0000-4000-8000-000000000001/2', MINIMAL_PDF);
      await disk.put('grant-attachments/4f0c6a32-0000-4000-8000-000000000002', Buffer.from('vedlegg'));
      expect(await migrateFiles(disk, bucket)).toEqual({ copied: 3, skipped: 0, bytes: pdf.length + MINIMAL_PDF.length + 7 });
      expect(await keys(bucket)).toEqual(await keys(disk));
      expect(await drain(await bucket.get('4f0c6a32-0000-4000-8000-000000000001/1'))).toEqual(pdf);
      expect(await migrateFiles(disk, bucket)).toEqual({ copied: 0, skipped: 3, bytes: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('temporary files of uploads', () => {
  it('are swept at start when a killed process left them, but not while another process may still be receiving them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-sweep-'));
    try {
      const dir = uploadTmpDir(dataDir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'gammel.upload'), 'x');
      writeFileSync(join(dir, 'ny.upload'), 'x');
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
      utimesSync(join(dir, 'gammel.upload'), twoHoursAgo, twoHoursAgo);
      await sweepStaleUploads(dataDir, createLogger('silent'));
      expect(await readdir(dir)).toEqual(['ny.upload']);
      await sweepStaleUploads(join(dataDir, 'finnes-ikke'), createLogger('silent')); // no folder yet: nothing to do
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
