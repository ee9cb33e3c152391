import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { User } from '../../modules/accounts/user.entity.js';
import { MembershipRole, PlatformRole } from './roles.js';
import { SessionCache, type SessionRow } from './session-cache.js';

const server = testServerForFile();
const make = factories(server);

/** A write from outside the server (a script, psql, another process): only the database's notification tells it. */
let outside: pg.Client;
beforeAll(async () => {
  outside = new pg.Client({ connectionString: server.databaseUrl });
  await outside.connect();
});
afterAll(() => outside?.end());

const VIEWER = `{ viewer { id name platformRole memberships { role organisation { id } } } }`;
type ViewerAnswer = { viewer: { id: string; name: string; platformRole: string; memberships: { role: string; organisation: { id: string } }[] } | null };

/** Asks until `done` holds of the answer, for at most `ms` (a notification arrives in milliseconds; a kept row's age limit is 10 s). */
async function askUntil(cookie: string, done: (a: ViewerAnswer) => boolean, ms = 2_000): Promise<ViewerAnswer> {
  const until = Date.now() + ms;
  for (;;) {
    const { data } = await server.gql<ViewerAnswer>(VIEWER, {}, { cookie });
    if (done(data!) || Date.now() > until) return data!;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('kept session rows', () => {
  it('answer a signed-in request without reading the session again, the user entity made from a copy of the kept row', async () => {
    const user = await make.user({ name: 'Kari Nordmann' });
    const cookie = await make.cookieFor(user);
    const first = await server.countStatements(() => server.gql(`{ __typename }`, {}, { cookie }));
    const again = await server.countStatements(() => server.gql(`{ __typename }`, {}, { cookie }));
    expect([first.statements, again.statements]).toEqual([1, 0]);
    // viewer.user maps the kept, frozen row into this operation's entity: it answers, twice.
    for (let i = 0; i < 2; i++) expect((await server.gql<ViewerAnswer>(VIEWER, {}, { cookie })).data?.viewer).toMatchObject({ id: user.id, name: 'Kari Nordmann' });
  });

  it("are forgotten at once when this process's ORM changes a membership, with no wait for the notification", async () => {
    const { org, cookie: adminCookie } = await make.orgAdmin();
    const user = await make.user();
    const membership = await make.membership(org, user, MembershipRole.MEMBER);
    const cookie = await make.cookieFor(user);
    expect((await server.gql<ViewerAnswer>(VIEWER, {}, { cookie })).data?.viewer?.memberships).toEqual([{ role: 'MEMBER', organisation: { id: org.id } }]);
    const canManage = `query($id: ID!) { organisation(id: $id) { viewerCan { manageMembers } } }`;
    expect((await server.gql(canManage, { id: org.id }, { cookie })).data).toEqual({ organisation: { viewerCan: { manageMembers: false } } });
    // Many times over, each change answered by the very next request: a kept row would answer the old role.
    for (const role of ['ADMIN', 'MEMBER', 'ADMIN']) {
      const changed = await server.gql(`mutation($m: ID!, $r: MembershipRole!) { membershipChangeRole(membershipId: $m, role: $r) { id } }`, { m: membership.id, r: role }, { cookie: adminCookie });
      expect(changed.errors).toBeUndefined();
      expect((await server.gql(canManage, { id: org.id }, { cookie })).data).toEqual({ organisation: { viewerCan: { manageMembers: role === 'ADMIN' } } });
    }
    const removed = await server.gql(`mutation($m: ID!) { membershipRemove(membershipId: $m) }`, { m: membership.id }, { cookie: adminCookie });
    expect(removed.errors).toBeUndefined();
    expect((await server.gql<ViewerAnswer>(VIEWER, {}, { cookie })).data?.viewer?.memberships).toEqual([]);
  });

  it('are forgotten when the database says the user, a membership or the session changed, whoever wrote it', async () => {
    const user = await make.user();
    const org = await make.organisation();
    const cookie = await make.cookieFor(user);
    await server.gql(VIEWER, {}, { cookie });
    expect((await server.countStatements(() => server.gql(VIEWER, {}, { cookie }))).statements).toBeGreaterThan(0); // the memberships' own read
    expect(server.app.services.sessionCache.size).toBeGreaterThan(0);

    await outside.query(`update app_user set platform_role = $1 where id = $2`, [PlatformRole.COUNTY_STAFF, user.id]);
    expect((await askUntil(cookie, (a) => a.viewer?.platformRole === PlatformRole.COUNTY_STAFF)).viewer?.platformRole).toBe(PlatformRole.COUNTY_STAFF);

    await outside.query(`insert into membership (id, organisation_id, user_id, role, created_at) values (gen_random_uuid(), $1, $2, 'ADMIN', now())`, [org.id, user.id]);
    const canManage = `query($id: ID!) { organisation(id: $id) { viewerCan { manageMembers } } }`;
    const until = Date.now() + 2_000;
    let manages = false;
    while (!manages && Date.now() < until) manages = ((await server.gql<{ organisation: { viewerCan: { manageMembers: boolean } } }>(canManage, { id: org.id }, { cookie })).data?.organisation.viewerCan.manageMembers ?? false);
    expect(manages).toBe(true);

    // The organisation deleted: its memberships go by cascade, and the database says so for each.
    await outside.query(`delete from organisation where id = $1`, [org.id]);
    expect((await askUntil(cookie, (a) => a.viewer?.memberships.length === 0)).viewer?.memberships).toEqual([]);

    await outside.query(`delete from session where user_id = $1`, [user.id]);
    expect((await askUntil(cookie, (a) => a.viewer === null)).viewer).toBeNull();
  });

  it("still end when the session's time is up", async () => {
    const user = await make.user();
    const cookie = await make.cookieFor(user);
    await outside.query(`update session set expires_at = now() + interval '1 second' where user_id = $1`, [user.id]);
    expect((await askUntil(cookie, (a) => a.viewer !== null)).viewer?.id).toBe(user.id);
    await server.gql(`{ __typename }`, {}, { cookie });
    // Kept now (no statement for the session), and answered anonymously once the time is up, from the kept row.
    expect((await server.countStatements(() => server.gql(`{ __typename }`, {}, { cookie }))).statements).toBe(0);
    expect((await askUntil(cookie, (a) => a.viewer === null, 3_000)).viewer).toBeNull();
  });

  it('are a suspended or deleted account no longer, through the ORM', async () => {
    const user = await make.user();
    const cookie = await make.cookieFor(user);
    expect((await server.gql<ViewerAnswer>(VIEWER, {}, { cookie })).data?.viewer?.id).toBe(user.id);
    await server.orm.em.fork().nativeUpdate(User, { id: user.id }, { suspendedAt: new Date() });
    expect((await server.gql<ViewerAnswer>(VIEWER, {}, { cookie })).data?.viewer).toBeNull();
  });
});

describe('SessionCache', () => {
  const row = (id: string) => ({ id, s_expires_at: new Date(Date.now() + 60_000), s_last_seen_at: new Date(), s_memberships: [] }) as SessionRow;
  const counted = (id: string) => {
    const read = async () => {
      read.count++;
      return row(id);
    };
    read.count = 0;
    return read;
  };

  it('keeps nothing while notifications do not arrive, and forgets everything when they stop or start again', async () => {
    const cache = new SessionCache();
    const read = counted('u1');
    await cache.row('t1', read);
    await cache.row('t1', read);
    expect(read.count).toBe(2);
    cache.setLive(true);
    await cache.row('t1', read);
    await cache.row('t1', read);
    expect(read.count).toBe(3);
    cache.setLive(false);
    cache.setLive(true);
    await cache.row('t1', read);
    expect(read.count).toBe(4);
  });

  it('does not keep a row read while its user changed (it may be from before the change)', async () => {
    const cache = new SessionCache();
    cache.setLive(true);
    let release!: () => void;
    const slow = async () => {
      await new Promise<void>((r) => (release = r));
      return row('u1');
    };
    const reading = cache.row('t1', slow);
    cache.forgetUser('u2'); // any change: the generation moves on
    release();
    await reading;
    expect(cache.size).toBe(0);
  });

  it("forgets a user's every session, and reads again after the age limit or beyond its size", async () => {
    const cache = new SessionCache(50, 2);
    cache.setLive(true);
    const read = counted('u1');
    await cache.row('a', read);
    await cache.row('b', read);
    expect(cache.size).toBe(2);
    cache.forgetUser('u1');
    expect(cache.size).toBe(0);
    await cache.row('a', read);
    await new Promise((r) => setTimeout(r, 60));
    await cache.row('a', read);
    expect(read.count).toBe(4);
    await cache.row('b', counted('u2'));
    await cache.row('c', counted('u3'));
    expect(cache.size).toBe(2);
    cache.forgetUser('u1'); // 'a' was the oldest, already gone: nothing of it is left behind
    expect(cache.size).toBe(2);
  });
});
