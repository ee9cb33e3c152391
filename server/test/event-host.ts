import { beforeAll } from 'vitest';
import type { Organisation } from '../src/modules/organisations/organisation.entity.js';
import { factories, type Factories } from './factories.js';
import { testServerForFile, type TestServer } from './test-server.js';

/**
 * An event test file's server and host: started before its tests, closed after them. The object is filled in then:
 * the server, its factories, and an organisation whose admin "Arrangør" is signed in with `hostCookie`.
 */
export function eventHostTestFile() {
  const server = testServerForFile();
  const t = { server, make: factories(server) } as { server: TestServer; make: Factories; org: Organisation; hostCookie: string };
  beforeAll(async () => {
    ({ org: t.org, cookie: t.hostCookie } = await t.make.orgAdmin({ user: { name: 'Arrangør' } }));
  });
  return t;
}
