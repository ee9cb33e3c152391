/**
 * `npm run test:prod`: the deployment docker-compose.yml describes, proven without a container engine. It builds
 * (unless TEST_PROD_SKIP_BUILD=1, as .ci/run sets after its own build), installs the pruned production
 * dependencies into an empty folder from the lock file as the Dockerfile does, and starts two server processes from
 * that folder on separate ports with NODE_ENV=production, as an unprivileged user when run as root, over one
 * PostgreSQL (a separate embedded cluster, reached through DATABASE_URL), one S3 server (s3rver) and one SMTP server.
 * Then it checks what an operator would: sign-up and login, upload on A and download on B, a post on A delivered
 * live to a subscriber on B, /healthz and /metrics on both, introspection off, no dev mailbox, a clean SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import { SMTPServer } from 'smtp-server';
import WebSocket from 'ws';
import { S3Storage } from '../src/common/files/s3.js';
import { createLogger } from '../src/common/logger.js';
import { repoRoot } from '../src/common/paths.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { startLocalS3 } from './s3.js';
import { freePort } from './server-process.js';

const SMOKE_USER = 'samhandling-smoke';
const METRICS_TOKEN = 'prod-smoke-metrics-token-0123456789';
const MAIL_FROM = 'Samhandling Testfylke <samhandling@testfylke.no>';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n% prod smoke\n');

const results: { name: string; ok: boolean; detail?: string }[] = [];
async function check(name: string, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (err) {
    results.push({ name, ok: false, detail: (err as Error).message });
    console.log(`  ✗ ${name}\n      ${(err as Error).message}`);
  }
}
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
function sh(command: string, args: string[], cwd = repoRoot) {
  console.log(`$ ${command} ${args.join(' ')}${cwd === repoRoot ? '' : `   (in ${cwd})`}`);
  const r = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status})`);
}

/** Root cannot show that the app runs unprivileged: then an unprivileged system user runs it. */
function unprivilegedUser(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const id = () => {
    const [u, g] = [spawnSync('id', ['-u', SMOKE_USER], { encoding: 'utf8' }), spawnSync('id', ['-g', SMOKE_USER], { encoding: 'utf8' })];
    return u.status === 0 && g.status === 0 ? { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) } : null;
  };
  if (!id()) spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', SMOKE_USER]);
  return id();
}

interface Proc {
  name: string;
  port: number;
  child: ChildProcess;
  output: () => string;
}

