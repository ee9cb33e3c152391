import type { Worker } from 'node:cluster';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, Server as NetServer, type Socket } from 'node:net';
import type { Logger } from './common/logger.js';
import { isLoopbackAddress } from './common/mail/dev-mailbox.js';
import { compileTrust, type TrustProxy } from './common/request-context.js';

/**
 * WEB_BALANCE=request: with several server processes, the primary is a small HTTP proxy in front of workers that
 * listen on their own loopback ports, and sends each request to the worker with the fewest requests outstanding
 * (a WebSocket to the one with the fewest WebSockets, and it stays there). node:cluster instead hands each new
 * connection to a worker, waiting on a busy one (median 135 ms, p99 2.7 s under bursts), and a kept-alive connection
 * stays with its worker however busy it is, so connections split up to 83/17 (issue 28).
 *
 * The client's address: the proxy appends the address it saw to X-Forwarded-For (only when the request did not come
 * straight from this machine without one, so a local request still looks local: /metrics, the dev mailbox), and marks
 * the request with a secret the primary made at start. A worker believes the header one hop further than TRUST_PROXY,
 * and only from its proxy: without the secret (a local process calling a worker's port itself), it drops the header.
 */

const SECRET_ENV = 'SAMHANDLING_BALANCER_SECRET';
const SECRET_HEADER = 'x-samhandling-balancer';
/** Headers of one connection, not of the request (RFC 9110 7.6.1); Node frames the body itself. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect', SECRET_HEADER]);

type Message = { samhandling: 'listening'; port: number } | { samhandling: 'draining' };

// ---------------------------------------------------------------- worker side

/** The secret when this process is a worker behind the balancer (read once, then out of the environment). */
export function balancerSecret(): string | undefined {
  const secret = process.env[SECRET_ENV];
  delete process.env[SECRET_ENV];
  return secret || undefined;
}

/** TRUST_PROXY behind the balancer: its hop (loopback) first, then the configured proxies one hop further out. */
export function trustBehindBalancer(trust: TrustProxy): (address: string, hop: number) => boolean {
  const outer = compileTrust(trust);
  return (address, hop) => (hop === 0 ? isLoopbackAddress(address) : outer(address, hop - 1));
}

/**
 * Listens on a port of its own on loopback (not the cluster's shared one), drops X-Forwarded-For from anyone but the
 * balancer, and tells the primary the port.
 */
export async function listenBehindBalancer(server: Server, secret: string): Promise<number> {
  const expected = Buffer.from(secret);
  const check = (req: IncomingMessage) => {
    const given = req.headers[SECRET_HEADER];
    const fromBalancer = typeof given === 'string' && given.length === secret.length && timingSafeEqual(Buffer.from(given), expected);
    delete req.headers[SECRET_HEADER];
    if (!fromBalancer) delete req.headers['x-forwarded-for'];
  };
  server.prependListener('request', check);
  server.prependListener('upgrade', check);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  process.send?.({ samhandling: 'listening', port } satisfies Message);
  return port;
}

/** Tells the balancer to send this worker nothing new (it is stopping). */
export function announceDraining(): void {
  if (process.connected) process.send?.({ samhandling: 'draining' } satisfies Message);
}

// ---------------------------------------------------------------- primary side

interface Target {
  worker: Worker;
  port: number;
  agent: Agent;
  outstanding: number;
  webSockets: number;
}

/** Requests waiting for a worker at most (then 503, Retry-After 1): a burst is queued, an overload is refused. */
const MAX_WAITING = 2_000;

export class Balancer {
  /** For `cluster.fork(env)`: the workers' secret. */
  readonly workerEnv = { [SECRET_ENV]: randomBytes(24).toString('base64url') };
  private readonly secret = this.workerEnv[SECRET_ENV];
  private readonly server = createServer((req, res) => this.forward(req, res));
  /** Workers taking requests, in a fixed order; `next` turns where a tie starts so ties go round. */
  private targets: Target[] = [];
  private next = 0;
  private readonly plainSockets = new Set<Socket>();
  private readonly upgradedSockets = new Set<Socket>();
  /** Requests that found every worker at `perWorker`, oldest first: each goes to the first worker that frees. */
  private readonly waiting: { req: IncomingMessage; res: ServerResponse }[] = [];
  private draining = false;

