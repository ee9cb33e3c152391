import { afterAll, beforeAll } from 'vitest';
import type { Organisation } from '../src/modules/organisations/organisation.entity.js';
import { factories, type Factories } from './factories.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * An event test file's server and host: started before its tests, closed after them. The object is filled in then:
 * the server, its factories, and an organisation whose admin "Arrangør" is signed in with `hostCookie`.
 */
export function eventHostTestFile() {
  const t = {} as { server: TestServer; make: Factories; org: Organisation; hostCookie: string };
  beforeAll(async () => {
    t.server = await startTestServer();
    t.make = factories(t.server);
    const host = await t.make.user({ name: 'Arrangør' });
    t.org = await t.make.organisation({ admins: [host] });
    t.hostCookie = await t.make.cookieFor(host);
  });
  afterAll(() => t.server.close());
  return t;
}
