import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DAY, DEMO_PASSWORD, STAFF_EMAIL, apiLogin, gql, h1, logIn, newPerson, osloLocal, pdfFile } from './helpers';

// What follows a grant decision, through both sides of the client: the organisation accepts the award and reports
// with accounts; county staff ask for changes, approve, and record the final payment; everyone reads the results.

const OMAR = 'omar.frivillig@demo.samhandling.no'; // admin of Skien Røde Kors (VOLUNTARY)

/**
 * The page as it is, checked by axe in nynorsk and English, then back in bokmål (the story reads bokmål labels).
 * <html lang> changes once the language's messages are loaded.
 */
async function axeInNnAndEn(page: Page, expectAxeClean: (page: Page, label?: string) => Promise<void>, label: string): Promise<void> {
  for (const [language, switchLabel] of [['nn', 'Språk'], ['en', 'Språk'], ['nb', 'Language']] as const) {
    await page.getByLabel(switchLabel, { exact: true }).selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    if (language !== 'nb') await expectAxeClean(page, `${label} (${language})`);
  }
}

/** A round decided through the API: one approved application of Omar's organisation, published. */
async function decidedRound(baseURL: string | undefined, title: string, project: string): Promise<{ roundId: string; applicationId: string }> {
  const staff = await apiLogin(baseURL, STAFF_EMAIL);
  const applicant = await apiLogin(baseURL, OMAR);
  const { grantSchemes } = await gql<{ grantSchemes: { id: string }[] }>(staff, '{ grantSchemes { id } }');
  const { grantRoundCreate: round } = await gql<{ grantRoundCreate: { id: string } }>(staff, 'mutation ($input: GrantRoundInput!) { grantRoundCreate(input: $input) { id } }', {
    input: {
      schemeId: grantSchemes[0]!.id, title, year: new Date().getFullYear() + 1, budget: 500_000, minPartners: 0,
      guidelines: '## Retningslinjer\n\nTiltak for **arbeid og inkludering**.', criteria: [{ key: 'relevance', title: 'Relevans', weight: 1 }],
      opensAt: osloLocal(new Date(Date.now() - DAY)), closesAt: osloLocal(new Date(Date.now() + DAY)),
      acceptanceDays: 14, reportRequirements: [{ kind: 'FINAL', dueAt: osloLocal(new Date(Date.now() + 90 * DAY)) }],
    },
  });
  await gql(staff, 'mutation ($id: ID!) { grantRoundOpen(id: $id) { id } }', { id: round.id });
  const { viewer } = await gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(applicant, '{ viewer { memberships { organisation { id } } } }');
  const { grantApplicationCreate: app } = await gql<{ grantApplicationCreate: { id: string; version: number } }>(applicant, 'mutation ($r: ID!, $o: ID!, $t: String!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: $t) { id version } }', {
    r: round.id, o: viewer.memberships[0]!.organisation.id, t: project,
  });
  await gql(applicant, 'mutation ($id: ID!, $v: Int!, $input: GrantApplicationInput!) { grantApplicationSave(id: $id, version: $v, input: $input) { id } }', {
    id: app.id, v: app.version,
    input: { summary: 'Jobbkafé der nyankomne møter mentorer fra arbeidslivet.', projectPlan: 'Ukentlige samlinger fra februar.', budgetLines: [{ description: 'Koordinator', ownFunding: 10_000, requested: 90_000 }, { description: 'Samlinger', ownFunding: 0, requested: 30_000 }] },
  });
  await gql(applicant, 'mutation ($id: ID!) { grantApplicationSubmit(id: $id) { id } }', { id: app.id });
  await gql(staff, 'mutation ($id: ID!) { grantAssessmentDeclare(applicationId: $id) { id } }', { id: app.id });
  await gql(staff, 'mutation ($id: ID!) { grantRoundClose(id: $id) { id } }', { id: round.id });
  await gql(staff, 'mutation ($id: ID!) { grantApplicationDecide(id: $id, decision: APPROVED, grantedAmount: 120000, reason: "Godt forankret i arbeidslivet.") { id } }', { id: app.id });
  await gql(staff, 'mutation ($id: ID!) { grantRoundPublishDecisions(id: $id) { id } }', { id: round.id });
  await staff.dispose();
  await applicant.dispose();
  return { roundId: round.id, applicationId: app.id };
}

