import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN_EMAIL, DEMO_PASSWORD, flashMessage, gql, h1, logIn, newPerson, STAFF_EMAIL } from './helpers';

const NGO_EMAIL = 'omar.frivillig@demo.samhandling.no';
const TIIA = `TIIA ${new Date().getFullYear() + 1}`;

/** A GraphQL call with the context's own session cookie (as the browser would send it). */
/** "YYYY-MM-DDTHH:mm" some days from now (the wall-clock value a datetime-local input takes). */
function localInDays(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

const shots = process.env.GRANT_REVIEW_SHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

test.describe('grant review (county staff)', () => {
  test('staff create a round with the form, open it, and see it in the overview', async ({ page, expectAxeClean }) => {
    test.setTimeout(120_000);
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Tilskuddsbehandling: søknadsrunder, vurdering og vedtak' }).click();
    await expect(h1(page)).toHaveText('Tilskuddsbehandling');
    await expect(page).toHaveTitle('Tilskuddsbehandling – Samhandling');
    await expect(page.getByRole('link', { name: TIIA, exact: true })).toBeVisible();
    await expectAxeClean(page, 'rounds overview');
    await shot(page, 'overview');

    await page.getByRole('link', { name: 'Ny søknadsrunde' }).click();
    await expect(h1(page)).toHaveText('Ny søknadsrunde');
    await expectAxeClean(page, 'round form');

    // Nothing filled in: the error summary lists what is missing.
    await page.getByRole('button', { name: 'Opprett runden' }).click();
    const summary = page.getByRole('region', { name: 'For å gå videre må du rette opp følgende feil:' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Fyll ut feltet «Tilskuddsordning».' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Fyll ut feltet «Tittel».' })).toBeVisible();
    await expectAxeClean(page, 'round form with errors');

    const suffix = Date.now().toString(36);
    const title = `Lokale møteplasser ${suffix}`;
    await page.getByLabel('Tilskuddsordning').selectOption({ label: 'Ny tilskuddsordning …' });
    await page.getByLabel('Navn på den nye tilskuddsordningen').fill(`Møteplasser i Telemark ${suffix}`);
    await page.getByLabel('Tittel', { exact: true }).fill(title);
    await page.getByLabel('Budsjett (kroner)').fill('400 000');
    await page.getByLabel('Åpner').fill(localInDays(0, '00:00'));
    await page.getByLabel('Søknadsfrist').fill(localInDays(30, '12:00'));
    await page.getByLabel('Retningslinjer').fill('## Hvem kan søke\nFrivillige organisasjoner i Telemark.');
    await page.getByRole('group', { name: /Hvilke typer organisasjoner kan søke/ }).getByLabel('Frivillig organisasjon').check();
    await page.getByRole('group', { name: 'Kriterium 1' }).getByLabel('Navn').fill('Relevans for målgruppen');
    await page.getByRole('group', { name: 'Kriterium 1' }).getByLabel('Vekt').fill('2');
    await page.getByRole('button', { name: 'Legg til kriterium' }).click();
    await page.getByRole('group', { name: 'Kriterium 2' }).getByLabel('Navn').fill('Samarbeid');
    await page.getByLabel('Informasjonsmøte').selectOption({ index: 1 });
    await shot(page, 'form');
    await page.getByRole('button', { name: 'Opprett runden' }).click();

    await expect(h1(page)).toHaveText(title);
    await expect(flashMessage(page)).toContainText(`Søknadsrunden «${title}» er opprettet som utkast.`);
    await expect(page.getByText('Utkast', { exact: true }).first()).toBeVisible();
    await expectAxeClean(page, 'new round page');

    await page.getByRole('button', { name: 'Åpne runden' }).click();
    const dialog = page.getByRole('dialog', { name: `Åpne «${title}»?` });
    await expect(dialog).toContainText('kunngjort direkte til hele nettverket');
    await expectAxeClean(page, 'open round dialog');
    await dialog.getByRole('button', { name: 'Ja, åpne runden' }).click();
    await expect(page.getByText(`«${title}» er åpnet og kunngjort.`)).toBeVisible();
    await expect(page.getByText('Åpen', { exact: true }).first()).toBeVisible();

    await page.getByRole('link', { name: 'Rediger runden' }).click();
    await expect(h1(page)).toHaveText(`Rediger ${title}`);
    await expect(page.getByLabel('Søknadsfrist')).toHaveValue(localInDays(30, '12:00'));
    await expect(page.getByRole('group', { name: 'Kriterium 2' }).getByLabel('Nøkkel')).toHaveValue('samarbeid');
    await expectAxeClean(page, 'edit round');
    await page.getByLabel('Budsjett (kroner)').fill('450000');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(flashMessage(page)).toContainText(`Endringene i «${title}» er lagret.`);
    await expect(page.getByText(/Budsjett 450\s000/).first()).toBeVisible();

    await page.getByRole('link', { name: 'Tilbake til tilskuddsbehandling' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect(row).toContainText('Åpen');
    await expect(row).toContainText(/450\s000/);
    await expectAxeClean(page, 'rounds overview with the new round');
  });

  test('a reviewer who is inhabil says so: out of the assessment, in the log, on the dashboard, live', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(120_000);
    const appTitle = 'Lærlingveiledning for unge voksne';
    // A colleague watches the round's dashboard meanwhile.
    const colleague = await newPerson(browser, baseURL);
    await logIn(colleague.page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(colleague.page).not.toHaveURL(/logg-inn/);
    await colleague.page.goto('/tilskudd/behandling');
    await colleague.page.getByRole('link', { name: TIIA, exact: true }).click();
    const watched = colleague.page.getByRole('region', { name: 'Inhabilitet' });
    await expect(watched).toContainText('Ingen har erklært seg inhabil i denne runden.');

    await logIn(page, ADMIN_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto('/tilskudd/behandling');
    await page.getByRole('link', { name: TIIA, exact: true }).click();
    await page.getByRole('link', { name: appTitle, exact: true }).click();
    await expect(h1(page)).toHaveText(appTitle);
    await expect(page.getByRole('heading', { name: 'Erklæring om habilitet' })).toBeVisible();
    const other = page.getByRole('region', { name: 'Er du inhabil?' });
    await expect(other).toContainText('kan ikke trekkes tilbake');
    await other.getByRole('button', { name: 'Jeg er inhabil' }).click();
    const dialog = page.getByRole('dialog', { name: `Erklære deg inhabil i «${appTitle}»?` });
    await expect(dialog).toContainText('Vurderingen og kommentaren din blir fjernet');
    await expectAxeClean(page, 'conflict dialog');
    await shot(page, 'conflict-dialog');
    await dialog.getByRole('button', { name: 'Ja, jeg er inhabil' }).click();

    await expect(page.getByRole('heading', { name: 'Du er inhabil i denne søknaden' })).toBeVisible();
    await expect(h1(page)).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Du har erklært deg inhabil i søknaden.' })).toBeAttached();
    const appLog = page.getByRole('region', { name: 'Logg for søknaden' });
    await expect(appLog.getByRole('row').filter({ hasText: 'Erklærte seg inhabil' })).toContainText('Ada Administrator');
    await expect(page.getByRole('heading', { name: 'Søknaden', exact: true })).toHaveCount(0);
    await expectAxeClean(page, 'declared conflict');
    await shot(page, 'conflict-declared');
    // It holds: the server answers the same after a reload, and there is no way back to the content.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Du er inhabil i denne søknaden' })).toBeVisible();
    await expect(h1(page)).toHaveText(appTitle);
    await expect(page.getByRole('button', { name: 'Bekreft og åpne søknaden' })).toHaveCount(0);

    // The colleague's dashboard says so live; the round's dashboard lists it.
    await expect(colleague.page.getByText('En saksbehandler har erklært seg inhabil i en søknad. Oversikten er oppdatert.')).toBeVisible();
    await expect(watched.getByRole('listitem')).toHaveText(new RegExp(`${appTitle}: Ada Administrator erklærte seg inhabil`));
    await expectAxeClean(colleague.page, 'dashboard with a conflict');
    await colleague.context.close();
    await page.getByRole('link', { name: 'Tilbake til søknadsrunden' }).click();
    await expect(page.getByRole('region', { name: 'Inhabilitet' }).getByRole('link', { name: appTitle })).toBeVisible();
    await shot(page, 'conflict-dashboard');
  });

  test('TIIA: live dashboard, declaration before content, scoring, over-budget decision, publishing', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(180_000);
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto('/tilskudd/behandling');
    await page.getByRole('link', { name: TIIA, exact: true }).click();
    await expect(h1(page)).toHaveText(TIIA);
    const roundId = page.url().split('/').pop()!;

    const byState = page.getByRole('region', { name: 'Søknader etter status' });
    await expect(byState.getByRole('listitem').filter({ hasText: 'Sendt inn' })).toContainText('2');
    await expect(page.getByRole('region', { name: 'Budsjett, søkt og innvilget' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Søknader etter kommune' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Søknader etter organisasjonstype' })).toBeVisible();
    const ranking = page.getByRole('table', { name: '2 søknader' });
    await expect(ranking.getByRole('row')).toHaveCount(3);
    await byState.getByText('Vis som tabell').click();
    await expect(byState.getByRole('table').getByRole('row', { name: /Sendt inn/ })).toContainText(/480\s000/);
    await expectAxeClean(page, 'dashboard');
    await shot(page, 'dashboard');

    // An NGO submits an application through the API in its own session: it shows up live.
    const ngo = await newPerson(browser, baseURL);
    const api = ngo.context.request;
    await gql(api, 'mutation($e: String!, $p: String!) { accountLogin(email: $e, password: $p) { id } }', { e: NGO_EMAIL, p: DEMO_PASSWORD });
    const me = await gql<{ viewer: { memberships: { organisation: { id: string; name: string } }[] } }>(api, '{ viewer { memberships { organisation { id name } } } }');
    const orgId = me.viewer.memberships.find((m) => m.organisation.name === 'Skien Røde Kors')!.organisation.id;
    const nav = await gql<{ organisations: { nodes: { id: string }[] } }>(api, '{ organisations(filter: { search: "NAV Skien" }, first: 1) { nodes { id } } }');
    const appTitle = 'Mentorordning for nyankomne';
    const created = await gql<{ grantApplicationCreate: { id: string; version: number } }>(
      api,
      'mutation($r: ID!, $o: ID!, $t: String!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: $t) { id version } }',
      { r: roundId, o: orgId, t: appTitle },
    );
    const appId = created.grantApplicationCreate.id;
    await gql(api, 'mutation($id: ID!, $v: Int!, $i: GrantApplicationInput!) { grantApplicationSave(id: $id, version: $v, input: $i) { version } }', {
      id: appId,
      v: created.grantApplicationCreate.version,
      i: {
        summary: 'Frivillige mentorer følger nyankomne inn i arbeidslivet.',
        projectPlan: 'Rekruttering av mentorer i januar, matching i februar, samlinger hver måned.',
        partnerOrganisationIds: [nav.organisations.nodes[0]!.id],
        budgetLines: [{ description: 'Koordinator', ownFunding: 100_000, requested: 1_400_000 }],
      },
    });
    await gql(api, 'mutation($id: ID!) { grantApplicationSubmit(id: $id) { state } }', { id: appId });
    await ngo.context.close();

    await expect(page.getByText('Ny søknad mottatt. Oversikten er oppdatert.')).toBeVisible();
    await expect(byState.getByRole('listitem').filter({ hasText: 'Sendt inn' })).toContainText('3');
    await expect(page.getByRole('link', { name: appTitle, exact: true })).toBeVisible();
    await expectAxeClean(page, 'dashboard after a live update');

    // The assessment page shows only the name until the reviewer has declared no conflict of interest.
    await page.getByRole('link', { name: appTitle, exact: true }).click();
    await expect(h1(page)).toHaveText(appTitle);
    await expect(page.getByText('Fra Skien Røde Kors')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Erklæring om habilitet' })).toBeVisible();
    await expect(page.getByText('Frivillige mentorer følger')).toHaveCount(0);
    await page.getByRole('button', { name: 'Bekreft og åpne søknaden' }).click();
    await expect(page.getByText('Kryss av for erklæringen for å åpne søknaden.')).toBeVisible();
    await expect(page.getByLabel('Jeg erklærer at jeg ikke er inhabil i denne saken')).toBeFocused();
    await expectAxeClean(page, 'declaration step with error');
    await shot(page, 'declaration');
    await page.getByLabel('Jeg erklærer at jeg ikke er inhabil i denne saken').check();
    await page.getByRole('button', { name: 'Bekreft og åpne søknaden' }).click();
    await expect(page.getByRole('heading', { name: 'Søknaden', exact: true })).toBeVisible();
    await expect(h1(page)).toBeFocused();
    await expect(page.getByText('Frivillige mentorer følger nyankomne inn i arbeidslivet.')).toBeVisible();
    await expect(page.getByText('Under vurdering', { exact: true })).toBeVisible();

    await page.getByRole('group', { name: 'Relevans for målgruppen (vekt 3)' }).getByLabel('5').check();
    await page.getByRole('group', { name: 'Gjennomførbarhet og budsjett (vekt 2)' }).getByLabel('4').check();
    await page.getByRole('group', { name: 'Samarbeid (vekt 1)' }).getByLabel('3').check();
    await expect(page.getByText('Vektet poengsum: 4,33')).toBeVisible();
    await page.getByLabel('Kommentar').fill('Godt forankret hos NAV.');
    await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect(page.getByText('Vurderingen er lagret.')).toBeVisible();
    await expect(page.getByText('Vedtak kan registreres når runden er stengt.')).toBeVisible();
    await expectAxeClean(page, 'assessment page');
    await shot(page, 'assessment');

    // Close the round, decide the two demo applications through the API, and this one in the form.
    await page.getByRole('link', { name: 'Tilbake til søknadsrunden' }).click();
    await expect(page.getByRole('link', { name: appTitle, exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Steng runden' }).click();
    const closeDialog = page.getByRole('dialog', { name: `Stenge «${TIIA}»?` });
    await expectAxeClean(page, 'close round dialog');
    await closeDialog.getByRole('button', { name: 'Ja, steng runden' }).click();
    await expect(page.getByText(`«${TIIA}» er stengt.`)).toBeVisible();

    const rows = await gql<{ grantRoundRanking: { application: { id: string; title: string } }[] }>(page.request, 'query($r: ID!) { grantRoundRanking(roundId: $r) { application { id title } } }', { r: roundId });
    const idOf = (t: string) => rows.grantRoundRanking.find((r) => r.application.title === t)!.application.id;
    const decideByApi = async (id: string, decision: string, amount: number) => {
      await gql(page.request, 'mutation($id: ID!) { grantAssessmentDeclare(applicationId: $id) { id } }', { id });
      await gql(page.request, 'mutation($id: ID!, $d: Decision!, $a: Int!) { grantApplicationDecide(id: $id, decision: $d, grantedAmount: $a, reason: "Vurdert etter kriteriene.") { id } }', { id, d: decision, a: amount });
    };
    await decideByApi(idOf('Arbeidsrettet norsk for ukrainere'), 'APPROVED', 300_000);
    await decideByApi(idOf('Lærlingveiledning for unge voksne'), 'REJECTED', 0);

    await page.getByRole('link', { name: appTitle, exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Vedtak', exact: true })).toBeVisible();
    await page.getByLabel('Innvilget', { exact: true }).check();
    await expect(page.getByLabel('Innvilget beløp (kroner)')).toHaveValue('1400000');
    await page.getByLabel('Begrunnelse', { exact: true }).fill('Sterk søknad med god forankring.');
    await page.getByRole('button', { name: 'Registrer vedtaket' }).click();
    await expect(page.getByRole('heading', { name: 'Vedtaket går over budsjettet' })).toBeVisible();
    await expect(page.getByText(/innvilget totalt 1\s700\s000\s?kr, men budsjettet er 1\s500\s000\s?kr/)).toBeVisible();
    await expect(page.getByLabel('Begrunnelse for å gå over budsjettet')).toBeFocused();
    await expectAxeClean(page, 'decision over budget');
    await shot(page, 'over-budget');
    await page.getByLabel('Begrunnelse for å gå over budsjettet').fill('Fylkestinget har vedtatt 200 000 kroner ekstra.');
    await page.getByRole('button', { name: 'Registrer vedtaket' }).click();
    await expect(page.getByText('Vedtaket er registrert. Det publiseres sammen med de andre vedtakene i runden.')).toBeVisible();
    const appLog = page.getByRole('region', { name: 'Logg for søknaden' });
    await expect(appLog).toContainText('Erklærte seg ikke inhabil');
    await expect(appLog).toContainText('Lagret vurdering');
    await expect(appLog).toContainText('Status endret fra Sendt inn til Under vurdering');
    await expect(appLog).toContainText('Vedtak registrert: Innvilget');
    await expect(appLog).toContainText(/Over budsjettet med 200\s000/);
    await expectAxeClean(page, 'assessment page after the decision');

    // Publish: every applicant is told at once.
    await page.getByRole('link', { name: 'Tilbake til søknadsrunden' }).click();
    await page.getByRole('button', { name: 'Publiser vedtakene' }).click();
    const publishDialog = page.getByRole('dialog', { name: `Publisere vedtakene i «${TIIA}»?` });
    await expect(publishDialog).toContainText('Alle søkerne får vite om vedtaket sitt samtidig');
    await expectAxeClean(page, 'publish dialog');
    await publishDialog.getByRole('button', { name: 'Ja, publiser vedtakene' }).click();
    await expect(page.getByText(`Vedtakene i «${TIIA}» er publisert, og søkerne er varslet.`)).toBeVisible();
    await expect(page.getByText('Vedtak publisert', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publiser vedtakene' })).toHaveCount(0);
    const roundLog = page.getByRole('region', { name: 'Logg for runden' });
    await expect(roundLog).toContainText('Status endret fra Åpen til Stengt');
    await expect(roundLog).toContainText('Status endret fra Stengt til Vedtak publisert');
    await expect(page.getByRole('region', { name: 'Budsjett, søkt og innvilget' }).getByRole('listitem').filter({ hasText: 'Innvilget' })).toContainText(/1\s700\s000/);
    await expectAxeClean(page, 'round after publishing');
    await shot(page, 'published');

    // The applicant's inbox says what happened, in words, with a link to the decision letter.
    const applicant = await newPerson(browser, baseURL);
    await logIn(applicant.page, NGO_EMAIL, DEMO_PASSWORD);
    await expect(applicant.page).not.toHaveURL(/logg-inn/);
    await applicant.page.goto('/varsler');
    const decided = applicant.page.getByRole('link', { name: `Det er fattet vedtak i søknaden «${appTitle}». Les vedtaksbrevet.` });
    await expect(decided).toHaveAttribute('href', `/tilskudd/soknader/${appId}/vedtak`);
    await expect(applicant.page.getByText(/groups\.inbox\.types/)).toHaveCount(0);
    await expectAxeClean(applicant.page, 'applicant inbox with a decision');
    await decided.click();
    await expect(h1(applicant.page)).toBeVisible();
    await expect(applicant.page).toHaveURL(new RegExp(`/tilskudd/soknader/${appId}/vedtak$`));
    await applicant.context.close();
  });
});
