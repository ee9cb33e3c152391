import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, flashMessage, h1, logIn, newPerson, pdfFile } from './helpers';

const MEMBER_EMAIL = 'omar.frivillig@demo.samhandling.no';

/** A small but real PDF: the server looks at the bytes (file-type), not the name. */
const cards = (page: Page) => page.getByRole('main').getByRole('article');
const card = (page: Page, name: string) => cards(page).filter({ has: page.getByRole('heading', { name, exact: true }) });
const errorSummary = (page: Page) => page.getByRole('region', { name: 'For å gå videre må du rette opp følgende feil:' });

test.describe('resources', () => {
  test('a member shares a members-only PDF guide with versions; anonymous visitors get nothing', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(90_000);
    const title = `Veileder for språkkafeer ${Date.now().toString(36)}`;

    await logIn(page, MEMBER_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Ressurser' }).click();
    await expect(h1(page)).toHaveText('Ressurser');
    await page.getByRole('link', { name: 'Del en ressurs' }).click();
    await expect(h1(page)).toHaveText('Del en ressurs');
    await expect(page.getByLabel('Organisasjon', { exact: true })).toHaveValue(/.+/);
    await expect(page.getByLabel('Fil', { exact: true })).toHaveAttribute('accept', /application\/pdf/);
    await expectAxeClean(page, 'share form');

    // A text file dressed up as a PDF passes the name check but not the server's look at the content.
    await page.getByLabel('Type ressurs').selectOption('GUIDE');
    await page.getByLabel('Tittel').fill(title);
    await page.getByLabel('Sammendrag').fill('Slik driver dere en språkkafé for nyankomne.');
    await page.getByLabel('Bare for innloggede').check();
    await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'falsk.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Dette er bare tekst, ikke en PDF.') });
    await page.getByRole('button', { name: 'Del ressursen' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page)).toContainText('Filtypen er ikke tillatt.');
    await expect(page.getByLabel('Fil', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Ressursen er lagret, men filen ble ikke lastet opp.')).toBeVisible();
    // Nothing is lost.
    await expect(page.getByLabel('Tittel')).toHaveValue(title);
    await expect(page.getByLabel('Bare for innloggede')).toBeChecked();
    await expectAxeClean(page, 'share form (upload refused)');

    // Retry with a real PDF; the upload is held back a moment so the progress bar can be seen.
    await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'veileder.pdf', mimeType: 'application/pdf', buffer: pdfFile('Versjon 1') });
    await page.route('**/filer/ressurser/*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Del ressursen' }).click();
    await expect(page.getByRole('progressbar', { name: 'Laster opp veileder.pdf' })).toBeVisible();
    await expect(h1(page)).toHaveText(title);
    await page.unroute('**/filer/ressurser/*');
    await expect(flashMessage(page)).toContainText('Ressursen er delt.');
    await expect(page.getByText('Bare for innloggede').first()).toBeVisible();
    const download = page.getByRole('link', { name: 'Last ned veileder.pdf' });
    await expect(download).toBeVisible();
    await expect(page.getByText(/^PDF, \d+ byte, versjon 1$/)).toBeVisible();
    await expect(page.locator(`iframe[title="Forhåndsvisning av ${title}"]`)).toBeAttached();
    const fileUrl = (await download.getAttribute('href'))!;
    const resourceUrl = new URL(page.url()).pathname;
    expect(fileUrl).toMatch(/^\/filer\/ressurser\/[0-9a-f-]+\/v\/1$/);
    const signedInFile = await page.request.get(fileUrl);
    expect(signedInFile.status()).toBe(200);
    expect(signedInFile.headers()['content-type']).toBe('application/pdf');
    await expectAxeClean(page, 'resource page');

    // The retry did not share it twice.
    await page.goto(`/ressurser?type=GUIDE&tilgang=MEMBERS`);
    await expect(card(page, title)).toHaveCount(1);
    await expect(card(page, title)).toContainText('Skien Røde Kors');
    await expect(card(page, title)).toContainText('Bare for innloggede');

    // An anonymous visitor can neither fetch the file nor see the page.
    const visitor = await newPerson(browser, baseURL);
    expect((await visitor.context.request.get(fileUrl)).status()).toBe(404);
    expect((await visitor.context.request.get(resourceUrl.replace('/ressurser/', '/filer/ressurser/'))).status()).toBe(404);
    await visitor.page.goto(resourceUrl);
    await expect(h1(visitor.page)).toHaveText('Fant ikke ressursen');
    await expect(visitor.page.getByRole('link', { name: 'Logg inn for å se ressursen' })).toBeVisible();
    await expectAxeClean(visitor.page, 'resource (not found)');
    await visitor.page.goto('/ressurser');
    await expect(visitor.page.getByRole('status').filter({ hasText: /Viser \d+ av \d+ ressurs/ })).toBeVisible();
    await expect(card(visitor.page, title)).toHaveCount(0);
    await visitor.context.close();

    // A second version keeps the first one listed.
    await page.goto(resourceUrl);
    await page.getByRole('link', { name: 'Rediger' }).click();
    await expect(h1(page)).toHaveText(`Rediger «${title}»`);
    await page.getByLabel('Ny versjon av filen').setInputFiles({ name: 'veileder-v2.pdf', mimeType: 'application/pdf', buffer: pdfFile('Versjon 2 med mer') });
    await expectAxeClean(page, 'edit form');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(h1(page)).toHaveText(title);
    await expect(flashMessage(page)).toContainText('den nye versjonen er lastet opp');
    await expect(page.getByRole('link', { name: 'Last ned veileder-v2.pdf' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tidligere versjoner' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Versjon 1: veileder\.pdf$/ })).toHaveAttribute('href', fileUrl);
    expect((await page.request.get(fileUrl)).status()).toBe(200);
  });

  test('library filters live in the URL', async ({ page, expectAxeClean }) => {
    test.setTimeout(60_000);
    const title = `Mal for samtykke ${Date.now().toString(36)}`;
    await logIn(page, MEMBER_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);

    // A public link resource of our own to filter for.
    await page.goto('/ressurser/ny');
    await page.getByLabel('Type ressurs').selectOption('LINK');
    await expect(page.getByLabel('Lenke til en nettside')).toBeChecked();
    await page.getByLabel('Tittel').fill(title);
    await page.getByRole('button', { name: 'Del ressursen' }).click();
    await expect(errorSummary(page)).toContainText('Fyll ut feltet «Nettadresse».');
    await page.getByLabel('Nettadresse').fill('https://www.imdi.no/planlegging-og-bosetting/');
    await page.getByRole('group', { name: 'Språk' }).getByLabel('Ukrainsk').check();
    await page.getByRole('button', { name: 'Del ressursen' }).click();
    await expect(h1(page)).toHaveText(title);
    await expect(page.getByRole('link', { name: /^Åpne ressursen/ })).toHaveAttribute('href', 'https://www.imdi.no/planlegging-og-bosetting/');

    await page.goto('/ressurser');
    const filters = page.getByRole('search', { name: 'Filtrer ressursene' });
    await expect(card(page, title)).toBeVisible();
    await expectAxeClean(page, 'library');
    await filters.getByLabel('Type').selectOption('LINK');
    await expect(page).toHaveURL(/\/ressurser\?type=LINK$/);
    await filters.getByLabel('Språk').selectOption('uk');
    await expect(page).toHaveURL(/\?type=LINK&sprak=uk$/);
    await expect(card(page, title)).toBeVisible();
    await filters.getByLabel('Tilgang').selectOption('MEMBERS');
    await expect(page).toHaveURL(/\?type=LINK&sprak=uk&tilgang=MEMBERS$/);
    await expect(card(page, title)).toHaveCount(0);

    // Filters survive a reload.
    await page.reload();
    await expect(filters.getByLabel('Tilgang')).toHaveValue('MEMBERS');
    await expect(filters.getByLabel('Type')).toHaveValue('LINK');
    await filters.getByLabel('Tilgang').selectOption('PUBLIC');
    await expect(card(page, title)).toBeVisible();
    await filters.getByLabel('Type').selectOption('REPORT');
    await expect(card(page, title)).toHaveCount(0);
    await expectAxeClean(page, 'library (filtered)');
    await page.getByRole('button', { name: 'Nullstill filtrene' }).click();
    await expect(page).toHaveURL(/\/ressurser$/);

    // Those who manage it may delete it, after confirming.
    await card(page, title).getByRole('link').click();
    await page.getByRole('button', { name: 'Slett' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette ressursen?' });
    await expect(dialog).toBeVisible();
    await expectAxeClean(page, 'delete dialog');
    await dialog.getByRole('button', { name: 'Slett ressursen' }).click();
    await expect(h1(page)).toHaveText('Ressurser');
    await expect(flashMessage(page)).toContainText(`«${title}» er slettet.`);
    await expect(card(page, title)).toHaveCount(0);
  });
});