async function main() {
  const stage = mkdtempSync(join(tmpdir(), 'samhandling-prod-'));
  chmodSync(stage, 0o755);
  const cleanup: (() => Promise<void> | void)[] = [() => rmSync(stage, { recursive: true, force: true })];
  const procs: Proc[] = [];
  try {
    if (process.env.TEST_PROD_SKIP_BUILD !== '1') sh('npm', ['run', 'build']);
    for (const dist of ['server/dist', 'client/dist']) assert(existsSync(join(repoRoot, dist)), `${dist} is missing: run npm run build`);

    console.log('\n==> The production install, as the image holds it');
    for (const file of ['package.json', 'package-lock.json', 'server/package.json', 'client/package.json', 'e2e/package.json']) cpSync(join(repoRoot, file), join(stage, file));
    sh('npm', ['ci', '--omit=dev', '--workspace=server', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], stage);
    cpSync(join(repoRoot, 'server/dist'), join(stage, 'server/dist'), { recursive: true });
    cpSync(join(repoRoot, 'client/dist'), join(stage, 'client/dist'), { recursive: true });
    mkdirSync(join(stage, 'migrations'));
    cpSync(join(repoRoot, 'migrations/.snapshot.json'), join(stage, 'migrations/.snapshot.json'));
    const user = unprivilegedUser();
    const dataDir = join(stage, '.data');
    mkdirSync(dataDir);
    if (user) chownSync(dataDir, user.uid, user.gid);

    console.log('\n==> PostgreSQL (its own embedded cluster, used through DATABASE_URL), S3 (s3rver), SMTP');
    const logger = createLogger('warn');
    const pgDir = mkdtempSync(join(tmpdir(), 'samhandling-prod-pg-'));
    chmodSync(pgDir, 0o755);
    cleanup.push(() => rmSync(pgDir, { recursive: true, force: true }));
    const pg = await startEmbeddedPostgres({ dir: join(pgDir, 'pg'), port: await freePort(), database: 'samhandling', logger });
    cleanup.push(() => pg.stop());
    const s3 = await startLocalS3('samhandling-prod');
    cleanup.push(() => s3.close());
    const mails: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
        stream.on('end', () => (mails.push(raw), callback()));
      },
    });
    const smtpPort = await freePort();
    await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

    console.log('\n==> Two server processes, NODE_ENV=production' + (user ? ` as ${SMOKE_USER} (uid ${user.uid})` : ` as ${userInfo().username}`));
    const [portA, portB] = [await freePort(), await freePort()];
    const env = (port: number): NodeJS.ProcessEnv => ({
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${portA}`,
      DATABASE_URL: pg.url,
      SESSION_SECRET: 'prod-smoke-session-secret-'.padEnd(48, 'x'),
      DATA_DIR: dataDir,
      FILE_STORAGE: 's3',
      S3_ENDPOINT: s3.settings.endpoint,
      S3_BUCKET: s3.settings.bucket,
      S3_ACCESS_KEY_ID: s3.settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.settings.secretAccessKey,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM,
      METRICS_TOKEN,
      LOG_LEVEL: 'info',
    });
    const start = (name: string, port: number): Proc => {
      let output = '';
      const child = spawn(process.execPath, ['--max-semi-space-size=64', 'server/dist/server/src/main.js'], { cwd: stage, env: env(port), stdio: ['ignore', 'pipe', 'pipe'], ...(user ?? {}) });
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      return { name, port, child, output: () => output };
    };
    // Both at once, as two replicas start: they migrate one after the other.
    procs.push(start('A', portA), start('B', portB));
    for (const p of procs) {
      for (let i = 0; ; i++) {
        if (p.child.exitCode !== null) throw new Error(`process ${p.name} exited at start:\n${p.output()}`);
        if (await fetch(`http://127.0.0.1:${p.port}/healthz`).then((r) => r.ok, () => false)) break;
        if (i > 360) throw new Error(`process ${p.name} did not become healthy:\n${p.output()}`);
        await sleep(250);
      }
    }
    const [A, B] = procs as [Proc, Proc];
    const url = (p: Proc, path: string) => `http://127.0.0.1:${p.port}${path}`;
    const gql = async <T>(p: Proc, query: string, variables: Record<string, unknown> = {}, cookie?: string) => {
      const res = await fetch(url(p, '/graphql'), { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
      return { res, body: (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
    };
    const data = async <T>(p: Proc, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<T> => {
      const { body } = await gql<T>(p, query, variables, cookie);
      assert(!body.errors && body.data, `${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
      return body.data;
    };

    console.log('\n==> Checks');
    await check('both processes run unprivileged', () => {
      for (const p of procs) {
        const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${p.child.pid}/status`, 'utf8'))?.[1]);
        assert(uid !== 0, `process ${p.name} runs as root`);
      }
      if (!user) assert(userInfo().uid !== 0, 'running as root without an unprivileged user');
    });
    await check('the install has no development packages', () => {
      for (const dev of ['vitest', 'tsx', 'typescript', 's3rver', 'smtp-server', '@playwright/test', 'vue', 'vite']) assert(!existsSync(join(stage, 'node_modules', dev)), `${dev} is installed`);
    });
    await check('/healthz answers on A and B', async () => {
      for (const p of procs) assert((await fetch(url(p, '/healthz'))).status === 200, `${p.name}: not healthy`);
    });
    await check('introspection is off', async () => {
      const { body } = await gql(A, '{ __schema { queryType { name } } }');
      assert(body.errors?.length && !body.data, `introspection answered: ${JSON.stringify(body).slice(0, 200)}`);
    });
    await check('there is no dev mailbox', async () => {
      for (const p of procs) {
        const res = await fetch(url(p, '/dev/mail.json'));
        assert(!(res.headers.get('content-type') ?? '').includes('json'), `${p.name}: /dev/mail.json answers ${res.status} ${res.headers.get('content-type')}`);
      }
    });

    const email = `drift-${Date.now().toString(36)}@testfylke.no`;
    const password = 'Produksjon-er-ingen-lek-7';
    let cookie = '';
    await check('sign-up on A mails a confirmation link over SMTP (HTML + text, MAIL_FROM); confirmed on B; login on A', async () => {
      assert((await data<{ accountSignUp: boolean }>(A, `mutation($i: AccountSignUpInput!) { accountSignUp(input: $i) }`, { i: { email, password, name: 'Drift Driftesen' } })).accountSignUp, 'sign-up refused');
      let mail: string | undefined;
      for (let i = 0; i < 100 && !(mail = mails.find((m) => m.includes(email))); i++) await sleep(100);
      assert(mail, 'no mail reached the SMTP server within 10 s');
      assert(mail.includes(`From: ${MAIL_FROM}`), 'the From is not MAIL_FROM');
      assert(/Content-Type: multipart\/alternative/.test(mail) && /Content-Type: text\/html/.test(mail), 'not HTML + text');
      const token = /token=([A-Za-z0-9_%-]+)/.exec(mail.replace(/=\r\n/g, '').replace(/=3D/g, '='))?.[1];
      assert(token, 'no link in the mail');
      await data(B, `mutation($t: String!) { accountVerifyEmail(token: $t) { id } }`, { t: decodeURIComponent(token) });
      const { res, body } = await gql(A, `mutation($e: String!, $p: String!) { accountLogin(email: $e, password: $p) { id } }`, { e: email, p: password });
      assert(!body.errors, `login: ${JSON.stringify(body.errors)}`);
      cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.includes('='))!;
      assert(cookie, 'no session cookie');
      await data(B, '{ viewer { id } }', {}, cookie);
    });

    await check('an upload on A is stored in the bucket and downloads on B', async () => {
      const org = await data<{ organisationCreate: { id: string } }>(A, `mutation($i: OrganisationInput!) { organisationCreate(input: $i) { id } }`, { i: { name: 'Driftsforeningen', kind: 'NGO' } }, cookie);
      const resource = await data<{ resourceCreate: { id: string } }>(A, `mutation($i: ResourceInput!) { resourceCreate(input: $i) { id } }`, { i: { organisationId: org.organisationCreate.id, title: 'Driftshåndbok', kind: 'DOCUMENT', access: 'MEMBERS' } }, cookie);
      const id = resource.resourceCreate.id;
      const form = new FormData();
      form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'haandbok.pdf');
      const upload = await fetch(url(A, `/filer/ressurser/${id}`), { method: 'POST', body: form, headers: { cookie, 'x-samhandling-upload': '1' } });
      assert(upload.status === 201, `upload: ${upload.status} ${await upload.text()}`);
      const download = await fetch(url(B, `/filer/ressurser/${id}`), { headers: { cookie } });
      assert(download.status === 200, `download on B: ${download.status}`);
      assert(Buffer.from(await download.arrayBuffer()).equals(PDF), 'downloaded bytes differ');
      assert((await fetch(url(B, `/filer/ressurser/${id}`))).status === 404, 'a members-only file reached an anonymous visitor');
      assert((await new S3Storage(s3.settings).size(`${id}/1`)) === PDF.length, 'the file is not in the bucket');
    });

    await check('a post on A reaches a live subscriber on B', async () => {
      const group = await data<{ groupCreate: { id: string } }>(A, `mutation { groupCreate(input: { name: "Driftsgruppa", visibility: MEMBERS, joinPolicy: OPEN }) { id } }`, {}, cookie);
      const thread = await data<{ threadCreate: { id: string } }>(A, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Drift", body: "Start") { id } }`, { g: group.groupCreate.id }, cookie);
      const client = createClient({
        url: `ws://127.0.0.1:${B.port}/graphql`,
        retryAttempts: 0,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols: string[]) {
            super(address, protocols, { headers: { cookie } });
          }
        },
      });
      try {
        const received: string[] = [];
        let failed: unknown = null;
        // Subscribed from the cursor the server hands out on connecting: nothing after it can be missed.
        const ready = new Promise<string>((resolve) => client.on('connected', (_socket, payload) => resolve(String((payload as { cursor?: string })?.cursor ?? '0'))));
        const first = client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: () => {}, complete: () => {} });
        const cursor = await ready;
        first();
        client.subscribe<{ groupEvents: { type: string } }>(
          { query: `subscription($g: ID!, $a: String) { groupEvents(groupId: $g, after: $a) { type } }`, variables: { g: group.groupCreate.id, a: cursor } },
          { next: (v) => void (v.data && received.push(v.data.groupEvents.type)), error: (e) => (failed = e), complete: () => {} },
        );
        await data(A, `mutation($t: ID!) { messagePost(threadId: $t, body: "Fra A til B") { id } }`, { t: thread.threadCreate.id }, cookie);
        for (let i = 0; i < 100 && !received.includes('message.created'); i++) await sleep(100);
        assert(!failed, `subscription failed: ${JSON.stringify(failed)}`);
        assert(received.includes('message.created'), `no live event on B (got ${JSON.stringify(received)})`);
      } finally {
        await client.dispose();
      }
    });

    await check('/metrics answers on A and B with the token, and 401 without', async () => {
      for (const p of procs) {
        assert((await fetch(url(p, '/metrics'))).status === 401, `${p.name}: /metrics without the token`);
        const res = await fetch(url(p, '/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
        const text = await res.text();
        assert(res.status === 200 && text.includes('samhandling_http_requests_total') && text.includes('samhandling_mail_sent_total'), `${p.name}: ${res.status}`);
      }
    });

    await check('SIGTERM stops both cleanly (exit code 0)', async () => {
      for (const p of procs) {
        const exited = new Promise<number | null>((resolve) => p.child.once('exit', (code) => resolve(code)));
        p.child.kill('SIGTERM');
        const code = await Promise.race([exited, sleep(20_000).then(() => 'timeout' as const)]);
        assert(code === 0, `${p.name}: ${code}\n${p.output().slice(-2000)}`);
      }
    });
  } catch (err) {
    results.push({ name: 'setup', ok: false, detail: (err as Error).message });
    console.error(`\nprod smoke: ${(err as Error).message}`);
  } finally {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    for (const c of cleanup.reverse()) await Promise.resolve(c()).catch(() => undefined);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  // The line .ci/run adds to its totals, in vitest's shape.
  console.log(`\n      Tests  ${failed ? `${failed} failed | ` : ''}${passed} passed (${results.length})`);
  process.exit(failed ? 1 : 0);
}

await main();
