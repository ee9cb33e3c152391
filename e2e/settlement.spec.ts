import { type Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { ADMIN_EMAIL, DEMO_PASSWORD, STAFF_EMAIL, apiLogin, gql, h1, logIn, newPerson, osloLocal, pdfFile } from './helpers';

// The county's settlement cycle (issue 23), as one story: county staff open the 2027 cycle, two municipalities
// answer (one late and reminded), two staff members and an IMDi member edit the allocation board at once and see
// each other live, the board is locked into the recommendation, the letter is printed, and a municipality records
// its decision.

// A long story on a busy machine: each step gets more time than the default.
const expect = baseExpect.configure({ timeout: 20_000 });

const SIRI = 'siri.skien@demo.samhandling.no'; // Skien kommune, flyktningtjenesten
const PER = 'per.porsgrunn@demo.samhandling.no'; // Porsgrunn kommune, flyktningtjenesten
const IDA = 'ida.imdi@demo.samhandling.no'; // IMDi
const YEAR = new Date().getFullYear() + 1;
const TITLE = `Bosetting ${YEAR}`;

async function person(browser: Parameters<typeof newPerson>[0], baseURL: string | undefined, email: string): Promise<Page> {
  const { page } = await newPerson(browser, baseURL);
  await logIn(page, email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/logg-inn/);
  return page;
}

const row = (page: Page, municipality: string) => page.locator(`tr[data-municipality="${municipality}"]`);

test.describe('the settlement cycle', () => {
  test('staff open the cycle, municipalities answer, the board is shared live, locked, sent, and a decision recorded', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(900_000);
    const staffApi = await apiLogin(baseURL, STAFF_EMAIL);
    const { settlementYears } = await gql<{ settlementYears: { id: string; year: number }[] }>(staffApi, '{ settlementYears { id year } }');
    const yearId = settlementYears.find((y) => y.year === YEAR)!.id;

    // ── County staff open the 2027 cycle: the annual wheel, by keyboard, with its table ────────────────
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Bosetting' }).click();
    await expect(h1(page)).toHaveText('Bosetting av flyktninger');
    await expect(page.getByText('Eksempeltall').first()).toBeVisible();
    await expectAxeClean(page, 'settlement years');
    await page.getByRole('link', { name: TITLE }).click();
    await expect(h1(page)).toHaveText(TITLE);
    await expect(page.getByText('Tallene her er laget for å vise hvordan løsningen virker.')).toBeVisible();
    const wheel = page.getByRole('group', { name: /Årshjul \d{4} med 9 milepæler/ });
    await wheel.getByRole('button').first().focus();
    await expect(page.getByRole('heading', { name: 'Forslag til bosettingskriterier', level: 3 })).toBeVisible();
    await page.keyboard.press('End');
    await expect(wheel.getByRole('button', { name: /^Svarfrist for kommunene/ })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Svarfrist for kommunene', level: 3 })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(wheel.getByRole('button', { name: /^Forslag til bosettingskriterier/ })).toBeFocused();
    await page.getByText('Vis årshjulet som tabell').click();
    await expect(page.getByRole('table', { name: /Milepælene i årshjulet/ }).getByRole('row')).toHaveCount(10);
    await expectAxeClean(page, 'settlement year');

    // The tracker, live: five answered, two drafts, ten not opened (example figures).
    await page.getByRole('link', { name: 'Kartlegging av kapasitet' }).click();
    await expect(h1(page)).toHaveText('Kartlegging av kapasitet');
    await expect(row(page, '4003')).toContainText('Ikke åpnet');
    await expect(row(page, '4005')).toContainText('Svart');
    await expectAxeClean(page, 'survey tracker');

    // ── Skien answers in time, with autosave; the tracker follows live ──────────────────────────────────
    const siri = await person(browser, baseURL, SIRI);
    await siri.goto(`/bosetting/${yearId}/kartlegging/4003`);
    await expect(h1(siri)).toHaveText(`Skien: kartlegging for ${TITLE}`);
    await expect(row(page, '4003')).toContainText('Utkast'); // opened, seen live by staff
    await siri.getByLabel('Hvor mange flyktninger kan kommunen bosette neste år?').fill('55');
    await siri.getByLabel('Herav enslige mindreårige').fill('6');
    await siri.getByLabel('Boliger').fill('Kommunale boliger og avtale med private utleiere.');
    await expect(siri.getByText(/^Lagret /)).toBeVisible();
    await expectAxeClean(siri, 'survey form');
    await siri.getByRole('button', { name: 'Send inn svaret' }).click();
    await expect(siri.getByText('Svaret er sendt inn. Takk!')).toBeVisible();
    await expect(row(page, '4003')).toContainText('Svart');
    await expect(row(page, '4003')).toContainText('55');

    // ── The deadline passes; Porsgrunn is late, reminded, given more time, and answers ──────────────────
    await gql(staffApi, 'mutation ($id: ID!, $i: SettlementYearInput!) { settlementYearUpdate(id: $id, input: $i) { id } }', { id: yearId, i: { surveyDeadline: osloLocal(new Date(Date.now() - 60_000)) } });
    await page.reload();
    await expect(row(page, '4001')).toContainText('For sent');
    await row(page, '4001').getByRole('button', { name: /Send påminnelse\s*: Porsgrunn/ }).click();
    await expect(page.getByText('Porsgrunn har fått en påminnelse.').first()).toBeVisible();
    await expect(row(page, '4001').getByRole('button', { name: /Send påminnelse\s*: Porsgrunn/ })).toHaveCount(0);
    await expect.poll(async () => (await (await page.request.get(`/dev/mail.json?to=${encodeURIComponent(PER)}`)).json()).map((m: { subject: string }) => m.subject)).toContainEqual(expect.stringContaining('Påminnelse: kartlegging'));
    await row(page, '4001').getByRole('button', { name: /Utsett fristen\s*: Porsgrunn/ }).click();
    const extend = page.getByRole('dialog', { name: 'Utsett fristen for Porsgrunn' });
    await extend.getByLabel('Ny frist (norsk tid)').fill(osloLocal(new Date(Date.now() + 86_400_000)));
    await extend.getByRole('button', { name: 'Lagre ny frist' }).click();
    await expect(row(page, '4001')).toContainText('Utsatt frist');

    const per = await person(browser, baseURL, PER);
    await per.goto('/varsler');
    await per.getByRole('link', { name: /Påminnelse: kartleggingen for/ }).first().click();
    await expect(h1(per)).toHaveText(`Porsgrunn: kartlegging for ${TITLE}`);
    await per.getByLabel('Hvor mange flyktninger kan kommunen bosette neste år?').fill('40');
    await per.getByLabel('Herav enslige mindreårige').fill('0');
    await per.getByRole('button', { name: 'Send inn svaret' }).click();
    await expect(per.getByText('Svaret er sendt inn. Takk!')).toBeVisible();
    await expect(row(page, '4001')).toContainText('Svart');

    // ── The allocation board: Kari, Ada and Ida at once ──────────────────────────────────────────────────
    const ada = await person(browser, baseURL, ADMIN_EMAIL);
    const ida = await person(browser, baseURL, IDA);
    for (const p of [page, ada, ida]) {
      await p.goto(`/bosetting/${yearId}/tavle`);
      await expect(h1(p)).toHaveText('Fordelingstavle');
    }
    // Everyone sees who else is here, and at which row.
    await expect(page.getByRole('region', { name: 'Her nå' })).toContainText('Ida Haugen');
    await ida.getByRole('textbox', { name: 'IMDis forslag, Porsgrunn' }).focus();
    await expect(page.getByRole('region', { name: 'Her nå' })).toContainText('Ida Haugen (ser på Porsgrunn)');

    const kariSkien = page.getByRole('textbox', { name: 'Anbefaling, Skien' });
    await kariSkien.fill('50');
    await kariSkien.press('Enter');
    await expect(ida.getByRole('textbox', { name: 'Anbefaling, Skien' })).toHaveValue('50');
    await expect(ada.getByRole('textbox', { name: 'Anbefaling, Skien' })).toHaveValue('50');
    await ida.getByRole('textbox', { name: 'IMDis forslag, Porsgrunn' }).fill('38');
    await ida.getByRole('textbox', { name: 'IMDis forslag, Porsgrunn' }).press('Enter');
    await expect(page.getByRole('textbox', { name: 'IMDis forslag, Porsgrunn' })).toHaveValue('38');
    await expect(page.getByText('Ida Haugen endret IMDis forslag for Porsgrunn.')).toBeVisible();

    // Ada and Kari type in the same cell: Ada's edit is not lost, she chooses.
    const adaCell = ada.getByRole('textbox', { name: 'Anbefaling, Porsgrunn' });
    await adaCell.focus();
    await adaCell.fill('42');
    const kariCell = page.getByRole('textbox', { name: 'Anbefaling, Porsgrunn' });
    await kariCell.fill('40');
    await kariCell.press('Enter');
    await expect(page.getByText('Anbefaling for Porsgrunn er lagret.')).toBeAttached();
    await adaCell.press('Enter');
    const conflict = ada.getByRole('alert').filter({ hasText: 'Kari Nordby endret dette til «40» mens du skrev.' });
    await expect(conflict).toBeVisible();
    await expectAxeClean(ada, 'board with a conflict');
    await conflict.getByRole('button', { name: 'Bruk min verdi' }).click();
    await expect(page.getByRole('textbox', { name: 'Anbefaling, Porsgrunn' })).toHaveValue('42');
    await page.getByText('Vis alle endringer').click();
    await expect(page.getByText(/Ada Administrator endret Anbefaling for Porsgrunn fra 40 til 42/)).toBeVisible();
    await expectAxeClean(page, 'allocation board');

    // The rest of the rows through the API (the meeting's numbers), then Kari locks the board.
    const { settlementYear } = await gql<{ settlementYear: { municipalities: { municipality: { number: string }; cells: { column: string; version: number }[] }[] } }>(staffApi, 'query ($id: ID!) { settlementYear(id: $id) { municipalities { municipality { number } cells { column version } } } }', { id: yearId });
    for (const m of settlementYear.municipalities) {
      for (const [column, value] of [['RECOMMENDATION', 10], ['MINORS', 0]] as const) {
        const cell = m.cells.find((c) => c.column === column);
        if (cell && column === 'RECOMMENDATION') continue;
        await gql(staffApi, 'mutation ($i: BoardCellInput!) { settlementBoardCellSet(input: $i) { version } }', { i: { yearId, municipalityNumber: m.municipality.number, column, number: value, version: cell?.version ?? 0 } });
      }
    }
    await expect(ida.getByRole('textbox', { name: 'Herav EM, Vinje' })).toHaveValue('0');
    await page.getByRole('button', { name: 'Lås tavlen og lag anbefaling' }).click();
    const lockDialog = page.getByRole('dialog', { name: 'Låse tavlen?' });
    await lockDialog.getByRole('button', { name: 'Ja, lås tavlen' }).click();
    await expect(h1(page)).toHaveText('Anbefaling til IMDi');
    await expect(page.locator('[data-municipality="4001"]').getByLabel('Anbefalt antall')).toHaveValue('42');
    await expect(ida.getByText(/Tavlen ble låst/)).toBeVisible();
    await expectAxeClean(page, 'recommendations');

    // ── Sent to IMDi, and the letter in bokmål and nynorsk ───────────────────────────────────────────────
    await page.getByRole('button', { name: 'Send anbefalingene til IMDi' }).click();
    await page.getByRole('dialog', { name: 'Sende anbefalingene?' }).getByRole('button', { name: 'Ja, send' }).click();
    await expect(page.getByText('17 anbefalinger er sendt til IMDi.')).toBeVisible();
    await page.getByRole('link', { name: 'Anbefalingsbrev' }).click();
    await expect(h1(page)).toHaveText(`Fylkeskommunens anbefaling om bosetting av flyktninger – ${YEAR}`);
    await expect(page.getByRole('row', { name: /Porsgrunn \(4001\)/ })).toContainText('42');
    await expect(page.getByText('Tallene i dette brevet er eksempeltall.')).toBeVisible();
    await expectAxeClean(page, 'letter (nb)');
    await page.getByLabel('Nynorsk').check();
    await expect(h1(page)).toHaveText(`Fylkeskommunen si tilråding om busetjing av flyktningar – ${YEAR}`);
    await expectAxeClean(page, 'letter (nn)');

    // ── Skien records its decision, with the document; the numbers follow live ───────────────────────────
    await page.goto(`/bosetting/${yearId}/tall`);
    await expect(h1(page)).toHaveText(`Tall for ${TITLE}`);
    await siri.goto(`/bosetting/${yearId}/tall`);
    await row(siri, '4003').getByRole('button', { name: /Registrer\s*: Skien/ }).click();
    const record = siri.getByRole('dialog', { name: 'Registrer tall for Skien' });
    await expect(record.getByRole('heading', { name: 'IMDis anmodning' })).toHaveCount(0); // IMDi's request is not the municipality's to record
    await record.getByLabel('Vedtatt', { exact: true }).check();
    await record.getByLabel('Vedtatt antall').fill('45');
    await record.getByLabel('Ja').check();
    await record.getByLabel('Dato for vedtaket').fill(`${YEAR - 1}-12-10`);
    await record.getByLabel('Vedtaksdokument (valgfritt)').setInputFiles({ name: 'Vedtak bystyret.pdf', mimeType: 'application/pdf', buffer: pdfFile('Vedtak') });
    await expectAxeClean(siri, 'record decision');
    await record.getByRole('button', { name: 'Lagre vedtaket' }).click();
    await expect(siri.getByText('Vedtaket for Skien er lagret.')).toBeVisible();
    await expect(row(siri, '4003')).toContainText('45 (enslige mindreårige: Ja)');
    await expect(row(page, '4003')).toContainText('45 (enslige mindreårige: Ja)');
    await expect(row(page, '4003').getByRole('link', { name: /Vedtaksdokument/ })).toBeVisible();
    await expectAxeClean(page, 'numbers');

    // The municipality page: numbers over the years, who does what.
    await siri.goto('/kommuner/4003');
    await expect(h1(siri)).toHaveText('Skien');
    await expect(siri.getByRole('heading', { name: 'Flyktningtjenesten' })).toBeVisible();
    await expect(siri.getByText('Siri Berg, Leder, flyktningtjenesten i Skien')).toBeVisible();
    await expectAxeClean(siri, 'municipality page');
    await staffApi.dispose();
  });

  test('the pages are axe-clean in nynorsk and English, and the public sees only published numbers', async ({ page, expectAxeClean }) => {
    test.setTimeout(300_000);
    await page.goto('/bosetting');
    // The public: last year's published numbers only.
    await expect(page.getByRole('link', { name: `Bosetting ${YEAR - 1}` })).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
    await page.getByLabel('Språk').selectOption('nn');
    await expect(h1(page)).toHaveText('Busetjing av flyktningar');
    await expectAxeClean(page, 'years (nn)');
    await page.getByRole('link', { name: `Bosetting ${YEAR - 1}` }).click();
    await expect(page.getByRole('button', { name: /Forslag til bosettingskriterier/ })).toBeVisible();
    await expectAxeClean(page, 'year (nn)');
    await page.getByRole('link', { name: 'Oppmoding, vedtak og busetjing' }).click();
    await expect(page.getByRole('heading', { name: 'Heile fylket' })).toBeVisible();
    await expectAxeClean(page, 'numbers (nn)');
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('heading', { name: 'The whole county' })).toBeVisible();
    await expectAxeClean(page, 'numbers (en)');
    await page.goto('/kommuner/4001');
    await expect(page.getByRole('heading', { name: 'Settlement over the years' })).toBeVisible();
    await expect(page.getByText('Log in to see the contact people.')).toBeVisible();
    await expectAxeClean(page, 'municipality (en)');
  });

  test('county staff’s working pages are axe-clean in nynorsk and English too', async ({ page, baseURL, expectAxeClean }) => {
    // Nine pages in two languages, each with an axe check (about 20 s each on a busy machine).
    test.setTimeout(540_000);
    const staffApi = await apiLogin(baseURL, STAFF_EMAIL);
    const { settlementYears } = await gql<{ settlementYears: { id: string; year: number }[] }>(staffApi, '{ settlementYears { id year } }');
    const yearId = settlementYears.find((y) => y.year === YEAR)!.id;
    await staffApi.dispose();
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    // After the story above: the survey answered, the board locked, the recommendations sent, a decision recorded.
    const pages: [string, string, (p: Page) => ReturnType<Page['locator']>][] = [
      ['years', '/bosetting', (p) => p.getByRole('link', { name: TITLE })],
      ['year', `/bosetting/${yearId}`, (p) => h1(p).filter({ hasText: TITLE })],
      ['survey tracker', `/bosetting/${yearId}/kartlegging`, (p) => row(p, '4003')],
      ['survey answer', `/bosetting/${yearId}/kartlegging/4003`, (p) => h1(p).filter({ hasText: 'Skien' })],
      ['allocation board', `/bosetting/${yearId}/tavle`, (p) => row(p, '4001')],
      ['recommendations', `/bosetting/${yearId}/anbefaling`, (p) => p.locator('[data-municipality="4001"]')],
      ['letter', `/bosetting/${yearId}/brev`, (p) => p.getByRole('row', { name: /Porsgrunn \(4001\)/ })],
      ['numbers', `/bosetting/${yearId}/tall`, (p) => row(p, '4003')],
      // Signed in as staff: with the contact people the public does not see.
      ['municipality', '/kommuner/4003', (p) => p.getByText('Siri Berg', { exact: false })],
    ];
    for (const [language, label] of [['nn', 'Språk'], ['en', 'Språk']] as const) {
      await page.getByLabel(label).selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      for (const [name, path, ready] of pages) {
        await page.goto(path);
        await expect(ready(page).first()).toBeVisible();
        await expectAxeClean(page, `${name} (${language})`);
      }
    }
  });

  test('county staff choose the organisations a milestone reminds, and link an event and a resource to it', async ({ page, expectAxeClean }) => {
    test.setTimeout(180_000);
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto('/bosetting');
    await page.getByRole('link', { name: TITLE }).click();
    await expect(h1(page)).toHaveText(TITLE);
    await page.getByRole('button', { name: /Endre\s*: Samarbeidsmøter om fordeling/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Endre «Samarbeidsmøter om fordeling»' });

    // The demo wheel names IMDi, KS and the county; Skien joins, KS leaves.
    const organisations = dialog.getByRole('group', { name: 'Organisasjoner som påminnes' });
    const chosen = organisations.getByRole('list', { name: 'Valgte organisasjoner' });
    await expect(chosen).toContainText('KS Agenda Vestfold og Telemark');
    await organisations.getByLabel('Søk etter organisasjon').fill('Skien kommune');
    await organisations.getByRole('button', { name: 'Legg til Skien kommune, flyktningtjenesten' }).click();
    await expect(chosen).toContainText('Skien kommune, flyktningtjenesten');
    await expect(organisations.getByLabel('Søk etter organisasjon')).toBeFocused();
    await organisations.getByRole('button', { name: 'Fjern KS Agenda Vestfold og Telemark' }).click();
    await expect(chosen).not.toContainText('KS Agenda');

    const events = dialog.getByRole('group', { name: 'Arrangementer' });
    await events.getByLabel('Søk etter arrangement').fill('tolk');
    await events.getByRole('button', { name: 'Legg til Webinar: Bruk av tolk i offentlig sektor' }).click();
    const resources = dialog.getByRole('group', { name: 'Ressurser og dokumenter' });
    await resources.getByLabel('Søk i ressursbiblioteket').fill('Ukraina');
    await resources.getByRole('button', { name: 'Legg til Om flyktninger fra Ukraina' }).click();
    await expect(resources.getByRole('list', { name: 'Koblede ressurser' })).toContainText('Om flyktninger fra Ukraina');
    await expectAxeClean(page, 'milestone form with its pickers');

    await dialog.getByRole('button', { name: 'Lagre milepælen' }).click();
    await expect(page.getByText('«Samarbeidsmøter om fordeling» er lagret.')).toBeVisible();
    const milestone = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /Endre\s*: Samarbeidsmøter om fordeling/ }) });
    await expect(milestone).toContainText('Påminnes: Integrerings- og mangfoldsdirektoratet (IMDi), Skien kommune, flyktningtjenesten, Telemark fylkeskommune');
    await expect(milestone.getByRole('link', { name: 'Webinar: Bruk av tolk i offentlig sektor' })).toBeVisible();
    await expect(milestone.getByRole('link', { name: 'Om flyktninger fra Ukraina' })).toBeVisible();
  });
});
