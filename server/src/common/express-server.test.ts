import { IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createExpressServer } from './express-server.js';

describe('createExpressServer', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('makes each request and response a plain class’s instance over Node’s, with Express’s methods, before Express sees them, and Express works on them', async () => {
    const app = express();
    app.use(express.json());
    app.post('/echo', (req, res) => {
      res.status(201).set('X-Seen', req.get('x-given') ?? '').json({ body: req.body as unknown, secure: req.secure });
    });
    server = createExpressServer(app);
    const seen: { request: unknown; response: unknown; isMessage: boolean; isResponse: boolean }[] = [];
    // Before the app's own listener: what Express's `app.handle` is given.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      seen.push({ request: Object.getPrototypeOf(req), response: Object.getPrototypeOf(res), isMessage: req instanceof IncomingMessage, isResponse: res instanceof ServerResponse });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    for (const n of [1, 2]) {
      const res = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-given': `g${n}` }, body: JSON.stringify({ n }) });
      expect(res.status).toBe(201);
      expect(res.headers.get('x-seen')).toBe(`g${n}`);
      expect(await res.json()).toEqual({ body: { n }, secure: false });
    }
    expect(seen).toHaveLength(2);
    for (const s of seen) expect(s).toEqual({ request: app.request, response: app.response, isMessage: true, isResponse: true });
    // One class over Node's: no object of Express's (made by Object.create) in the chain, which V8 handles badly.
    expect(Object.getPrototypeOf(app.request)).toBe(IncomingMessage.prototype);
    expect(Object.getPrototypeOf(app.response)).toBe(ServerResponse.prototype);
    expect(Object.getOwnPropertyNames(app.request)).toContain('get');
  });
});
