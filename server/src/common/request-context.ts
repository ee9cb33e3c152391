import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type express from 'express';
import proxyaddr from 'proxy-addr';

/**
 * The request id: taken from the proxy's X-Request-Id when it sends a plausible one (so proxy and app logs join),
 * otherwise made here; answered in the X-Request-Id header and in error bodies, and added to every log line written
 * while the request is handled (logger.ts reads it from here).
 */
const store = new AsyncLocalStorage<{ requestId: string }>();

const PLAUSIBLE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}

/** The proxy's id when it sent a plausible one, else a new one. */
export function requestIdFrom(given: string | string[] | undefined): string {
  return typeof given === 'string' && PLAUSIBLE_ID.test(given) ? given : randomUUID();
}

export function requestIds(): express.RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.get('x-request-id'));
    res.setHeader('X-Request-Id', requestId);
    store.run({ requestId }, next);
  };
}

/** Runs functions with `requestId` as the current one: a WebSocket connection (which does not pass the middleware)
 * makes one and runs each of its messages in it, without an allocation per message. */
export function requestScope(requestId: string): <T>(fn: () => T) => T {
  const scope = { requestId };
  return (fn) => store.run(scope, fn);
}

/**
 * Which X-Forwarded-For entries are believed (TRUST_PROXY): a hop count (`1`: the nearest proxy), addresses and
 * subnets (`10.0.0.0/8, 172.16.0.0/12`, or `loopback`, `uniquelocal` …), or `false` (no proxy: the socket's
 * address). The same rule for Express's req.ip and for WebSocket upgrades.
 */
export type TrustProxy = number | string | false | ((address: string, hop: number) => boolean);

export function compileTrust(trust: TrustProxy): (address: string, hop: number) => boolean {
  if (typeof trust === 'function') return trust; // already compiled (a worker behind the balancer: balancer.ts)
  if (trust === false) return () => false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyaddr.compile(trust.split(',').map((s) => s.trim()).filter(Boolean));
}

/** The client's address under `trust`, IPv4 without its IPv6 mapping. */
export function clientAddressOf(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  return (proxyaddr(req, trust) || 'unknown').replace(/^::ffff:(?=\d+\.)/, '');
}
