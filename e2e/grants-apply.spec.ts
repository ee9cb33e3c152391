import { type APIRequestContext, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, GOOD_PASSWORD, STAFF_EMAIL, apiLogin, gql, h1, linkFromMail, logIn, logInApi, newPerson, openRound, osloLocal, uniqueEmail } from './helpers';

// The applicant's side of grants: the call page, the application form with autosave and version check,
// submission (what is missing, the deadline), and the published decision letter.

const OMAR = 'omar.frivillig@demo.samhandling.no'; // admin of Skien Røde Kors (VOLUNTARY)
const OLENA = 'olena.forening@demo.samhandling.no'; // admin of Ukrainsk forening i Telemark (VOLUNTARY)


/** An application of the applicant's first organisation, filled in completely through the API. */
async function completeDraft(applicant: APIRequestContext, roundId: string, title: string): Promise<string> {
  const { viewer } = await gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(applicant, '{ viewer { memberships { organisation { id } } } }');
  const { grantApplicationCreate: app } = await gql<{ grantApplicationCreate: { id: string; version: number } }>(
    applicant,
    'mutation ($r: ID!, $o: ID!, $t: String!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: $t) { id version } }',
    { r: roundId, o: viewer.memberships[0]!.organisation.id, t: title },
  );
  await gql(applicant, 'mutation ($id: ID!, $v: Int!, $input: GrantApplicationInput!) { grantApplicationSave(id: $id, version: $v, input: $input) { id } }', {
    id: app.id,
    v: app.version,
    input: {
      summary: 'Norskopplæring med arbeidspraksis for nyankomne.',
      projectPlan: 'Kurs to kvelder i uka fra februar, praksis hos lokale arbeidsgivere fra mai.',
      budgetLines: [{ description: 'Kursleder', ownFunding: 20_000, requested: 150_000 }],
    },
  });
  return app.id;
}

const saveStatus = (page: Page) => page.getByTestId('save-status');

