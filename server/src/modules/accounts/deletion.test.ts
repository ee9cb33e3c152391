import { describe, expect, it } from 'vitest';
import { factories, TEST_PASSWORD } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { MembershipRole } from '../organisations/membership.entity.js';
import { Organisation, VerificationStatus } from '../organisations/organisation.entity.js';
import { PlatformRole, User } from './user.entity.js';

const server = testServerForFile();
const make = factories(server);

const DELETE = `mutation($p: String!) { accountDelete(password: $p) }`;
const DELETION = `{ viewer { accountDeletion { allowed organisations { id name } groups { id name } platformAdmin } } }`;
type Deletion = { viewer: { accountDeletion: { allowed: boolean; organisations: { id: string; name: string }[]; groups: { id: string; name: string }[]; platformAdmin: boolean } } };
const exists = async (user: User) => (await server.orm.em.fork().count(User, { id: user.id })) === 1;

describe('deleting an account refuses, as leaving does, what would leave something without anyone to manage it', () => {
  it('refuses the only admin of a verified organisation without other members, says why, and deletes once another admin is there', async () => {
    const admin = await make.user();
    const org = await make.organisation({ name: 'Verifisert Frivilligsentral', admins: [admin] });
    await server.orm.em.fork().nativeUpdate(Organisation, { id: org.id }, { verificationStatus: VerificationStatus.VERIFIED });
    const cookie = await make.cookieFor(admin);

    // Leaving is refused: so is deleting, by the same rule.
    const leave = await server.gql(`mutation($o: ID!) { membershipLeave(organisationId: $o) }`, { o: org.id }, { cookie });
    expect(leave.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(leave.errors?.[0]?.message).toBe('membership/last_admin');
    const before = await server.gql<Deletion>(DELETION, {}, { cookie });
    expect(before.data?.viewer.accountDeletion).toEqual({ allowed: false, organisations: [{ id: org.id, name: org.name }], groups: [], platformAdmin: false });
    const refused = await server.gql(DELETE, { p: TEST_PASSWORD }, { cookie });
    expect(refused.errors?.[0]?.message).toBe('account/last_admin');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', organisations: [org.name], groups: [], platformAdmin: false });
    expect(await exists(admin)).toBe(true);

    // Handed over: another admin, and the account can go.
    const successor = await make.user();
    await make.membership(org, successor, MembershipRole.ADMIN);
    expect((await server.gql<Deletion>(DELETION, {}, { cookie })).data?.viewer.accountDeletion).toMatchObject({ allowed: true, organisations: [] });
    expect((await server.gql(DELETE, { p: TEST_PASSWORD }, { cookie })).data).toEqual({ accountDelete: true });
    expect(await exists(admin)).toBe(false);
  });

  it('refuses the only owner of a network group, as leaving the group is refused', async () => {
    const owner = await make.user();
    const cookie = await make.cookieFor(owner);
    const created = await server.gql<{ groupCreate: { id: string } }>(`mutation { groupCreate(input: { name: "Eierløs?", visibility: PUBLIC, joinPolicy: OPEN }) { id } }`, {}, { cookie });
    const groupId = created.data!.groupCreate.id;
    const leave = await server.gql(`mutation($g: ID!) { groupLeave(groupId: $g) }`, { g: groupId }, { cookie });
    expect(leave.errors?.[0]?.message).toBe('group/last_owner');
    const refused = await server.gql(DELETE, { p: TEST_PASSWORD }, { cookie });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', organisations: [], groups: ['Eierløs?'] });
    expect((await server.gql<Deletion>(DELETION, {}, { cookie })).data?.viewer.accountDeletion.groups).toEqual([{ id: groupId, name: 'Eierløs?' }]);
    expect(await exists(owner)).toBe(true);
  });

  it("refuses the platform's only admin, as demoting them is refused", async () => {
    const em = server.orm.em.fork();
    await em.nativeUpdate(User, { platformRole: PlatformRole.ADMIN }, { platformRole: PlatformRole.USER });
    const admin = await make.user({ role: PlatformRole.ADMIN });
    const cookie = await make.cookieFor(admin);
    const demote = await server.gql(`mutation($u: ID!) { userSetPlatformRole(userId: $u, role: USER) { id } }`, { u: admin.id }, { cookie });
    expect(demote.errors?.[0]?.message).toBe('user/last_admin');
    const refused = await server.gql(DELETE, { p: TEST_PASSWORD }, { cookie });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', platformAdmin: true });
    expect(await exists(admin)).toBe(true);

    await make.user({ role: PlatformRole.ADMIN });
    expect((await server.gql(DELETE, { p: TEST_PASSWORD }, { cookie })).data).toEqual({ accountDelete: true });
  });

  it("tells only the user what blocks their deletion", async () => {
    const admin = await make.user();
    await make.organisation({ admins: [admin] });
    const staff = await make.user({ role: PlatformRole.ADMIN });
    const res = await server.gql<{ users: { id: string; accountDeletion: unknown }[] }>(`{ users(first: 100) { id accountDeletion { allowed } } }`, {}, { cookie: await make.cookieFor(staff) });
    expect(res.data?.users.find((u) => u.id === admin.id)).toEqual({ id: admin.id, accountDeletion: null });
  });
});
