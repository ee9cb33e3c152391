import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { Logger } from '../common/logger.js';

export interface DrainOptions {
  /** At most this long for requests in flight and connections to close; then what is left is cut off. */
  graceMs: number;
  /** Closes the WebSockets (with 1001). */
  closeLive: () => Promise<void>;
  /** Close idle keep-alive connections after this long rather than leaving them to their timeout (tests: nobody
   * is sending any more). */
  closeIdleAfterMs?: number;
}

/**
 * A graceful stop of the HTTP side (SIGTERM, a rolling restart): stop accepting connections at once (a proxy then
 * sends new ones to another process), close the WebSockets with 1001 so clients reconnect elsewhere and resume from
 * their cursor, answer every request in flight, and close each keep-alive connection without a race: from now on
 * every response says `Connection: close`, and an idle connection is left to the server's keep-alive timeout (5 s,
 * announced in the `Keep-Alive` header, which clients honour by not reusing a connection that old). Closing idle
 * connections at once would race with a client that is just sending a request on one: that request would be lost.
 */
export class GracefulHttp {
  private readonly sockets = new Set<Socket>();
  private readonly upgraded = new Set<Socket>();
  private readonly inFlight = new Set<ServerResponse>();
  private drainStarted: Promise<void> | null = null;
  draining = false;

  constructor(
    private readonly server: Server,
    private readonly logger: Logger,
  ) {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    // A WebSocket's connection is the socket server's to close (with 1001), not an idle HTTP connection.
    server.on('upgrade', (_req: IncomingMessage, socket: Socket) => {
      this.sockets.delete(socket);
      this.upgraded.add(socket);
      socket.once('close', () => this.upgraded.delete(socket));
    });
    server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
      if (this.draining) res.setHeader('Connection', 'close');
      this.inFlight.add(res);
      res.once('close', () => this.inFlight.delete(res));
    });
  }

  /** Requests being answered now (for /metrics and tests). */
  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /**
   * Stops accepting, runs `closeLive` (the WebSockets), and resolves once every HTTP connection has closed, or after
   * `graceMs`, when whatever is left is cut off.
   */
  drain(opts: DrainOptions): Promise<void> {
    this.drainStarted ??= this.run(opts);
    return this.drainStarted;
  }

  private async run({ graceMs, closeLive, closeIdleAfterMs }: DrainOptions): Promise<void> {
    this.draining = true;
    const started = Date.now();
    // net.Server's close, not http.Server's: that one also closes idle keep-alive connections at once (the race above).
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(this.server, () => resolve()));
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const inFlightAtStart = this.inFlight.size;
    if (closeIdleAfterMs !== undefined) setTimeout(() => this.server.closeIdleConnections(), closeIdleAfterMs).unref();
    await closeLive().catch((err) => this.logger.warn({ err }, 'closing WebSockets failed'));
    const deadline = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
    const outcome = await Promise.race([closed.then(() => 'drained' as const), deadline]);
    if (outcome === 'timeout') {
      this.logger.warn({ requestsInFlight: this.inFlight.size, connections: this.sockets.size }, 'stopping: grace period over, closing what is left');
      for (const socket of [...this.sockets, ...this.upgraded]) socket.destroy();
      this.server.closeAllConnections();
    }
    // http.Server's own close too, for its timers (it answers "not running", which is expected here).
    this.server.close(() => undefined);
    this.logger.info({ ms: Date.now() - started, requestsAnswered: inFlightAtStart, outcome }, 'HTTP drained');
  }
}