test('award → accept → report with accounts → changes requested → approved → final payment recorded → published results', async ({ page, browser, baseURL, expectAxeClean }) => {
  test.setTimeout(600_000);
  const suffix = Date.now().toString(36);
  const roundTitle = `Oppfølgingsrunde ${suffix}`;
  const project = `Jobbkafé ${suffix}`;
  const { roundId, applicationId } = await decidedRound(baseURL, roundTitle, project);

  await test.step('the decision letter states the deadlines and leads to the award', async () => {
    await logIn(page, OMAR, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto(`/tilskudd/soknader/${applicationId}/vedtak`);
    await expect(page.getByText(/^Klagefrist: .* Klagen sendes i Samhandling\.$/)).toBeVisible();
    await expect(page.getByText(/Tilsagnet må godtas eller avslås i Samhandling innen/)).toBeVisible();
    await expectAxeClean(page, 'decision letter with deadlines');
    await axeInNnAndEn(page, expectAxeClean, 'decision letter');
    await page.getByRole('link', { name: 'Svar på tilsagnet og se oppfølgingen' }).click();
    await expect(h1(page)).toHaveText(`Oppfølging: ${project}`);
    await expect(page.getByText(/Dere har fått tilsagn om 120\s000\skr/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Klage' })).toBeVisible();
    await expectAxeClean(page, 'follow-up: award offered');
  });

  await test.step('the organisation accepts the award', async () => {
    await page.getByRole('button', { name: 'Godta tilsagnet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Godta tilsagnet og vilkårene?' });
    await expectAxeClean(page, 'accept dialog');
    await dialog.getByRole('button', { name: 'Ja, godta tilsagnet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tilsagnet er godtatt.' })).toBeVisible();
    const payments = page.getByRole('table', { name: 'Utbetalinger' });
    await expect(payments.getByRole('row', { name: /1\. utbetaling \(75 %\)/ })).toContainText('Til utbetaling');
    await expect(payments.getByRole('row', { name: /2\. utbetaling \(25 %\)/ })).toContainText('Planlagt');
    await expectAxeClean(page, 'follow-up: accepted');
  });

  await test.step('the organisation writes the final report: the totals must add up', async () => {
    await page.getByRole('link', { name: 'Sluttrapport med regnskap' }).click();
    await expect(h1(page)).toHaveText(`Sluttrapport med regnskap: ${project}`);
    await page.getByLabel('Hva ble gjort, sett opp mot målene i søknaden?').fill('Vi holdt 20 samlinger med mentorer fra seks bedrifter.');
    await page.getByLabel('Antall aktiviteter som ble holdt').fill('20');
    const row = page.getByRole('group', { name: 'Rad 1' });
    await row.getByLabel('Kommune').selectOption({ label: 'Skien' });
    await row.getByLabel('Målgruppe').selectOption({ label: 'Voksne' });
    await row.getByLabel('Deltakere').fill('25');
    await page.getByLabel('Regnskap for «Koordinator»').fill('95000');
    await page.getByLabel('Regnskap for «Samlinger»').fill('32000');
    await page.getByLabel('Totale kostnader').fill('120000');
    await page.getByLabel('Brukt av tilskuddet').fill('120000');
    await expect(page.getByTestId('actual-sum')).toHaveText(/127\s000\skr/);
    await expect(page.getByTestId('save-status')).toHaveText(/^Lagret kl\./);
    await page.getByLabel('Legg ved en fil').setInputFiles({ name: 'bilag.pdf', mimeType: 'application/pdf', buffer: pdfFile('Bilag') });
    await page.getByRole('button', { name: 'Last opp vedlegget' }).click();
    await expect(page.getByRole('link', { name: 'bilag.pdf' })).toBeVisible();
    await expectAxeClean(page, 'report form');
    await axeInNnAndEn(page, expectAxeClean, 'report form');
    await page.getByRole('button', { name: 'Send inn rapporten' }).click();
    const summary = page.getByRole('region', { name: 'Rapporten kan ikke sendes inn ennå. Dette mangler:' });
    await expect(summary.getByRole('link', { name: 'Totale kostnader stemmer ikke med summen av regnskapslinjene' })).toBeVisible();
    await expectAxeClean(page, 'report: totals do not add up');
    await page.getByLabel('Totale kostnader').fill('127000');
    await page.getByRole('button', { name: 'Send inn rapporten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Rapporten er sendt inn.' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Regnskap' }).getByRole('row', { name: /Sum/ })).toContainText(/127\s000\skr/);
    await expectAxeClean(page, 'report sent in');
  });

  const staff = await newPerson(browser, baseURL);
  await test.step('county staff see it on the round dashboard and ask for changes', async () => {
    await logIn(staff.page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(staff.page).not.toHaveURL(/logg-inn/);
    await staff.page.goto(`/tilskudd/behandling/runder/${roundId}`);
    const followUp = staff.page.getByRole('region', { name: 'Oppfølging av tilsagnene' });
    // The follow-up is asked for once the round has loaded and is seen to be decided: the last of the page's queries.
    await expect(followUp.getByRole('region', { name: 'Har ikke svart på tilsagnet' })).toContainText('Alle har svart på tilsagnet.', { timeout: 30_000 });
    await expectAxeClean(staff.page, 'round dashboard with follow-up');
    await axeInNnAndEn(staff.page, expectAxeClean, 'round dashboard with follow-up');
    await followUp.getByRole('region', { name: 'Rapporter til behandling' }).getByRole('link', { name: `Sluttrapport med regnskap: ${project}` }).click();
    await expect(h1(staff.page)).toHaveText(`Sluttrapport med regnskap: ${project}`);
    await expect(staff.page.getByRole('table', { name: 'Deltakere' })).toContainText('Skien');
    await staff.page.getByLabel('Be om endringer').check();
    await staff.page.getByLabel('Melding til mottakeren').fill('Legg ved bilag for samlingene også.');
    await expectAxeClean(staff.page, 'report review');
    await axeInNnAndEn(staff.page, expectAxeClean, 'report review');
    await staff.page.getByRole('button', { name: 'Lagre utfallet' }).click();
    await expect(staff.page.getByRole('status').filter({ hasText: 'Rapporten er sendt tilbake med beskjed om endringer.' })).toBeVisible();
  });

  await test.step('the organisation corrects the report and sends it in again', async () => {
    await page.reload();
    const changes = page.getByText('Fylkeskommunen ber om endringer');
    await expect(changes).toBeVisible();
    await expect(page.getByText('Legg ved bilag for samlingene også.')).toBeVisible();
    await page.getByLabel('Legg ved en fil').setInputFiles({ name: 'bilag-samlinger.pdf', mimeType: 'application/pdf', buffer: pdfFile('Samlinger') });
    await page.getByRole('button', { name: 'Last opp vedlegget' }).click();
    await expect(page.getByRole('link', { name: 'bilag-samlinger.pdf' })).toBeVisible();
    await expectAxeClean(page, 'report with changes requested');
    await page.getByRole('button', { name: 'Send inn på nytt' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Rapporten er sendt inn.' })).toBeVisible();
  });

  await test.step('county staff approve it and record the final payment', async () => {
    await staff.page.reload();
    await staff.page.getByLabel('Godkjenn').check();
    await staff.page.getByRole('button', { name: 'Lagre utfallet' }).click();
    await expect(staff.page.getByRole('status').filter({ hasText: 'Rapporten er godkjent.' })).toBeVisible();
    await staff.page.getByRole('link', { name: 'Tilbake til tilsagnet' }).click();
    await expect(h1(staff.page)).toHaveText(project);
    const payments = staff.page.getByRole('table', { name: 'Utbetalinger' });
    for (const [n, amount] of [[1, '90 000'], [2, '30 000']] as const) {
      await payments.getByRole('button', { name: new RegExp(`^Registrer som utbetalt\\s*: ${n}\\. utbetaling`) }).click();
      const dialog = staff.page.getByRole('dialog', { name: new RegExp(`Registrere ${n}\\. utbetaling`) });
      await dialog.getByLabel('Referanse i økonomisystemet').fill(`BILAG-${n}-${suffix}`);
      if (n === 2) await expectAxeClean(staff.page, 'record payment dialog');
      await dialog.getByRole('button', { name: 'Registrer utbetalingen' }).click();
      await expect(staff.page.getByRole('status').filter({ hasText: new RegExp(`Utbetalingen på ${amount.replace(' ', '\\s')}\\skr er registrert\\.`) })).toBeVisible();
    }
    await expect(payments.getByRole('row', { name: /2\. utbetaling/ })).toContainText('Utbetalt');
    await expect(staff.page.getByRole('region', { name: 'Logg for tilsagnet' })).toContainText('Rapport: Sendt inn → Godkjent');
    await expectAxeClean(staff.page, 'award with payments recorded');
    const csv = await staff.page.request.get(`/tilskudd/behandling/runder/${roundId}/utbetalinger.csv`);
    expect(await csv.text()).toContain(`BILAG-2-${suffix}`);
  });
  await staff.context.close();

  await test.step('everyone reads the published results, in nb, nn and en', async () => {
    const reader = await newPerson(browser, baseURL);
    await reader.page.goto(`/tilskudd/runder/${roundId}`);
    await reader.page.getByRole('link', { name: 'Se hvem som fikk tilskudd, og hva de har fått til' }).click();
    await expect(h1(reader.page)).toHaveText(`Tildelinger og resultater: ${roundTitle}`);
    const awards = reader.page.getByRole('table', { name: 'Hvem fikk tilskudd' });
    await expect(awards.getByRole('row', { name: /Skien Røde Kors/ })).toContainText(/120\s000\skr/);
    await expect(awards.getByRole('row', { name: /Skien Røde Kors/ })).toContainText('25');
    await reader.page.getByText('Vis som tabell: Deltakere per kommune').click();
    await expect(reader.page.getByRole('table', { name: 'Deltakere per kommune' }).getByRole('row', { name: /Skien/ })).toContainText('25');
    await expectAxeClean(reader.page, 'results (nb)');
    const csv = await reader.page.request.get(`/tilskudd/runder/${roundId}/resultater.csv?lang=nb`);
    expect(await csv.text()).toContain(`${project};120000;120000;25`);
    const summaryHref = await reader.page.getByRole('link', { name: 'Last ned resultatene per kommune som CSV' }).getAttribute('href');
    expect(await (await reader.page.request.get(summaryHref!)).text()).toContain('\n4003;Skien;25;120000;25;0;0;0;0;0;0;0');
    await reader.page.getByLabel('Språk').selectOption('nn');
    await expect(h1(reader.page)).toHaveText(`Tildelingar og resultat: ${roundTitle}`);
    await expectAxeClean(reader.page, 'results (nn)');
    await reader.page.getByLabel('Språk').selectOption('en');
    await expect(h1(reader.page)).toHaveText(`Awards and results: ${roundTitle}`);
    await expectAxeClean(reader.page, 'results (en)');
    await reader.context.close();
  });

  await test.step('the follow-up page in nynorsk and English', async () => {
    await page.goto(`/tilskudd/soknader/${applicationId}/oppfolging`);
    await page.getByLabel('Språk').selectOption('nn');
    await expect(h1(page)).toHaveText(`Oppfølging: ${project}`);
    await expect(page.getByRole('table', { name: 'Utbetalingar' })).toContainText('Utbetalt');
    await expectAxeClean(page, 'follow-up (nn)');
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('table', { name: 'Payments' })).toContainText('Paid');
    await expectAxeClean(page, 'follow-up (en)');
    await page.getByLabel('Language').selectOption('nb');
  });
});

test('the demo: last year’s round shows one overdue report on the dashboard and its results to everyone', async ({ page, expectAxeClean }) => {
  test.setTimeout(120_000);
  const year = new Date().getFullYear();
  await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/logg-inn/);
  await page.goto('/tilskudd/behandling');
  await page.getByRole('link', { name: `TIIA ${year}`, exact: true }).click();
  const overdue = page.getByTestId('overdue-reports');
  await expect(overdue).toContainText('Leksehjelp og yrkesveiledning', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Rapporter til behandling' })).toContainText('Ingen rapporter venter.');
  await expectAxeClean(page, 'demo round follow-up');
  await page.getByRole('link', { name: 'Offentlige resultater' }).click();
  await expect(h1(page)).toHaveText(`Tildelinger og resultater: TIIA ${year}`);
  await expect(page.getByRole('table', { name: 'Hvem fikk tilskudd' }).getByRole('row')).toHaveCount(4);
  await expectAxeClean(page, 'demo results');
});