  /**
   * `perWorker`: requests outstanding per worker at most (its database pool's size): beyond it a request would wait
   * inside that worker for a connection, while another worker may free first (issue 28: 190–200 pool waits over
   * 10 ms per worker at 100 req/s without it). WebSockets are not counted.
   */
  constructor(
    private readonly logger: Logger,
    private readonly perWorker = Infinity,
  ) {
    this.server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => this.upgrade(req, socket, head));
    this.server.on('connection', (socket: Socket) => {
      socket.setNoDelay(true);
      this.plainSockets.add(socket);
      socket.once('close', () => this.plainSockets.delete(socket));
    });
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, () => resolve());
    });
  }

  /** Follows a forked worker: `onListening` once it takes requests; out of the rotation when it stops or dies. */
  attach(worker: Worker, onListening: () => void): void {
    worker.on('message', (m: Message) => {
      if (m?.samhandling === 'listening') {
        // At most a few sockets stay idle per worker; 4 s, under the worker's 5-s keep-alive, so it never closes one
        // the proxy is about to reuse.
        const agent = new Agent({ keepAlive: true, maxFreeSockets: 64, timeout: 4_000, scheduling: 'lifo' });
        this.targets.push({ worker, port: m.port, agent, outstanding: 0, webSockets: 0 });
        this.dequeue(); // requests that waited while every worker was full (a replaced one comes back)
        onListening();
      } else if (m?.samhandling === 'draining') this.remove(worker);
    });
    worker.once('exit', () => this.remove(worker));
  }

  private remove(worker: Worker) {
    const gone = this.targets.filter((t) => t.worker === worker);
    this.targets = this.targets.filter((t) => t.worker !== worker);
    // Idle sockets close now; busy ones end with their response (the worker answers `Connection: close`).
    for (const t of gone) for (const sockets of Object.values(t.agent.freeSockets)) for (const s of sockets ?? []) s.destroy();
    if (!this.targets.length) for (const { res } of this.waiting.splice(0)) unavailable(res);
  }

  /** The worker with the fewest requests outstanding (WebSockets: the fewest open); ties go round. */
  private pick(webSocket: boolean): Target | undefined {
    const n = this.targets.length;
    let best: Target | undefined;
    for (let i = 0; i < n; i++) {
      const t = this.targets[(this.next + i) % n]!;
      if (!best || (webSocket ? t.webSockets - best.webSockets || t.outstanding - best.outstanding : t.outstanding - best.outstanding) < 0) best = t;
    }
    this.next = n ? (this.next + 1) % n : 0;
    return best;
  }

  /**
   * The request's headers for the worker, as raw name/value pairs (cheaper than Node's header object, which is built
   * only when asked for): hop-by-hop ones dropped, the client's address and the secret added.
   */
  private headersFor(req: IncomingMessage, keep: readonly string[] = []): string[] {
    const headers: string[] = [];
    const raw = req.rawHeaders;
    let forwarded: string | undefined;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      if (name === 'x-forwarded-for') forwarded = forwarded ? `${forwarded}, ${raw[i + 1]}` : raw[i + 1];
      else if (!HOP_BY_HOP.has(name) || keep.includes(name)) headers.push(raw[i]!, raw[i + 1]!);
    }
    const address = req.socket.remoteAddress ?? '';
    // A request made on this machine straight to the port stays one (the worker sees loopback and no header).
    if (forwarded || !isLoopbackAddress(address)) headers.push('X-Forwarded-For', forwarded ? `${forwarded}, ${address}` : address);
    headers.push(SECRET_HEADER, this.secret);
    return headers;
  }

  private forward(req: IncomingMessage, res: ServerResponse) {
    if (this.draining) res.setHeader('Connection', 'close');
    const target = this.pick(false);
    if (!target) return void unavailable(res);
    if (target.outstanding < this.perWorker) return this.send(target, req, res);
    if (this.waiting.length >= MAX_WAITING) return void unavailable(res);
    this.waiting.push({ req, res });
  }

  /** The oldest waiting requests, to workers below `perWorker` (one just answered); those whose client left are dropped. */
  private dequeue() {
    while (this.waiting.length) {
      const target = this.pick(false);
      if (!target || target.outstanding >= this.perWorker) return;
      const { req, res } = this.waiting.shift()!;
      if (!res.destroyed && !req.socket.destroyed) this.send(target, req, res);
    }
  }

  private send(target: Target, req: IncomingMessage, res: ServerResponse) {
    target.outstanding++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      target.outstanding--;
      this.dequeue();
    };
    const upstream = request({ agent: target.agent, host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers: this.headersFor(req) });
    upstream.on('response', (answer) => {
      const headers: string[] = [];
      const raw = answer.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) if (!HOP_BY_HOP.has(raw[i]!.toLowerCase())) headers.push(raw[i]!, raw[i + 1]!);
      res.writeHead(answer.statusCode!, answer.statusMessage, headers);
      answer.pipe(res);
      answer.once('end', finish);
      answer.once('error', () => res.destroy());
    });
    upstream.on('error', (err) => {
      finish();
      if (res.headersSent) return void res.destroy();
      this.logger.warn({ err, worker: target.worker.process.pid }, 'balancer: server process did not answer');
      res.writeHead(502, { 'content-type': 'application/json', connection: 'close' }).end('{"errors":[{"message":"Bad gateway","extensions":{"code":"BAD_GATEWAY"}}]}');
    });
    res.once('close', () => {
      finish();
      if (!res.writableFinished) upstream.destroy(); // the client went away
    });
    req.pipe(upstream);
  }

  /** A WebSocket: the request head written to the chosen worker, then bytes both ways for the connection's life. */
  private upgrade(req: IncomingMessage, socket: Socket, head: Buffer) {
    const target = this.draining ? undefined : this.pick(true);
    if (!target) return void socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    this.plainSockets.delete(socket);
    this.upgradedSockets.add(socket);
    target.webSockets++;
    const upstream = connect({ port: target.port, host: '127.0.0.1', noDelay: true });
    let lines = `${req.method} ${req.url} HTTP/1.1\r\n`;
    const headers = this.headersFor(req, ['connection', 'upgrade']);
    for (let i = 0; i < headers.length; i += 2) lines += `${headers[i]}: ${headers[i + 1]}\r\n`;
    upstream.write(lines + '\r\n');
    if (head.length) upstream.write(head);
    socket.pipe(upstream).pipe(socket);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      target.webSockets--;
      this.upgradedSockets.delete(socket);
      socket.destroy();
      upstream.destroy();
    };
    socket.once('error', close).once('close', close);
    upstream.once('error', close).once('close', close);
  }

  /**
   * A graceful stop: stop accepting, answer `Connection: close` from now on and let the HTTP connections close (idle
   * ones at the 5-s keep-alive timeout, as GracefulHttp does) while the workers still serve, then stop the workers
   * (they close their WebSockets with 1001, which passes through here); after `graceMs` whatever is left is cut off.
   */
  async stop(stopWorkers: () => Promise<void>, graceMs = 6_000): Promise<void> {
    this.draining = true;
    const started = Date.now();
    NetServer.prototype.close.call(this.server); // http.Server's own close would cut idle connections mid-race
    while (this.plainSockets.size > 0 && Date.now() - started < graceMs) await new Promise((r) => setTimeout(r, 50));
    await stopWorkers();
    for (const s of [...this.plainSockets, ...this.upgradedSockets]) s.destroy();
    this.server.close(() => undefined);
    for (const t of this.targets) t.agent.destroy();
  }
}

function unavailable(res: ServerResponse) {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"status":"no server process is ready"}');
}
