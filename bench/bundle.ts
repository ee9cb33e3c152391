/**
 * Benchmark 6: JavaScript a browser downloads on first load, gzip-compressed. Builds the client, starts the
 * server on an empty database with demo data, opens the front page and an event list in Debian's Chromium,
 * and sums the gzip size of every script it fetched (the server's own compression is not assumed).
 * Run: npm run bench:bundle   (writes bench/results/bundle.json)
 */
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { repoRoot } from '../server/src/common/paths.js';
import { freePort, stopServer } from '../server/test/server-process.js';
import { benchDatabase, round, SECRET, spawnBuiltServer, writeResult } from './lib.js';

execSync('npm run build -w client', { cwd: repoRoot, stdio: 'ignore' });
const db = await benchDatabase('bench_bundle');
const server = await spawnBuiltServer(await freePort(), { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
try {
  const pages: Record<string, unknown> = {};
  for (const path of ['/', '/arrangementer']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: { url: string; bytes: number; gzipBytes: number }[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() !== 'script') return;
      const body = await res.body();
      scripts.push({ url: new URL(res.url()).pathname, bytes: body.length, gzipBytes: gzipSync(body).length });
    });
    await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const gzip = scripts.reduce((a, s) => a + s.gzipBytes, 0);
    pages[path] = { scripts: scripts.length, jsKB: round(scripts.reduce((a, s) => a + s.bytes, 0) / 1024), jsGzipKB: round(gzip / 1024), goalGzipKB: 200, withinGoal: gzip / 1024 <= 200, largest: scripts.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5).map((s) => ({ ...s, gzipKB: round(s.gzipBytes / 1024) })) };
    await context.close();
  }
  writeResult('bundle', { firstLoad: pages });
} finally {
  await browser.close();
  await stopServer(server);
  await db.stop();
}
process.exit(0);
