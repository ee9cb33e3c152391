import { describe, expect, it } from 'vitest';
import { factories, tokenFromMail } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { PlatformRole } from '../accounts/user.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership, MembershipRole } from './membership.entity.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

const server = testServerForFile();
const make = factories(server);

const CREATE = `mutation($i: OrganisationInput!) { organisationCreate(input: $i) { id name orgNumber verificationStatus viewerRole municipalities { name } topics { slug } viewerCan { edit verify manageMembers leave } } }`;
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
const orgCount = () => server.orm.em.fork().count(Organisation);

describe('registering organisations', () => {
  it('registers an unverified organisation with its creator as admin', async () => {
    const cookie = await make.cookieFor(await make.user());
    const res = await server.gql(
      CREATE,
      { i: { name: 'Språkkafé Skien', kind: 'VOLUNTARY', orgNumber: '915 551 009', municipalityNumbers: ['4003'], topicSlugs: ['volunteering', 'norwegian-training'] } },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      organisationCreate: expect.objectContaining({
        name: 'Språkkafé Skien',
        orgNumber: '915551009',
        verificationStatus: 'PENDING',
        viewerRole: 'ADMIN',
        municipalities: [{ name: 'Skien' }],
        viewerCan: { edit: true, verify: false, manageMembers: true, leave: true },
      }),
    });
  });

  it.each([
    ['an org number with a wrong check digit', { orgNumber: '915551008' }, 'orgNumber', 'organisation/org_number_invalid'],
    ['an org number of 8 digits', { orgNumber: '91555100' }, 'orgNumber', 'organisation/org_number_invalid'],
    ['an unknown municipality', { municipalityNumbers: ['4003', '9999'] }, 'municipalityNumbers', 'municipality/unknown'],
    ['an unknown topic', { topicSlugs: ['astrology'] }, 'topicSlugs', 'topic/unknown'],
    ['a one-letter name', { name: 'X' }, 'name', 'organisation/name_length'],
    ['a website that is not a URL', { website: 'javascript:alert(1)' }, 'website', 'organisation/website_invalid'],
  ])('refuses %s and saves nothing', async (_label, override, field, message) => {
    const cookie = await make.cookieFor(await make.user());
    const before = await orgCount();
    const res = await server.gql(CREATE, { i: { name: 'Nytt lag', kind: 'NGO', ...override } }, { cookie });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([{ field, message }]);
    expect(await orgCount()).toBe(before);
  });

  it('refuses a taken org number', async () => {
    const cookie = await make.cookieFor(await make.user());
    await server.gql(CREATE, { i: { name: 'Første', kind: 'NGO', orgNumber: '929991001' } }, { cookie });
    const res = await server.gql(CREATE, { i: { name: 'Andre', kind: 'NGO', orgNumber: '929991001' } }, { cookie });
    expect(fieldsOf(res)).toEqual([{ field: 'orgNumber', message: 'organisation/org_number_taken' }]);
  });

  it('requires a confirmed e-mail address to register', async () => {
    const cookie = await make.cookieFor(await make.user({ verified: false }));
    const res = await server.gql(CREATE, { i: { name: 'Uverifisert lag', kind: 'NGO' } }, { cookie });
    expect(res.errors?.[0]).toMatchObject({ message: 'auth/email_not_verified', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('verification by county staff', () => {
  it('verifies and rejects with a reason, and tells the admins by mail', async () => {
    const admin = await make.user({ email: 'lagsleder@example.no' });
    const org = await make.organisation({ name: 'Leksehjelp Bø', admins: [admin] });
    const staff = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    const rejectWithout = await server.gql(`mutation($id: ID!) { organisationReject(id: $id, reason: " ") { id } }`, { id: org.id }, { cookie: staff });
    expect(fieldsOf(rejectWithout)).toEqual([{ field: 'reason', message: 'organisation/reason_required' }]);
    const rejected = await server.gql(`mutation($id: ID!) { organisationReject(id: $id, reason: "Mangler vedtekter") { verificationStatus rejectionReason } }`, { id: org.id }, { cookie: staff });
    expect(rejected.data).toEqual({ organisationReject: { verificationStatus: 'REJECTED', rejectionReason: 'Mangler vedtekter' } });
    expect((await server.mails('lagsleder@example.no'))[0]?.text).toContain('Mangler vedtekter');
    const verified = await server.gql(`mutation($id: ID!) { organisationVerify(id: $id) { verificationStatus rejectionReason } }`, { id: org.id }, { cookie: staff });
    expect(verified.data).toEqual({ organisationVerify: { verificationStatus: 'VERIFIED', rejectionReason: null } });
  });
});

describe('the directory', () => {
  it('filters by kind, municipality, topic, status and name, and pages with a cursor', async () => {
    const u = await make.user();
    const cookie = await make.cookieFor(u);
    for (const [name, kind, m] of [['Alfa frivillige', 'VOLUNTARY', '4012'], ['Beta skole', 'SCHOOL', '4012'], ['Gamma frivillige', 'VOLUNTARY', '4014']] as const) {
      await server.gql(CREATE, { i: { name, kind, municipalityNumbers: [m], topicSlugs: ['health'] } }, { cookie });
    }
    const q = `query($f: OrganisationFilter, $first: Int!, $after: String) { organisations(filter: $f, first: $first, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`;
    const byKind = await server.gql<{ organisations: { totalCount: number; nodes: { name: string }[] } }>(q, { f: { kinds: ['VOLUNTARY'], topic: 'health' }, first: 10 });
    expect(byKind.data?.organisations.nodes.map((n) => n.name)).toEqual(['Alfa frivillige', 'Gamma frivillige']);
    const byMunicipality = await server.gql<{ organisations: { nodes: { name: string }[] } }>(q, { f: { municipality: '4012', topic: 'health' }, first: 10 });
    expect(byMunicipality.data?.organisations.nodes.map((n) => n.name)).toEqual(['Alfa frivillige', 'Beta skole']);
    const bySearch = await server.gql<{ organisations: { nodes: { name: string }[] } }>(q, { f: { search: 'gamma', verificationStatus: 'PENDING' }, first: 10 });
    expect(bySearch.data?.organisations.nodes.map((n) => n.name)).toEqual(['Gamma frivillige']);

    const page1 = await server.gql<{ organisations: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(q, { f: { topic: 'health' }, first: 2 });
    expect(page1.data?.organisations.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.gql<{ organisations: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>(q, { f: { topic: 'health' }, first: 2, after: page1.data?.organisations.pageInfo.endCursor });
    expect(page2.data?.organisations.nodes.map((n) => n.name)).toEqual(['Gamma frivillige']);
    expect(page2.data?.organisations.pageInfo.hasNextPage).toBe(false);

    // The list reads plain rows (common/read-model/rows.ts): each card must be what the organisation's own page shows.
    const card = `id name kind description verificationStatus rejectionReason viewerRole municipalities { number name } topics { slug nameNb } members { role user { name } } viewerCan { edit leave manageMembers }`;
    const listed = await server.gql<{ organisations: { nodes: { id: string }[] } }>(`{ organisations(first: 10, filter: { topic: "health" }) { nodes { ${card} } } }`, {}, { cookie });
    expect(listed.data!.organisations.nodes).toHaveLength(3);
    for (const node of listed.data!.organisations.nodes) {
      const one = await server.gql<{ organisation: unknown }>(`query($id: ID!) { organisation(id: $id) { ${card} } }`, { id: node.id }, { cookie });
      expect(node).toEqual(one.data!.organisation);
    }
    expect(listed.data!.organisations.nodes[0]).toMatchObject({ viewerRole: 'ADMIN', municipalities: [{ number: '4012' }], topics: [{ slug: 'health' }], viewerCan: { edit: true } });

    const tooMany = await server.gql(q, { first: 101 });
    expect(fieldsOf(tooMany)).toEqual([{ field: 'first', message: 'validation/first_out_of_range' }]);
  });

  it('shows members to signed-in users only, and invitations only to those who manage members', async () => {
    const admin = await make.user({ name: 'Admin Person' });
    const org = await make.organisation({ admins: [admin] });
    const q = `query($id: ID!) { organisation(id: $id) { members { role user { name email } } invitations { email } } }`;
    const anonymous = await server.gql(q, { id: org.id });
    expect(anonymous.data).toEqual({ organisation: { members: null, invitations: null } });
    const outsider = await server.gql(q, { id: org.id }, { cookie: await make.cookieFor(await make.user()) });
    expect(outsider.data).toEqual({ organisation: { members: [{ role: 'ADMIN', user: { name: 'Admin Person', email: null } }], invitations: null } });
    const self = await server.gql<{ organisation: { invitations: unknown[] } }>(q, { id: org.id }, { cookie: await make.cookieFor(admin) });
    expect(self.data?.organisation.invitations).toEqual([]);
  });

  it('answers NOT_FOUND for unknown and malformed ids', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid']) {
      const res = await server.gql(`query($id: ID!) { organisation(id: $id) { id } }`, { id });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('memberships and invitations', () => {
  it('invites by e-mail; the invited address accepts and becomes a member', async () => {
    const admin = await make.user({ name: 'Hanne Admin' });
    const org = await make.organisation({ name: 'Kvinnegruppa Porsgrunn', admins: [admin], verified: true });
    const adminCookie = await make.cookieFor(admin);
    const invite = await server.gql(
      `mutation($i: OrganisationInviteInput!) { organisationInvite(input: $i) { email role } }`,
      { i: { organisationId: org.id, email: 'Ny.Medlem@example.no', role: 'MEMBER' } },
      { cookie: adminCookie },
    );
    expect(invite.data).toEqual({ organisationInvite: { email: 'ny.medlem@example.no', role: 'MEMBER' } });
    const mail = (await server.mails('ny.medlem@example.no'))[0]!;
    expect(mail.subject).toBe('Invitasjon til Kvinnegruppa Porsgrunn');
    const token = tokenFromMail(mail.text);

    const preview = await server.gql(`query($t: String!) { invitation(token: $t) { email status organisation { name } } }`, { t: token });
    expect(preview.data).toEqual({ invitation: { email: 'ny.medlem@example.no', status: 'PENDING', organisation: { name: 'Kvinnegruppa Porsgrunn' } } });

    const flags = `query($t: String!) { invitation(token: $t) { viewerIsInvitee viewerCan { accept } } }`;
    expect((await server.gql(flags, { t: token })).data).toEqual({ invitation: { viewerIsInvitee: false, viewerCan: { accept: false } } });
    const otherCookie = await make.cookieFor(await make.user());
    expect((await server.gql(flags, { t: token }, { cookie: otherCookie })).data).toEqual({ invitation: { viewerIsInvitee: false, viewerCan: { accept: false } } });
    const wrongAccount = await server.gql(`mutation($t: String!) { invitationAccept(token: $t) { id } }`, { t: token }, { cookie: otherCookie });
    expect(wrongAccount.errors?.[0]).toMatchObject({ message: 'invitation/wrong_account', extensions: { code: 'FORBIDDEN' } });

    const invitee = await make.user({ email: 'ny.medlem@example.no', verified: false });
    const inviteeCookie = await make.cookieFor(invitee);
    expect((await server.gql(flags, { t: token }, { cookie: inviteeCookie })).data).toEqual({ invitation: { viewerIsInvitee: true, viewerCan: { accept: true } } });
    const accepted = await server.gql(`mutation($t: String!) { invitationAccept(token: $t) { role organisation { name } user { emailVerified } } }`, { t: token }, { cookie: inviteeCookie });
    expect(accepted.data).toEqual({ invitationAccept: { role: 'MEMBER', organisation: { name: 'Kvinnegruppa Porsgrunn' }, user: { emailVerified: true } } });
    const twice = await server.gql(`mutation($t: String!) { invitationAccept(token: $t) { id } }`, { t: token }, { cookie: inviteeCookie });
    expect(twice.errors?.[0]?.message).toBe('invitation/used');
    expect((await server.gql(flags, { t: token }, { cookie: inviteeCookie })).data).toEqual({ invitation: { viewerIsInvitee: true, viewerCan: { accept: false } } });
  });

  it('refuses an expired invitation and inviting an existing member', async () => {
    const admin = await make.user();
    const member = await make.user({ email: 'allerede@example.no' });
    const org = await make.organisation({ admins: [admin], members: [member], verified: true });
    const cookie = await make.cookieFor(admin);
    const dup = await server.gql(`mutation($i: OrganisationInviteInput!) { organisationInvite(input: $i) { id } }`, { i: { organisationId: org.id, email: 'allerede@example.no' } }, { cookie });
    expect(dup.errors?.[0]).toMatchObject({ message: 'invitation/already_member', extensions: { code: 'CONFLICT' } });

    await server.gql(`mutation($i: OrganisationInviteInput!) { organisationInvite(input: $i) { id } }`, { i: { organisationId: org.id, email: 'sent@example.no' } }, { cookie });
    const token = tokenFromMail((await server.mails('sent@example.no'))[0]!.text);
    await server.orm.em.fork().nativeUpdate(Invitation, { email: 'sent@example.no' }, { expiresAt: new Date(Date.now() - 1000) });
    const late = await server.gql(`mutation($t: String!) { invitationAccept(token: $t) { id } }`, { t: token }, { cookie: await make.cookieFor(await make.user({ email: 'sent@example.no' })) });
    expect(late.errors?.[0]?.message).toBe('invitation/expired');
  });

  it('does not offer to demote or remove the only admin (viewerCan), but does once there is a second admin', async () => {
    const admin = await make.user();
    const member = await make.user();
    const org = await make.organisation({ admins: [admin], members: [member] });
    const cookie = await make.cookieFor(admin);
    const q = `query($id: ID!) { organisation(id: $id) { members { role user { id } viewerCan { changeRole remove } } } }`;
    const flags = async () =>
      Object.fromEntries(((await server.gql<{ organisation: { members: { role: string; user: { id: string }; viewerCan: { changeRole: boolean; remove: boolean } }[] } }>(q, { id: org.id }, { cookie })).data!.organisation.members).map((m) => [m.user.id, m.viewerCan]));
    expect(await flags()).toEqual({ [admin.id]: { changeRole: false, remove: false }, [member.id]: { changeRole: true, remove: true } });

    const memberMembership = await server.orm.em.fork().findOneOrFail(Membership, { organisation: org.id, user: member.id });
    await server.gql(`mutation($id: ID!) { membershipChangeRole(membershipId: $id, role: ADMIN) { role } }`, { id: memberMembership.id }, { cookie });
    expect(await flags()).toEqual({ [admin.id]: { changeRole: true, remove: true }, [member.id]: { changeRole: true, remove: true } });
  });

  it('always keeps at least one admin', async () => {
    const admin = await make.user();
    const member = await make.user();
    const org = await make.organisation({ admins: [admin], members: [member] });
    const cookie = await make.cookieFor(admin);
    const em = server.orm.em.fork();
    const adminMembership = await em.findOneOrFail(Membership, { organisation: org.id, user: admin.id });
    const memberMembership = await em.findOneOrFail(Membership, { organisation: org.id, user: member.id });

    const leave = await server.gql(`mutation($id: ID!) { membershipLeave(organisationId: $id) }`, { id: org.id }, { cookie });
    expect(leave.errors?.[0]).toMatchObject({ message: 'membership/last_admin', extensions: { code: 'CONFLICT' } });
    const demote = await server.gql(`mutation($id: ID!) { membershipChangeRole(membershipId: $id, role: MEMBER) { role } }`, { id: adminMembership.id }, { cookie });
    expect(demote.errors?.[0]?.message).toBe('membership/last_admin');

    const promote = await server.gql(`mutation($id: ID!) { membershipChangeRole(membershipId: $id, role: ADMIN) { role } }`, { id: memberMembership.id }, { cookie });
    expect(promote.data).toEqual({ membershipChangeRole: { role: 'ADMIN' } });
    const leaveNow = await server.gql(`mutation($id: ID!) { membershipLeave(organisationId: $id) }`, { id: org.id }, { cookie });
    expect(leaveNow.data).toEqual({ membershipLeave: true });
    expect(await server.orm.em.fork().count(Membership, { organisation: org.id, role: MembershipRole.ADMIN })).toBe(1);
  });

  it('changes what a member may do at once when they are removed', async () => {
    const admin = await make.user();
    const member = await make.user();
    const org = await make.organisation({ admins: [admin], members: [member], kind: OrganisationKind.NGO });
    const memberCookie = await make.cookieFor(member);
    const q = `query($id: ID!) { organisation(id: $id) { viewerRole viewerCan { leave manageEvents manageActivities } } }`;
    expect((await server.gql(q, { id: org.id }, { cookie: memberCookie })).data).toEqual({
      organisation: { viewerRole: 'MEMBER', viewerCan: { leave: true, manageEvents: true, manageActivities: true } },
    });
    expect((await server.gql(q, { id: org.id })).data).toEqual({ organisation: { viewerRole: null, viewerCan: { leave: false, manageEvents: false, manageActivities: false } } });
    const m = await server.orm.em.fork().findOneOrFail(Membership, { organisation: org.id, user: member.id });
    await server.gql(`mutation($id: ID!) { membershipRemove(membershipId: $id) }`, { id: m.id }, { cookie: await make.cookieFor(admin) });
    expect((await server.gql(q, { id: org.id }, { cookie: memberCookie })).data).toEqual({
      organisation: { viewerRole: null, viewerCan: { leave: false, manageEvents: false, manageActivities: false } },
    });
  });
});

describe('privacy of the rejection reason', () => {
  it('shows why an organisation was rejected only to its admins and county staff', async () => {
    const admin = await make.user();
    const org = await make.organisation({ admins: [admin] });
    const staff = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    await server.gql(`mutation($id: ID!) { organisationReject(id: $id, reason: "Mangler styre") { id } }`, { id: org.id }, { cookie: staff });
    const q = `query($id: ID!) { organisation(id: $id) { verificationStatus rejectionReason } }`;
    expect((await server.gql(q, { id: org.id })).data).toEqual({ organisation: { verificationStatus: 'REJECTED', rejectionReason: null } });
    expect((await server.gql(q, { id: org.id }, { cookie: await make.cookieFor(await make.user()) })).data).toEqual({ organisation: { verificationStatus: 'REJECTED', rejectionReason: null } });
    expect((await server.gql(q, { id: org.id }, { cookie: await make.cookieFor(admin) })).data).toEqual({ organisation: { verificationStatus: 'REJECTED', rejectionReason: 'Mangler styre' } });
  });
});
