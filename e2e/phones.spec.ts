import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, gql, h1, logIn, STAFF_EMAIL } from './helpers';

const PHONE = { width: 390, height: 844 };

/** Whether anything makes the page wider than the screen (a sideways scroll on a phone). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const headerHeight = (page: Page) => page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().height);

const PUBLIC_PAGES: [string, RegExp | string][] = [
  ['/', /Samhandling|Velkommen|integrering/i],
  ['/organisasjoner', 'Organisasjoner'],
  ['/arrangementer', 'Arrangementer'],
  ['/aktiviteter', 'Aktiviteter'],
  ['/ressurser', 'Ressurser'],
  ['/tilskudd', 'Tilskudd'],
  ['/kommuner', 'Kommuner'],
  ['/sok?q=integrering', /Søk/],
  ['/logg-inn', 'Logg inn'],
  ['/registrer', 'Registrer deg'],
];

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  test('no page scrolls sideways, and the header stays within 120 px', async ({ page }) => {
    for (const [path, title] of PUBLIC_PAGES) {
      await page.goto(path);
      await expect(h1(page)).toHaveText(title);
      await page.waitForLoadState('networkidle');
      expect(await overflow(page), `sideways overflow on ${path}`).toBeLessThanOrEqual(0);
      expect(await headerHeight(page), `header height on ${path}`).toBeLessThanOrEqual(120);
    }
  });

  test('signed in, the pages still fit', async ({ page }) => {
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    for (const path of ['/', '/konto', '/grupper', '/varsler', '/mine-organisasjoner', '/arrangementer', '/aktiviteter', '/admin', '/tilskudd/behandling']) {
      await page.goto(path);
      await expect(h1(page)).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await overflow(page), `sideways overflow on ${path}`).toBeLessThanOrEqual(0);
      expect(await headerHeight(page), `header height on ${path}`).toBeLessThanOrEqual(120);
    }
  });

  test('signed in as county staff, a detail page of each feature, settlement, moderation and the audit log fit', async ({ page }) => {
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    // One of each from the demo data, read with the browser's session: the longest title, the likeliest to overflow.
    type Named = { nodes: { id: string; title: string }[] };
    const d = await gql<{ events: Named; activities: Named; resources: Named; organisations: Named; grantRounds: { id: string; state: string }[]; groups: { id: string; threads: { nodes: { id: string }[] } | null }[] }>(
      page.request,
      `{ events(first: 50) { nodes { id title } } activities(first: 50) { nodes { id title } } resources(first: 50) { nodes { id title } } organisations(first: 50) { nodes { id title: name } }
         grantRounds { id state } groups { id threads(first: 1) { nodes { id } } } }`,
    );
    const longest = (c: Named) => c.nodes.reduce((a, b) => (b.title.length > a.title.length ? b : a)).id;
    const group = d.groups.find((g) => g.threads?.nodes.length);
    expect(group, 'a demo group with a thread county staff may read').toBeTruthy();
    const round = d.grantRounds.find((r) => r.state === 'OPEN') ?? d.grantRounds[0]!;
    for (const path of [
      `/arrangementer/${longest(d.events)}`,
      `/aktiviteter/${longest(d.activities)}`,
      `/ressurser/${longest(d.resources)}`,
      `/organisasjoner/${longest(d.organisations)}`,
      `/grupper/${group!.id}/traader/${group!.threads!.nodes[0]!.id}`,
      '/kommuner/4003',
      `/tilskudd/runder/${round.id}`,
      '/bosetting',
      '/moderering',
      '/admin/revisjonslogg',
    ]) {
      await page.goto(path);
      await expect(h1(page), path).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await overflow(page), `sideways overflow on ${path}`).toBeLessThanOrEqual(0);
      expect(await headerHeight(page), `header height on ${path}`).toBeLessThanOrEqual(120);
    }
  });

  test('the lists and search show their first result within the first screen', async ({ page }) => {
    for (const [path, first] of [
      ['/arrangementer', (p: Page) => p.getByRole('main').getByRole('article').first()],
      ['/ressurser', (p: Page) => p.getByRole('main').getByRole('article').first()],
      ['/organisasjoner', (p: Page) => p.getByRole('main').getByRole('article').first()],
      ['/sok?q=integrering', (p: Page) => p.locator('.search-hit').first()],
    ] as const) {
      await page.goto(path);
      const result = first(page);
      await expect(result, path).toBeVisible();
      await page.waitForLoadState('networkidle');
      const top = await result.evaluate((el) => el.getBoundingClientRect().top);
      expect(top, `the first result on ${path} starts within the first screen`).toBeLessThan(PHONE.height);
    }
  });

  test('the navigation folds into a menu button: aria-expanded, Escape closes and gives focus back', async ({ page, expectAxeClean }) => {
    await page.goto('/');
    const menu = page.getByRole('banner').getByRole('button', { name: 'Meny' });
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expectAxeClean(page, 'phone header (closed)');

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link')).toHaveText(['Forside', 'Organisasjoner', 'Arrangementer', 'Aktiviteter', 'Ressurser', 'Tilskudd', 'Bosetting', 'Kommuner']);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();
    await expect(page.getByRole('banner').getByLabel('Språk')).toBeVisible();
    await expectAxeClean(page, 'phone header (open)');

    await nav.getByRole('link', { name: 'Aktiviteter' }).focus();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // Following a link closes the menu too.
    await menu.click();
    await nav.getByRole('link', { name: 'Ressurser' }).click();
    await expect(h1(page)).toHaveText('Ressurser');
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('the activity catalogue: results in the first screen, filters behind "Filtrer" with removable chips', async ({ page, expectAxeClean }) => {
    await page.goto('/aktiviteter');
    await expect(h1(page)).toHaveText('Aktiviteter');
    const firstCard = page.getByRole('main').getByRole('article').first();
    await expect(firstCard).toBeVisible();
    const top = await firstCard.evaluate((el) => el.getBoundingClientRect().top);
    expect(top, 'the first result starts within the first screen').toBeLessThan(PHONE.height);

    const toggle = page.getByRole('button', { name: /^Filtrer/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('group', { name: 'Kommune', exact: true })).toBeHidden();
    await expectAxeClean(page, 'phone catalogue (filters closed)');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('group', { name: 'Ukedag', exact: true }).getByRole('checkbox', { name: /^Onsdag/ }).check();
    await page.getByRole('group', { name: 'Ukedag', exact: true }).getByRole('checkbox', { name: /^Tirsdag/ }).check();
    await expect(page).toHaveURL(/dag=(WE|TU)&dag=(TU|WE)/);
    await expect(toggle).toHaveText('Filtrer (2)');
    const chips = page.getByRole('list', { name: 'Aktive filtre' }).getByRole('button');
    await expect(chips).toHaveText(['Onsdag', 'Tirsdag']); // in the order chosen
    await expectAxeClean(page, 'phone catalogue (filters open, two chosen)');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Fjern filteret Tirsdag' }).click();
    await expect(chips).toHaveText(['Onsdag']);
    await expect(page.getByRole('button', { name: 'Fjern filteret Onsdag' })).toBeFocused();
    await page.getByRole('button', { name: 'Fjern alle filtre' }).click();
    await expect(page).toHaveURL(/\/aktiviteter$/);
    await expect(toggle).toBeFocused();
  });

  test('the other lists keep their filters behind "Filtrer" too', async ({ page, expectAxeClean }) => {
    for (const [path, title, select] of [
      ['/arrangementer', 'Arrangementer', 'Type'],
      ['/ressurser', 'Ressurser', 'Type'],
      ['/organisasjoner', 'Organisasjoner', 'Type'],
    ] as const) {
      await page.goto(path);
      await expect(h1(page)).toHaveText(title);
      const toggle = page.getByRole('button', { name: /^Filtrer/ });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await page.getByLabel(select, { exact: true }).selectOption({ index: 1 });
      await expect(page.getByRole('list', { name: 'Aktive filtre' }).getByRole('button')).toHaveCount(1);
      await expectAxeClean(page, `${path} on a phone, one filter chosen`);
      expect(await overflow(page), `sideways overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });

  test('the month calendar becomes a list of days', async ({ page, expectAxeClean }) => {
    await page.goto('/arrangementer?visning=kalender');
    await expect(h1(page)).toHaveText('Arrangementer');
    await expect(page.getByRole('table')).toHaveCount(0);
    const month = page.getByRole('main').getByRole('heading', { level: 3 }).first();
    await expect(month).toBeVisible();
    // The demo events fall in the coming weeks: page forward until a month with events shows its days.
    const days = page.locator('.events-calendar__agenda > li');
    for (let i = 0; i < 3 && (await days.count()) === 0; i++) {
      await page.getByRole('button', { name: 'Neste måned' }).click();
      await page.waitForLoadState('networkidle');
    }
    await expect(days.first()).toBeVisible();
    await expect(days.first().getByRole('heading', { level: 4 })).toHaveText(/^\S+ \d+\. \S+$/);
    await expect(days.first().getByRole('link').first()).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectAxeClean(page, 'phone calendar (list)');
  });

  test('signed in, the menu holds the account pages and logging out', async ({ page, expectAxeClean }) => {
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    const menu = page.getByRole('banner').getByRole('button', { name: 'Meny' });
    await menu.click();
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Mine organisasjoner' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Administrasjon' })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Logg ut' })).toBeVisible();
    await expectAxeClean(page, 'phone menu (signed in)');
    await banner.getByRole('link', { name: 'Mine organisasjoner' }).click();
    await expect(h1(page)).toHaveText('Mine organisasjoner');
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('signed in as county staff, the main navigation is one row and the account menu holds the rest', async ({ page, expectAxeClean }) => {
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    const links = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link');
    await expect(links).toHaveText(['Forside', 'Organisasjoner', 'Arrangementer', 'Aktiviteter', 'Ressurser', 'Tilskudd', 'Bosetting', 'Kommuner', 'Grupper']);
    const tops = await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size, `link tops: ${tops.join(', ')}`).toBe(1);

    const toggle = page.getByRole('banner').getByRole('button', { name: /^Brukermeny for / });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectAxeClean(page, 'account menu open');
    await expect(page.getByRole('banner').getByRole('link')).toContainText(['Min profil', 'Mine organisasjoner', 'Mine påmeldinger', 'Administrasjon']);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });
});
