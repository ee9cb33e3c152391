import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import type express from 'express';

/**
 * An HTTP server for `app` whose requests and responses are instances of plain classes over Node's, holding
 * Express's request and response methods, and which the app uses as its prototypes (`app.request`, `app.response`).
 *
 * Express otherwise makes each request and response an object of Node's and then gives it Express's prototype
 * (`Object.setPrototypeOf` in `app.handle`), an object made by `Object.create`. V8 handles objects that got a
 * prototype that way, or were made with one (a constructor whose `prototype` is Express's object), much worse: with a
 * bare Express 5 app answering one kept-alive connection, 57 % of plain Node's requests a second, 12 MB of each young
 * collection's objects kept alive into the next, collections of 60–70 ms, and under the mixed benchmark a steady
 * 2 MB per collection moved into the old generation and a major collection every 25–30 s, around which the slowest
 * seconds fell; with these classes, as plain Node: nothing kept, collections under 1 ms (docs/benchmarks.md §3,
 * session 35). Express's own `setPrototypeOf` then finds the prototype already in place.
 */
export function createExpressServer(app: express.Express): Server {
  class AppRequest extends IncomingMessage {}
  class AppResponse extends ServerResponse<AppRequest> {}
  copyPrototype(app.request, IncomingMessage.prototype, AppRequest.prototype);
  copyPrototype(app.response, ServerResponse.prototype, AppResponse.prototype);
  app.request = AppRequest.prototype as unknown as express.Request;
  app.response = AppResponse.prototype as unknown as express.Response;
  return createServer({ IncomingMessage: AppRequest, ServerResponse: AppResponse }, app);
}

/** Puts on `target` every property of `from`'s prototype chain down to (not including) `base`. */
function copyPrototype(from: object, base: object, target: object): void {
  const chain: object[] = [];
  for (let p: object | null = from; p !== base; p = Object.getPrototypeOf(p) as object | null) {
    if (!p) throw new Error('Express’s request or response prototype no longer extends Node’s');
    chain.unshift(p);
  }
  // Nearest last, so it wins as it would have on the chain.
  for (const p of chain) Object.defineProperties(target, Object.getOwnPropertyDescriptors(p));
}