test.describe('grants: the applicant', () => {
  // Real server, several people and sessions per test: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('an NGO drafts, is told what is missing, and submits; a second member gets the conflict and loads the newest version', async ({ page, browser, baseURL, request, expectAxeClean }) => {
    test.setTimeout(180_000);
    const projectTitle = `Språkpraksis ${Date.now().toString(36)}`;
    const memberEmail = uniqueEmail('medlem');
    const member = await newPerson(browser, baseURL);
    // Its own round (one partner required), so the demo TIIA round stays as seeded for the staff's spec.
    const roundTitle = `Arbeidspraksis ${Date.now().toString(36)}`;
    await openRound(await apiLogin(baseURL, STAFF_EMAIL), roundTitle, { minPartners: 1, days: 3 });

    await test.step('signed out, the call page shows the deadline countdown and asks to sign in', async () => {
      await page.goto('/tilskudd');
      await expect(h1(page)).toHaveText('Tilskudd');
      await expectAxeClean(page, 'grant rounds');
      await page.getByRole('link', { name: roundTitle }).click();
      await expect(h1(page)).toHaveText(roundTitle);
      await expect(page.getByTestId('countdown')).toContainText(/Tid igjen:\s*\d+ dager?/);
      await expect(page.getByRole('link', { name: 'Logg inn for å søke' })).toBeVisible();
      await expect(page.getByText('Søknaden må ha minst 1 samarbeidspartner.')).toBeVisible();
      await expectAxeClean(page, 'call page (signed out)');
    });

    let applicationUrl = '';
    await test.step('the NGO admin signs in and starts an application', async () => {
      const callUrl = page.url();
      await logIn(page, OMAR, DEMO_PASSWORD);
      await expect(page).not.toHaveURL(/logg-inn/);
      await page.goto(callUrl);
      await expect(page.getByText('Du søker på vegne av Skien Røde Kors.')).toBeVisible();
      await expectAxeClean(page, 'call page (member)');
      await page.getByRole('button', { name: 'Start søknad' }).click();
      await expect(page.getByText('Fyll ut feltet «Prosjektets tittel».').first()).toBeVisible();
      await page.getByLabel('Prosjektets tittel').fill(projectTitle);
      await page.getByRole('button', { name: 'Start søknad' }).click();
      await expect(page).toHaveURL(/\/tilskudd\/soknader\/[0-9a-f-]{36}$/);
      await expect(h1(page)).toHaveText(projectTitle);
      applicationUrl = page.url();
      await expect(page.getByText('1 av 5 punkter er klare')).toBeVisible();
      await expectAxeClean(page, 'application form (new draft)');
    });

    await test.step('the draft saves itself', async () => {
      await page.getByLabel('Sammendrag').fill('Språkpraksis i butikk og lager for nyankomne.');
      await expect(saveStatus(page)).toHaveText(/^Lagret kl\. \d{2}\.\d{2}$/);
      await expect(page.getByText('2 av 5 punkter er klare')).toBeVisible();
    });

    await test.step('submitting too early lists what is missing', async () => {
      await page.getByRole('button', { name: 'Send inn søknaden' }).click();
      const summary = page.getByRole('region', { name: 'Søknaden kan ikke sendes inn ennå. Dette mangler:' });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: 'Skriv en prosjektplan' })).toBeVisible();
      await expect(summary.getByRole('link', { name: /Legg til samarbeidspartnere/ })).toBeVisible();
      await expect(summary.getByRole('link', { name: /Legg inn budsjettet/ })).toBeVisible();
      await expectAxeClean(page, 'application form (not eligible)');
      await summary.getByRole('link', { name: 'Skriv en prosjektplan' }).click();
      await expect(page.getByLabel('Prosjektplan')).toBeFocused();
    });

    await test.step('a second member of the organisation opens the same draft', async () => {
      await gql(member.page.request, 'mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) }', {
        input: { name: 'Maja Medlem', email: memberEmail, password: GOOD_PASSWORD },
      });
      await logInApi(member.page.request, memberEmail, GOOD_PASSWORD);
      const { viewer } = await gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(page.request, '{ viewer { memberships { organisation { id } } } }');
      await gql(page.request, 'mutation ($input: OrganisationInviteInput!) { organisationInvite(input: $input) { id } }', {
        input: { organisationId: viewer.memberships[0]!.organisation.id, email: memberEmail },
      });
      const token = new URL(await linkFromMail(request, memberEmail, '/invitasjon'), 'http://x').searchParams.get('token');
      await gql(member.page.request, 'mutation ($t: String!) { invitationAccept(token: $t) { id } }', { t: token });
      await member.page.goto(applicationUrl);
      await expect(h1(member.page)).toHaveText(projectTitle);
      await expect(member.page.getByLabel('Sammendrag')).toHaveValue('Språkpraksis i butikk og lager for nyankomne.');
    });

    await test.step('the first saves a newer version; the second is told and loads it, keeping their own text', async () => {
      await page.getByLabel('Prosjektplan').fill('Oppstart i februar med åtte deltakere. Praksis tre dager i uka.');
      await page.getByLabel('Prosjektplan').blur();
      await expect(saveStatus(page)).toHaveText(/^Lagret kl\./);

      await member.page.getByLabel('Sammendrag').fill('Maja sin versjon av sammendraget.');
      const dialog = member.page.getByRole('dialog', { name: 'Noen andre har lagret en nyere versjon' });
      await expect(dialog).toBeVisible();
      await expect(saveStatus(member.page)).toHaveText('Ikke lagret – noen andre har lagret en nyere versjon');
      await expect(dialog.getByLabel('Dine ulagrede endringer')).toHaveValue(/Maja sin versjon av sammendraget\./);
      await expectAxeClean(member.page, 'application form (conflict dialog)');
      await dialog.getByRole('button', { name: 'Last inn nyeste versjon' }).click();
      await expect(dialog).toBeHidden();
      await expect(member.page.getByLabel('Prosjektplan')).toHaveValue('Oppstart i februar med åtte deltakere. Praksis tre dager i uka.');
      await expect(member.page.getByLabel('Sammendrag', { exact: true })).toHaveValue('Språkpraksis i butikk og lager for nyankomne.');
      await expect(member.page.getByRole('textbox', { name: 'Dine ulagrede endringer' })).toHaveValue(/Maja sin versjon av sammendraget\./);
      await expectAxeClean(member.page, 'application form (newest loaded)');
    });

    await test.step('the first adds a partner and a budget, and submits', async () => {
      await page.getByLabel('Søk etter samarbeidspartner').fill('NAV');
      await page.getByRole('button', { name: 'Legg til NAV Skien' }).click();
      await expect(page.getByRole('list', { name: 'Valgte samarbeidspartnere' })).toContainText('NAV Skien');
      await page.getByLabel('Beskrivelse, linje 1').fill('Praksiskoordinator (40 %)');
      await page.getByLabel('Egenfinansiering i kroner, linje 1').fill('30 000');
      await page.getByLabel('Omsøkt beløp i kroner, linje 1').fill('120 000');
      await page.getByLabel('Omsøkt beløp i kroner, linje 1').blur();
      await expect(page.getByText(/Omsøkt beløp i lagret utkast: 120\s000\skr/)).toBeVisible();
      await expect(page.getByText('5 av 5 punkter er klare')).toBeVisible();
      await expectAxeClean(page, 'application form (complete)');
      await page.getByRole('button', { name: 'Send inn søknaden' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Søknaden er sendt inn.' })).toBeVisible();
      await expect(page.locator('.app-tags').getByText('Sendt inn')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Sammendrag' })).toHaveCount(0);
      await expectAxeClean(page, 'application (submitted)');
    });

    await test.step('the application is listed under my applications', async () => {
      await page.goto('/tilskudd/soknader');
      await expect(h1(page)).toHaveText('Mine søknader');
      const row = page.getByRole('row', { name: new RegExp(projectTitle) });
      await expect(row).toContainText('Sendt inn');
      await expect(row).toContainText(/120\s000\skr/);
      await expectAxeClean(page, 'my applications');
    });
    await member.context.close();
  });

  test('after the deadline the application cannot be submitted', async ({ page, baseURL, expectAxeClean }) => {
    const staff = await apiLogin(baseURL, STAFF_EMAIL);
    const applicant = await apiLogin(baseURL, OLENA);
    const roundTitle = `Fristrunde ${Date.now().toString(36)}`;
    const roundId = await openRound(staff, roundTitle);
    const appId = await completeDraft(applicant, roundId, 'Søknad som kommer for sent');
    // The deadline moves to a minute ago (the server checks it to the second).
    await gql(staff, 'mutation ($id: ID!, $input: GrantRoundInput!) { grantRoundUpdate(id: $id, input: $input) { id } }', {
      id: roundId,
      input: { closesAt: osloLocal(new Date(Date.now() - 60_000)) },
    });

    await logIn(page, OLENA, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto(`/tilskudd/runder/${roundId}`);
    await expect(h1(page)).toHaveText(roundTitle);
    await expect(page.getByText('Søknadsfristen har gått ut. Det kan ikke lenger sendes inn søknader i denne runden.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start søknad' })).toHaveCount(0);
    await expectAxeClean(page, 'call page (past deadline)');

    await page.goto(`/tilskudd/soknader/${appId}`);
    await expect(page.getByText('Søknadsfristen har gått ut. Utkastet kan ikke sendes inn.')).toBeVisible();
    await page.getByRole('button', { name: 'Send inn søknaden' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Søknaden ble ikke sendt inn' });
    await expect(refusal).toContainText('Søknadsfristen har gått ut. Søknaden kan ikke sendes inn.');
    await expect(page.locator('.app-tags').getByText('Utkast')).toBeVisible();
    await expectAxeClean(page, 'application (refused after deadline)');
    await staff.dispose();
    await applicant.dispose();
  });

  test('the decision letter appears when the round’s decisions are published', async ({ page, baseURL, request, expectAxeClean }) => {
    const staff = await apiLogin(baseURL, STAFF_EMAIL);
    const applicant = await apiLogin(baseURL, OLENA);
    const roundId = await openRound(staff, `Vedtaksrunde ${Date.now().toString(36)}`);
    const title = `Jobbmentor ${Date.now().toString(36)}`;
    const appId = await completeDraft(applicant, roundId, title);
    await gql(applicant, 'mutation ($id: ID!) { grantApplicationSubmit(id: $id) { id } }', { id: appId });

    await logIn(page, OLENA, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto(`/tilskudd/soknader/${appId}/vedtak`);
    await expect(page.getByRole('heading', { name: 'Vedtaket er ikke publisert ennå' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toHaveCount(0);
    await expectAxeClean(page, 'decision letter (not yet)');

    // Staff close the round, declare no conflict of interest, score, decide and publish.
    await gql(staff, 'mutation ($id: ID!) { grantRoundClose(id: $id) { id } }', { id: roundId });
    await gql(staff, 'mutation ($id: ID!) { grantAssessmentDeclare(applicationId: $id) { id } }', { id: appId });
    await gql(staff, 'mutation ($id: ID!) { grantAssessmentSave(applicationId: $id, scores: [{ key: "relevance", score: 4 }], comment: "God plan") { id } }', { id: appId });
    await gql(staff, 'mutation ($id: ID!) { grantApplicationDecide(id: $id, decision: PARTIALLY_APPROVED, grantedAmount: 100000, reason: "Godt prosjekt, men budsjettet for kursleder er redusert.") { id } }', { id: appId });
    // Decided but not yet published: the applicant still sees nothing.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Vedtaket er ikke publisert ennå' })).toBeVisible();
    await gql(staff, 'mutation ($id: ID!) { grantRoundPublishDecisions(id: $id) { id } }', { id: roundId });

    // The e-mail links to the letter.
    await expect
      .poll(async () => {
        const mails = (await (await request.get(`/dev/mail.json?to=${encodeURIComponent(OLENA)}`)).json()) as { text: string }[];
        return mails.some((m) => m.text.includes(`/tilskudd/soknader/${appId}/vedtak`));
      })
      .toBe(true);

    await page.reload();
    await expect(h1(page)).toHaveText(`Vedtak om tilskudd: ${title}`);
    const letter = page.getByRole('article');
    await expect(letter).toContainText('Telemark fylkeskommune');
    await expect(letter).toContainText('Ukrainsk forening i Telemark');
    await expect(letter).toContainText('Delvis innvilget');
    await expect(letter).toContainText(/100\s000\skr/);
    await expect(letter).toContainText(/150\s000\skr/);
    await expect(letter).toContainText('Godt prosjekt, men budsjettet for kursleder er redusert.');
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
    await expectAxeClean(page, 'decision letter');
    await expect(page).toHaveTitle(`Vedtak: ${title} – Samhandling`);

    // Printed, only the letter remains.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    await expect(letter).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // The application page links to the letter; the state is decided.
    await page.goto(`/tilskudd/soknader/${appId}`);
    await expect(page.locator('.app-tags').getByText('Vedtak fattet')).toBeVisible();
    await page.getByRole('link', { name: 'Les vedtaksbrevet' }).click();
    await expect(page).toHaveURL(new RegExp(`/tilskudd/soknader/${appId}/vedtak$`));
    await staff.dispose();
    await applicant.dispose();
  });
  test('asked for more information, the applicant edits, resubmits, and can withdraw', async ({ page, request, baseURL, expectAxeClean }) => {
    const staff = await apiLogin(baseURL, STAFF_EMAIL);
    const applicant = await apiLogin(baseURL, OLENA);
    const roundId = await openRound(staff, `Mer info-runde ${Date.now().toString(36)}`);
    const appId = await completeDraft(applicant, roundId, `Arbeidstrening ${Date.now().toString(36)}`);
    await gql(applicant, 'mutation ($id: ID!) { grantApplicationSubmit(id: $id) { id } }', { id: appId });
    await gql(staff, 'mutation ($id: ID!) { grantAssessmentDeclare(applicationId: $id) { id } }', { id: appId });
    await gql(staff, 'mutation ($id: ID!, $m: String!) { grantApplicationRequestInfo(id: $id, message: $m) { id } }', { id: appId, m: 'Hvilke arbeidsgivere er med?' });
    // By e-mail too, with the question and a link to the application.
    await expect
      .poll(async () => {
        const mails = (await (await request.get(`/dev/mail.json?to=${encodeURIComponent(OLENA)}`)).json()) as { subject: string; text: string }[];
        return mails.some((m) => m.subject.startsWith('Mer informasjon trengs:') && m.text.includes('Hvilke arbeidsgivere er med?') && m.text.includes(`/tilskudd/soknader/${appId}`));
      })
      .toBe(true);

    await logIn(page, OLENA, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto(`/tilskudd/soknader/${appId}`);
    await expect(page.locator('.app-tags').getByText('Mer informasjon etterspurt')).toBeVisible();
    await expect(page.getByText('Hvilke arbeidsgivere er med?')).toBeVisible();
    await page.getByLabel('Prosjektplan').fill('Praksis hos Rema 1000 Skien og Skien kommune fra mai.');
    await expect(saveStatus(page)).toHaveText(/^Lagret kl\./);
    await expectAxeClean(page, 'application (more information requested)');
    await page.getByRole('button', { name: 'Send inn på nytt' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Søknaden er sendt inn på nytt.' })).toBeVisible();
    await expect(page.locator('.app-tags').getByText('Til behandling')).toBeVisible();
    await expect(page.getByText('Praksis hos Rema 1000 Skien og Skien kommune fra mai.')).toBeVisible();

    await page.getByRole('button', { name: 'Trekk søknaden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vil du trekke søknaden?' });
    await expect(dialog).toBeVisible();
    await expectAxeClean(page, 'application (withdraw dialog)');
    await dialog.getByRole('button', { name: 'Ja, trekk søknaden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Søknaden er trukket.' })).toBeVisible();
    await expect(page.locator('.app-tags').getByText('Trukket')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Trekk søknaden' })).toHaveCount(0);
    await expectAxeClean(page, 'application (withdrawn)');
    await staff.dispose();
    await applicant.dispose();
  });
});
