/**
 * The client side of benchmark 4, in its own process so that it does not load the server's event loop:
 * opens one graphql-ws connection per cookie it is given, and on command subscribes them to a group and
 * reports, per message, how long each subscriber waited (publish time is carried in the message body).
 * Talks to bench/ws-fanout.ts over IPC.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

type Command = { type: 'connect'; port: number; cookies: string[] } | { type: 'subscribe'; count: number; groupId: string } | { type: 'status' } | { type: 'collect' } | { type: 'exit' };

const clients: Client[] = [];
const unsubscribes: (() => void)[] = [];
const latencies = new Map<string, number[]>();
let seenReady: boolean[] = [];
const now = () => performance.timeOrigin + performance.now();
const send = (m: unknown) => process.send!(m);

process.on('message', async (cmd: Command) => {
  if (cmd.type === 'connect') {
    let acked = 0;
    for (const cookie of cmd.cookies) {
      const client = createClient({
        url: `ws://127.0.0.1:${cmd.port}/graphql`,
        lazy: false,
        retryAttempts: 0,
        keepAlive: 0,
        on: { connected: () => void acked++ },
        webSocketImpl: class extends WebSocket {
          constructor(url: string, protocols: string[]) {
            super(url, protocols, { headers: { cookie } });
          }
        },
      });
      clients.push(client);
      if (clients.length % 200 === 0) while (acked < clients.length - 50) await new Promise((r) => setTimeout(r, 5)); // pace the handshakes
    }
    while (acked < clients.length) await new Promise((r) => setTimeout(r, 10));
    send({ type: 'connected', count: acked });
  } else if (cmd.type === 'subscribe') {
    for (const stop of unsubscribes.splice(0)) stop();
    latencies.clear();
    seenReady = Array.from({ length: cmd.count }, () => false);
    clients.slice(0, cmd.count).forEach((client, i) => {
      unsubscribes.push(
        client.subscribe<{ groupEvents: { message: { body: string } | null } }>(
          { query: `subscription($g: ID!) { groupEvents(groupId: $g) { cursor type message { id body author { name } } } }`, variables: { g: cmd.groupId } },
          {
            next: ({ data }) => {
              const received = now();
              const [tag, sentAt] = (data?.groupEvents.message?.body ?? '').split('@');
              if (tag === 'ready') seenReady[i] = true;
              else if (sentAt) {
                const list = latencies.get(tag!);
                if (list) list.push(received - Number(sentAt));
                else latencies.set(tag!, [received - Number(sentAt)]);
              }
            },
            error: (e) => send({ type: 'error', error: String(e) }),
            complete: () => {},
          },
        ),
      );
    });
    send({ type: 'subscribed' });
  } else if (cmd.type === 'status') {
    // The parent posts "ready@…" messages until every subscriber has seen one: then all are attached.
    send({ type: 'status', ready: seenReady.filter(Boolean).length });
  } else if (cmd.type === 'collect') {
    send({ type: 'latencies', latencies: Object.fromEntries(latencies) });
  } else if (cmd.type === 'exit') {
    for (const c of clients) await c.dispose();
    process.exit(0);
  }
});
send({ type: 'started' });
