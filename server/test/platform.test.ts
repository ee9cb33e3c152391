import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { testServerForFile } from './test-server.js';

const server = testServerForFile();

describe('the platform over HTTP and WebSocket', () => {
  it('reports healthy when the database answers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('rejects a malformed body with 400 and a GraphQL-shaped error', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a validation error with its code and no stack trace', async () => {
    const res = await server.gql('{ nosuchfield }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toContain('stacktrace');
  });

  it('refuses GET mutations and simple cross-site POSTs (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ topics { slug } }')}`);
    expect(res.status).toBe(400);
  });

  it('serves queries over graphql-ws on the same port and path', async () => {
    const client: Client = createClient({ url: `ws://127.0.0.1:${server.port}/graphql`, webSocketImpl: WebSocket });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        client.subscribe({ query: '{ municipality(number: "4003") { name } }' }, { next: resolve, error: reject, complete: () => {} });
      });
      expect(result).toEqual({ data: { municipality: { name: 'Skien' } } });
    } finally {
      await client.dispose();
    }
  });

  it('masks errors over graphql-ws the same way', async () => {
    const client = createClient({ url: `ws://127.0.0.1:${server.port}/graphql`, webSocketImpl: WebSocket });
    try {
      const result = await new Promise<{ errors?: { extensions?: { code?: string } }[] }>((resolve, reject) => {
        client.subscribe({ query: '{ municipality(number: "1") { name } }' }, { next: (v) => resolve(v as never), error: reject, complete: () => {} });
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await client.dispose();
    }
  });

  it('refuses a WebSocket handshake from a foreign Origin', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, 'graphql-transport-ws', { origin: 'https://evil.example' });
    const outcome = await new Promise<string>((resolve) => {
      ws.on('open', () => resolve('open'));
      ws.on('unexpected-response', (_req, res) => resolve(`status ${res.statusCode}`));
      ws.on('error', () => resolve('error'));
    });
    ws.terminate();
    expect(outcome).not.toBe('open');
  });
});

describe('security headers', () => {
  it('sends a strict CSP and the usual headers on every response', async () => {
    const res = await fetch(`${server.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
