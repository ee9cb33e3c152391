import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type express from 'express';

/**
 * An HTTP server for `app` whose requests and responses are made with the app's own prototypes (`app.request`,
 * `app.response`) from the start. Otherwise Express gives each one its prototype in `app.handle`
 * (`Object.setPrototypeOf`), and after that change V8 keeps the request's objects alive through young-generation
 * collections until a major one: measured with a bare Express 5 server answering `res.end('ok')`, 10 MB moved to
 * the old generation per collection and collections of 10–30 ms where a plain Node handler has none moved and 1–3 ms;
 * in this server under the mixed benchmark, 2–4 MB per collection, a major collection every 10–30 s, and the slowest
 * seconds were those around them (docs/benchmarks.md §3, session 35). Made with the prototype already in place,
 * Express's `setPrototypeOf` finds nothing to change.
 */
export function createExpressServer(app: express.Express): Server {
  // Reflect.construct runs Node's constructors (ES5 functions today, classes perhaps tomorrow) for an object whose
  // prototype is the `prototype` of the function given last.
  function AppRequest(socket: Socket) {
    return Reflect.construct(IncomingMessage, [socket], AppRequest) as IncomingMessage;
  }
  AppRequest.prototype = app.request;
  function AppResponse(req: IncomingMessage, options?: unknown) {
    return Reflect.construct(ServerResponse, [req, options], AppResponse) as ServerResponse;
  }
  AppResponse.prototype = app.response;
  return createServer({ IncomingMessage: AppRequest as unknown as typeof IncomingMessage, ServerResponse: AppResponse as unknown as typeof ServerResponse }, app);
}
