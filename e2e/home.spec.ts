import { request as playwrightRequest } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, STAFF_EMAIL, apiLogin, gql, h1, logIn, logInApi, openRound } from './helpers';

const ORG_ADMIN = 'omar.frivillig@demo.samhandling.no';
const section = (page: import('@playwright/test').Page, name: string) => page.getByRole('region', { name, exact: true });

test.describe('the front page', () => {
  test('tells a visitor what is happening, and a newly published activity appears without a reload', async ({ page, baseURL, expectAxeClean }) => {
    // A round of its own: the grant specs close the demo TIIA round when they run first.
    const roundTitle = `Forsiderunde ${Date.now().toString(36)}`;
    const staff = await apiLogin(baseURL, STAFF_EMAIL);
    await openRound(staff, roundTitle, { days: 3 });
    await staff.dispose();
    await page.goto('/');
    await expect(h1(page)).toHaveText('Sammen for inkludering og integrering');
    await expect(section(page, 'Neste arrangementer').getByRole('listitem').first()).toBeVisible();
    const rounds = section(page, 'Åpne søknadsrunder');
    const round = rounds.getByRole('listitem').filter({ has: page.getByRole('link', { name: roundTitle, exact: true }) });
    await expect(round.getByTestId('countdown')).toContainText(/dag|time|minutt/);
    await expect(section(page, 'Nye aktiviteter').getByRole('listitem')).toHaveCount(4);
    await expect(section(page, 'Siste kunngjøringer')).toBeVisible();
    await expectAxeClean(page, 'front page (visitor)');

    // The organisation publishes a new activity: the visitor's page lists it, live.
    const api = await playwrightRequest.newContext({ baseURL });
    await logInApi(api, ORG_ADMIN);
    const { viewer } = await gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(api, '{ viewer { memberships { organisation { id } } } }');
    const title = `Sykkelkurs for nybegynnere ${Date.now() % 100000}`;
    const created = await gql<{ activityCreate: { id: string } }>(api, 'mutation ($i: ActivityInput!) { activityCreate(input: $i) { id } }', {
      i: {
        organisationId: viewer.memberships[0]!.organisation.id,
        title,
        category: 'SPORTS_OUTDOOR',
        municipalityNumber: '4003',
        schedule: { frequency: 'WEEKLY', interval: 1, weekdays: ['SA'], startDate: `${new Date().getFullYear()}-01-03`, startTime: '11:00', endTime: '13:00' },
      },
    });
    await gql(api, 'mutation ($id: ID!) { activitySetStatus(id: $id, status: PUBLISHED) { id } }', { id: created.activityCreate.id });
    await expect(section(page, 'Nye aktiviteter').getByRole('link', { name: title })).toBeVisible({ timeout: 15_000 });
    await api.dispose();
  });

  test('signed in: tasks from the organisation, unread messages and registrations', async ({ page, baseURL, expectAxeClean }) => {
    // A draft event of the organisation is a task on its admin's front page.
    const api = await playwrightRequest.newContext({ baseURL });
    await logInApi(api, ORG_ADMIN);
    const { viewer } = await gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(api, '{ viewer { memberships { organisation { id } } } }');
    const year = new Date().getFullYear() + 1;
    const draftTitle = `Utkast: frivilligmøte ${Date.now() % 100000}`;
    await gql(api, 'mutation ($i: EventInput!) { eventCreate(input: $i) { id } }', {
      i: { organisationId: viewer.memberships[0]!.organisation.id, title: draftTitle, kind: 'NETWORK_MEETING', mode: 'ONLINE', startsAt: `${year}-03-10T18:00`, endsAt: `${year}-03-10T20:00`, meetingUrl: 'https://teams.example.no/frivillig' },
    });
    // A group of county staff's with one message in it, which the admin joins: one unread message.
    const adminApi = api;
    const staffApi = await apiLogin(baseURL, STAFF_EMAIL);
    const groupName = `Kaffegruppa ${Date.now() % 100000}`;
    const { groupCreate } = await gql<{ groupCreate: { id: string } }>(staffApi, 'mutation ($n: String!) { groupCreate(input: { name: $n, visibility: PUBLIC, joinPolicy: OPEN }) { id } }', { n: groupName });
    const { threadCreate } = await gql<{ threadCreate: { id: string } }>(staffApi, 'mutation ($g: ID!) { threadCreate(groupId: $g, title: "Språkkafé på torsdag", body: "Hvem kommer?") { id } }', { g: groupCreate.id });
    const threadId = threadCreate.id;
    await gql(adminApi, 'mutation ($g: ID!) { groupJoin(groupId: $g) { id } }', { g: groupCreate.id });

    await logIn(page, ORG_ADMIN, DEMO_PASSWORD);
    await page.goto('/');
    const forYou = section(page, 'Til deg');
    await expect(forYou).toBeVisible();
    const task = section(page, 'Oppgaver').getByRole('listitem').filter({ hasText: draftTitle });
    await expect(task).toContainText('Utkast til arrangement');
    await expect(task).toContainText('Skien Røde Kors');
    const unread = section(page, 'Uleste meldinger i gruppene dine');
    await expect(unread).toBeVisible();
    await expect(section(page, 'Mine påmeldinger')).toBeVisible();
    // Signed in, the announcements are the live banner at the top, not a list of their own.
    await expect(section(page, 'Siste kunngjøringer')).toHaveCount(0);
    await expectAxeClean(page, 'front page (signed in)');

    // Another member posts in one of the admin's groups: the count moves without a reload; reading the thread
    // elsewhere (another device: the API) takes the group off the list, live too.
    const group = unread.getByRole('listitem').filter({ has: page.getByRole('link', { name: groupName, exact: true }) });
    await expect(group).toContainText('1 ulest');
    await gql(staffApi, 'mutation ($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }', { t: threadId, b: 'Hvem tar med kaffe?' });
    await expect(group).toContainText('2 uleste', { timeout: 15_000 });
    await gql(adminApi, 'mutation ($t: ID!) { threadMarkRead(threadId: $t) { id } }', { t: threadId });
    await expect(group).toHaveCount(0, { timeout: 15_000 });
    await Promise.all([staffApi.dispose(), adminApi.dispose()]);

    await task.getByRole('link', { name: draftTitle }).click();
    await expect(h1(page)).toHaveText(draftTitle);
  });
});
