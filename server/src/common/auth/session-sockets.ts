import type { WebSocket } from 'ws';
import { sessionTokenHash } from './session.js';

/**
 * This process's WebSockets by the session they were opened with. Every operation on a socket reads its session
 * anew, but a running subscription would outlive a logout: when a session row is deleted (any process, any path:
 * the `session_ended` trigger), its sockets here are closed. The close code is graphql-ws's Forbidden, which its
 * client retries, so a browser that is still open reconnects with whatever cookie it has now.
 */
export class SessionSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();

  constructor(private readonly secret: string) {}

  add(socket: WebSocket, cookieHeader: string | undefined): void {
    const hash = sessionTokenHash(this.secret, cookieHeader);
    if (!hash) return;
    let sockets = this.bySession.get(hash);
    if (!sockets) this.bySession.set(hash, (sockets = new Set()));
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (!sockets.size && this.bySession.get(hash) === sockets) this.bySession.delete(hash);
    });
  }

  end(tokenHash: string): void {
    for (const socket of this.bySession.get(tokenHash) ?? []) socket.close(4403, 'Session ended');
  }
}
