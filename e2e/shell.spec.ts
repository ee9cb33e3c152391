import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const nav = (page: Page, name: string) => page.getByRole('navigation', { name }).getByRole('link');

test.describe('app shell', () => {
  test('home page in bokmål', async ({ page, expectAxeClean }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(h1(page)).toHaveText('Sammen for inkludering og integrering');
    await expect(page).toHaveTitle('Samhandling – Regionalt nettverk for inkludering og integrering');
    await expect(page.getByRole('link', { name: /Samhandling/ }).first()).toHaveAttribute('href', '/');
    await expect(nav(page, 'Hovedmeny')).toHaveText(['Forside', 'Organisasjoner', 'Arrangementer', 'Aktiviteter', 'Ressurser', 'Tilskudd', 'Bosetting', 'Kommuner']);
    await expect(nav(page, 'Hovedmeny').first()).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('contentinfo')).toContainText('fylkeskommunen');
    await expectAxeClean(page, 'home (nb)');
  });

  test('keyboard: Tab reaches the skip link first, Enter moves focus to main', async ({ page, expectAxeClean }) => {
    await page.goto('/');
    await expect(h1(page)).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expectAxeClean(page, 'home with skip link shown');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    await expect(page).toHaveURL(/\/$/);
    // The next Tab continues inside main, not back at the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByRole('link', { name: 'Se kommunene i regionen' })).toBeFocused();
  });

  test('municipalities grouped by county from the server', async ({ page, expectAxeClean }) => {
    await page.goto('/');
    await nav(page, 'Hovedmeny').filter({ hasText: 'Kommuner' }).click();
    await expect(page).toHaveURL(/\/kommuner$/);
    await expect(h1(page)).toHaveText('Kommuner');
    await expect(h1(page)).toBeFocused(); // focus follows the navigation
    await expect(page).toHaveTitle('Kommuner – Samhandling');

    const vestfold = page.getByRole('region', { name: 'Vestfold' });
    const telemark = page.getByRole('region', { name: 'Telemark' });
    await expect(telemark.getByRole('cell', { name: 'Skien', exact: true })).toBeVisible();
    await expect(vestfold.getByRole('cell', { name: 'Tønsberg', exact: true })).toBeVisible();
    await expect(telemark.getByRole('row', { name: /Skien/ })).toContainText('4003');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Vestfold', 'Telemark']);
    await expect(nav(page, 'Hovedmeny').filter({ hasText: 'Kommuner' })).toHaveAttribute('aria-current', 'page');
    await expectAxeClean(page, 'municipalities (nb)');
  });

  test('language switch: nynorsk and English, remembered across reloads', async ({ page, expectAxeClean }) => {
    await page.goto('/kommuner');
    await expect(page.getByRole('cell', { name: 'Skien', exact: true })).toBeVisible();

    await page.getByLabel('Språk').selectOption('nn');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(h1(page)).toHaveText('Kommunar');
    await expect(nav(page, 'Hovudmeny')).toHaveText(['Framside', 'Organisasjonar', 'Arrangement', 'Aktivitetar', 'Ressursar', 'Tilskot', 'Busetjing', 'Kommunar']);
    await expect(page.getByRole('link', { name: 'Hopp til hovudinnhaldet' })).toBeAttached();
    await expect(page).toHaveTitle('Kommunar – Samhandling');
    await expectAxeClean(page, 'municipalities (nn)');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(h1(page)).toHaveText('Kommunar');
    await expect(page.getByLabel('Språk')).toHaveValue('nn');

    await nav(page, 'Hovudmeny').filter({ hasText: 'Framside' }).click();
    await expect(h1(page)).toHaveText('Saman for inkludering og integrering');
    await expectAxeClean(page, 'home (nn)');

    await page.getByLabel('Språk').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1(page)).toHaveText('Working together for inclusion and integration');
    await expect(page.getByLabel('Language')).toHaveValue('en');
    await expectAxeClean(page, 'home (en)');

    await nav(page, 'Main menu').filter({ hasText: 'Municipalities' }).click();
    await expect(h1(page)).toHaveText('Municipalities');
    await expect(page.getByRole('columnheader', { name: 'Municipality number' }).first()).toBeVisible();
    await expect(page).toHaveTitle('Municipalities – Samhandling');
    await expectAxeClean(page, 'municipalities (en)');
  });

  test('language switch works from the keyboard', async ({ page }) => {
    await page.goto('/');
    const select = page.getByLabel('Språk');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.getByLabel('Språk')).toBeFocused();
  });

  test('municipalities: loading, error and empty states', async ({ page, expectAxeClean }) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/kommuner');
    const status = page.getByRole('status');
    await expect(status.getByRole('img', { name: 'Laster kommunene …' })).toBeVisible();
    await expectAxeClean(page, 'municipalities loading');
    release();
    await expect(page.getByRole('cell', { name: 'Skien', exact: true })).toBeVisible();
    await page.unroute('**/graphql');

    // Only the page's own query fails; the header's viewer query still reaches the server.
    const onlyMunicipalities = (handler: (route: Route) => Promise<void>) => (route: Route) =>
      route.request().postDataJSON()?.operationName === 'Municipalities' ? handler(route) : route.continue();
    await page.route(
      '**/graphql',
      onlyMunicipalities((route) =>
        route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) }),
      ),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Vi kunne ikke hente kommunene');
    await expect(alert).toContainText('Noe gikk galt hos oss. Prøv igjen senere.');
    await expectAxeClean(page, 'municipalities error');
    await page.unroute('**/graphql');

    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect(page.getByRole('cell', { name: 'Tønsberg', exact: true })).toBeVisible();

    await page.route(
      '**/graphql',
      onlyMunicipalities((route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { municipalities: [] } }) })),
    );
    await page.reload();
    await expect(page.getByText('Det finnes ingen kommuner å vise.')).toBeVisible();
    await expectAxeClean(page, 'municipalities empty');
  });

  test('unknown path shows the not-found page', async ({ page, expectAxeClean }) => {
    await page.goto('/finnes-ikke/her');
    await expect(h1(page)).toHaveText('Fant ikke siden');
    await expect(page).toHaveTitle('Fant ikke siden – Samhandling');
    await expectAxeClean(page, 'not found (nb)');
    await page.getByRole('main').getByRole('link', { name: 'Gå til forsiden' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(h1(page)).toBeFocused();
  });
});
