import { expect, test } from './fixtures';
import { DEMO_PASSWORD, gql, h1, logIn, logInApi, newPerson, osloLocal, pdfFile, STAFF_EMAIL } from './helpers';

// The whole story through both sides of the client: county staff open a round; an NGO drafts, is told
// what is missing and submits; a submission after the deadline is refused; staff score and decide; the NGO
// reads the published decision. (grants-apply.spec.ts and grants-review.spec.ts go deeper into each side.)

const OMAR = 'omar.frivillig@demo.samhandling.no'; // admin of Skien Røde Kors
const OLENA = 'olena.forening@demo.samhandling.no'; // admin of Ukrainsk forening i Telemark

/** Oslo wall-clock time `minutes` from now. */
const osloIn = (minutes: number) => osloLocal(new Date(Date.now() + minutes * 60_000));

test('staff open a round, an NGO applies, a late one is refused, staff score and decide, the NGO reads the decision', async ({ page, browser, baseURL, expectAxeClean }) => {
  test.slow();
  const round = `Inkludering i arbeidslivet ${Date.now().toString(36)}`;
  const title = 'Språkpraksis i butikk';

  // A draft round made through the API; opening it is the staff's first step in the client.
  await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/logg-inn/);
  const { grantSchemes } = await gql<{ grantSchemes: { id: string }[] }>(page.request, '{ grantSchemes { id } }');
  const { grantRoundCreate } = await gql<{ grantRoundCreate: { id: string } }>(page.request, 'mutation ($i: GrantRoundInput!) { grantRoundCreate(input: $i) { id } }', {
    i: {
      schemeId: grantSchemes[0]!.id, title: round, year: new Date().getFullYear() + 1, budget: 300_000, minPartners: 0,
      guidelines: 'Tiltak som gir **arbeidspraksis** for nyankomne.', criteria: [{ key: 'relevance', title: 'Relevans', weight: 2 }],
      opensAt: osloIn(-60), closesAt: osloIn(24 * 60),
    },
  });
  const roundId = grantRoundCreate.id;

  await test.step('county staff open the round', async () => {
    await page.goto(`/tilskudd/behandling/runder/${roundId}`);
    await page.getByRole('button', { name: 'Åpne runden' }).click();
    await page.getByRole('dialog', { name: `Åpne «${round}»?` }).getByRole('button', { name: 'Ja, åpne runden' }).click();
    await expect(page.getByText(`«${round}» er åpnet og kunngjort.`)).toBeVisible();
  });

  const ngo = await newPerson(browser, baseURL);
  let applicationId = '';
  await test.step('the NGO drafts, is told what is missing, completes and submits', async () => {
    await logIn(ngo.page, OMAR, DEMO_PASSWORD);
    await expect(ngo.page).not.toHaveURL(/logg-inn/);
    await ngo.page.goto(`/tilskudd/runder/${roundId}`);
    await expect(ngo.page.getByTestId('countdown')).toContainText('Tid igjen');
    await ngo.page.getByLabel('Prosjektets tittel').fill(title);
    await ngo.page.getByRole('button', { name: 'Start søknad' }).click();
    await expect(ngo.page).toHaveURL(/\/tilskudd\/soknader\/[0-9a-f-]{36}$/);
    applicationId = ngo.page.url().split('/').pop()!;

    await ngo.page.getByRole('button', { name: 'Send inn søknaden' }).click();
    const missing = ngo.page.getByRole('region', { name: 'Søknaden kan ikke sendes inn ennå. Dette mangler:' });
    await expect(missing.getByRole('link', { name: 'Skriv en prosjektplan' })).toBeVisible();
    await expectAxeClean(ngo.page, 'application: what is missing');

    await ngo.page.getByLabel('Sammendrag').fill('Språkpraksis i butikk og lager for nyankomne.');
    await ngo.page.getByLabel('Prosjektplan').fill('Praksisplasser hos fem butikker fra mars, med mentor og norskkurs.');
    await ngo.page.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
    await ngo.page.getByLabel('Beskrivelse, linje 1').fill('Mentorer');
    await ngo.page.getByLabel('Egenfinansiering i kroner, linje 1').fill('10000');
    await ngo.page.getByLabel('Omsøkt beløp i kroner, linje 1').fill('120000');
    await expect(ngo.page.getByTestId('save-status')).toHaveText(/^Lagret kl\./);
    await ngo.page.getByLabel('Legg ved en fil').setInputFiles({ name: 'budsjett.pdf', mimeType: 'application/pdf', buffer: pdfFile('Budsjett') });
    await ngo.page.getByRole('button', { name: 'Last opp vedlegget' }).click();
    await expect(ngo.page.getByRole('link', { name: 'budsjett.pdf' })).toBeVisible();
    await expectAxeClean(ngo.page, 'application with an attachment');
    await ngo.page.getByRole('button', { name: 'Send inn søknaden' }).click();
    await expect(ngo.page.getByText('Søknaden er sendt inn. Du får beskjed når den er behandlet.')).toBeVisible();
  });

  await test.step('after the deadline a submission is refused', async () => {
    const late = await newPerson(browser, baseURL);
    await logInApi(late.page.request, OLENA);
    const { viewer } = await gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(late.page.request, '{ viewer { memberships { organisation { id } } } }');
    const { grantApplicationCreate: draft } = await gql<{ grantApplicationCreate: { id: string; version: number } }>(
      late.page.request, 'mutation ($r: ID!, $o: ID!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: "Norsk på jobben") { id version } }',
      { r: roundId, o: viewer.memberships[0]!.organisation.id },
    );
    await gql(late.page.request, 'mutation ($id: ID!, $v: Int!, $i: GrantApplicationInput!) { grantApplicationSave(id: $id, version: $v, input: $i) { id } }', {
      id: draft.id, v: draft.version, i: { summary: 'Norskkurs på arbeidsplassen.', projectPlan: 'Kurs fra april.', budgetLines: [{ description: 'Kurs', ownFunding: 0, requested: 50_000 }] },
    });
    // The deadline passes: staff move it a minute into the past.
    await gql(page.request, 'mutation ($id: ID!, $i: GrantRoundInput!) { grantRoundUpdate(id: $id, input: $i) { id } }', { id: roundId, i: { closesAt: osloIn(-1) } });
    await late.page.goto(`/tilskudd/soknader/${draft.id}`);
    await late.page.getByRole('button', { name: 'Send inn søknaden' }).click();
    await expect(late.page.getByText('Søknadsfristen har gått ut. Søknaden kan ikke sendes inn.')).toBeVisible();
    await expectAxeClean(late.page, 'late submission refused');
    await late.context.close();
  });

  await test.step('staff close the round, declare, score and decide, then publish', async () => {
    await page.goto(`/tilskudd/behandling/runder/${roundId}`);
    await page.getByRole('button', { name: 'Steng runden' }).click();
    await page.getByRole('dialog', { name: `Stenge «${round}»?` }).getByRole('button', { name: 'Ja, steng runden' }).click();
    await expect(page.getByText(`«${round}» er stengt.`)).toBeVisible();

    await page.getByRole('link', { name: title, exact: true }).click();
    await page.getByLabel('Jeg erklærer at jeg ikke er inhabil i denne saken').check();
    await page.getByRole('button', { name: 'Bekreft og åpne søknaden' }).click();
    await expect(page.getByText('Praksisplasser hos fem butikker fra mars, med mentor og norskkurs.')).toBeVisible();
    const attachment = page.getByRole('link', { name: 'budsjett.pdf' });
    expect((await page.request.get((await attachment.getAttribute('href'))!)).headers()['content-type']).toBe('application/pdf');
    await page.getByRole('group', { name: 'Relevans (vekt 2)' }).getByLabel('4').check();
    await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect(page.getByText('Vurderingen er lagret.')).toBeVisible();

    await page.getByLabel('Delvis innvilget').check();
    await page.getByLabel('Innvilget beløp (kroner)').fill('100000');
    await page.getByLabel('Begrunnelse', { exact: true }).fill('Godt prosjekt; budsjettet er redusert for mentorene.');
    await page.getByRole('button', { name: 'Registrer vedtaket' }).click();
    await expectAxeClean(page, 'assessment with decision');

    await page.getByRole('link', { name: 'Tilbake til søknadsrunden' }).click();
    await page.getByRole('button', { name: 'Publiser vedtakene' }).click();
    await page.getByRole('dialog', { name: `Publisere vedtakene i «${round}»?` }).getByRole('button', { name: 'Ja, publiser vedtakene' }).click();
    await expect(page.getByText(`Vedtakene i «${round}» er publisert, og søkerne er varslet.`)).toBeVisible();
  });

  await test.step('the NGO reads the published decision', async () => {
    await ngo.page.goto(`/tilskudd/soknader/${applicationId}/vedtak`);
    await expect(h1(ngo.page)).toHaveText(`Vedtak om tilskudd: ${title}`);
    await expect(ngo.page.getByText('Delvis innvilget').first()).toBeVisible();
    await expect(ngo.page.getByText('Godt prosjekt; budsjettet er redusert for mentorene.')).toBeVisible();
    await expectAxeClean(ngo.page, 'decision letter');
  });
  await ngo.context.close();
});
