import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, expect } from 'vitest';
import { factories } from './factories.js';
import { testServerForFile, type GqlResponse, type TestServer } from './test-server.js';
import { PlatformRole, type User } from '../src/modules/accounts/user.entity.js';
import { Organisation, OrganisationKind } from '../src/modules/organisations/organisation.entity.js';
import { Municipality } from '../src/modules/reference/municipality.entity.js';

/** The people of a settlement test: county staff, two municipalities' people, an agency's, and people with no standing. */
export async function settlementWorld(server: TestServer) {
  const make = factories(server);
  const person = async (name: string, role?: PlatformRole) => {
    const user = await make.user({ name, role });
    return { user, cookie: await make.cookieFor(user) };
  };
  const staff = await person('Kari Fylke', PlatformRole.COUNTY_STAFF);
  const skien = await person('Siri Skien');
  const skien2 = await person('Sverre Skien');
  const porsgrunn = await person('Per Porsgrunn');
  const imdi = await person('Ida IMDi');
  const fake = await person('Falske Fredrik');
  const outsider = await person('Ola Utenfor');
  const serving = async (org: Organisation, numbers: string[]) => {
    const em = server.orm.em.fork() as EntityManager;
    const o = await em.findOneOrFail(Organisation, { id: org.id }, { populate: ['municipalities'] });
    o.municipalities.set(numbers.map((n) => em.getReference(Municipality, n)));
    await em.flush();
  };
  const skienOrg = await make.organisation({ name: 'Skien kommune', kind: OrganisationKind.MUNICIPALITY, members: [skien.user, skien2.user], verified: true });
  await serving(skienOrg, ['4003']);
  const porsgrunnOrg = await make.organisation({ name: 'Porsgrunn kommune', kind: OrganisationKind.MUNICIPALITY, members: [porsgrunn.user], verified: true });
  await serving(porsgrunnOrg, ['4001']);
  const imdiOrg = await make.organisation({ name: 'IMDi', kind: OrganisationKind.AGENCY, members: [imdi.user], verified: true });
  // Claims to be Skien kommune, but county staff have not verified it: no standing.
  const fakeOrg = await make.organisation({ name: 'Skien kommune (falsk)', kind: OrganisationKind.MUNICIPALITY, members: [fake.user] });
  await serving(fakeOrg, ['4003']);
  return { make, serving, staff, skien, skien2, porsgrunn, imdi, fake, outsider, skienOrg, porsgrunnOrg, imdiOrg };
}

export type SettlementWorld = Awaited<ReturnType<typeof settlementWorld>>;

/**
 * A settlement test file's server and world: started before its tests, closed after them. `w` is filled in then
 * (its people, and `w.server`); years are taken from `firstYear` on, one per call, so tests never share one.
 */
export function settlementTestFile(firstYear: number) {
  const server = testServerForFile();
  const w = { server } as SettlementWorld & { server: TestServer };
  beforeAll(async () => {
    Object.assign(w, await settlementWorld(server));
  });
  let nextYear = firstYear;
  const takeYear = () => nextYear++;
  const g = <T = Record<string, unknown>>(q: string, v: Record<string, unknown> = {}, cookie?: string) => w.server.gql<T>(q, v, { cookie });
  return {
    w,
    g,
    em: () => w.server.orm.em.fork() as EntityManager,
    takeYear,
    /** A new settlement year of county 40 (Telemark), made by county staff: its id. */
    async newYear(): Promise<string> {
      return ok(await g<{ settlementYearCreate: { id: string } }>(`mutation($i: SettlementYearInput!) { settlementYearCreate(input: $i) { id } }`, { i: { countyNumber: '40', year: takeYear() } }, w.staff.cookie)).settlementYearCreate.id;
    },
  };
}

export const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
};

export const code = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;

/** Oslo wall-clock time of an instant, as inputs take it. */
export { toOsloLocal } from '../src/common/time.js';

export const users = (w: SettlementWorld): User[] => [w.staff.user, w.skien.user, w.porsgrunn.user, w.imdi.user];
