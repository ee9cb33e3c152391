import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { testServerForFile } from '../../../test/test-server.js';
import { isLocalRequest, isLoopbackAddress } from './dev-mailbox.js';

const server = testServerForFile();
beforeAll(async () => {
  await server.gql(`mutation { accountSignUp(input: { email: "ny@example.no", password: "lang-og-sikker-frase", name: "Ny" }) }`);
});

/** A GET with full control of the Host header (fetch does not allow setting it). */
function get(host: string, port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** An address of this machine that is not loopback, if it has one. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('the development mailbox', () => {
  it('shows the mails to requests from this machine, and says it is for loopback only', async () => {
    const json = await get('127.0.0.1', server.port, '/dev/mail.json');
    expect(json.status).toBe(200);
    expect((JSON.parse(json.body) as { to: string }[]).map((m) => m.to)).toEqual(['ny@example.no']);
    const page = await get('127.0.0.1', server.port, '/dev/mail', { host: `localhost:${server.port}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('answers requests from loopback');
    expect(page.body).toContain('ny@example.no');
  });

  it.skipIf(!outsideAddress)('gives 404 to a request from another address', async () => {
    for (const path of ['/dev/mail.json', '/dev/mail', '/dev/mail.json?to=ny@example.no']) {
      const res = await get(outsideAddress!, server.port, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('ny@example.no');
    }
    // X-Forwarded-For cannot make a remote request look local.
    expect((await get(outsideAddress!, server.port, '/dev/mail.json', { 'x-forwarded-for': '127.0.0.1' })).status).toBe(404);
  });

  it('gives 404 on loopback to a request that names another host (DNS rebinding) or came through a proxy', async () => {
    expect((await get('127.0.0.1', server.port, '/dev/mail.json', { host: 'angriper.example:4000' })).status).toBe(404);
    expect((await get('127.0.0.1', server.port, '/dev/mail.json', { 'x-forwarded-for': '198.51.100.7' })).status).toBe(404);
    expect((await get('127.0.0.1', server.port, '/dev/mail.json', { forwarded: 'for=198.51.100.7' })).status).toBe(404);
  });
});

describe('isLocalRequest', () => {
  const req = (remoteAddress: string, host = 'localhost:4000', headers: Record<string, string> = {}) =>
    ({ socket: { remoteAddress }, headers: { host, ...headers } }) as unknown as Parameters<typeof isLocalRequest>[0];

  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])('accepts the loopback address %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
    expect(isLocalRequest(req(address))).toBe(true);
  });

  it.each(['192.0.2.2', '::ffff:192.0.2.2', '10.0.0.1', 'fe80::1', '::2', '', 'localhost'])('refuses %s', (address) => {
    expect(isLocalRequest(req(address))).toBe(false);
  });

  it('accepts loopback host names and refuses others', () => {
    for (const host of ['localhost', 'localhost:4000', 'app.localhost:5173', '127.0.0.1:4000', '[::1]:4000']) expect(isLocalRequest(req('127.0.0.1', host)), host).toBe(true);
    for (const host of ['example.no', '192.0.2.2:4000', 'localhost.example.no', '']) expect(isLocalRequest(req('127.0.0.1', host)), host).toBe(false);
    expect(isLocalRequest(req('127.0.0.1', 'localhost', { 'x-forwarded-for': '127.0.0.1' }))).toBe(false);
  });
});
