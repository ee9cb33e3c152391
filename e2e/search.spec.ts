import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, gql, h1, logIn, newPerson, pdfFile } from './helpers';

const OMAR = 'omar.frivillig@demo.samhandling.no';
const GUIDE_TITLE = 'Veileder: nå flyktning med informasjon';
const GUIDE_SUMMARY = 'Praktiske råd om hvordan du når en flyktning med informasjon om tilbud i kommunen, på et språk hen forstår.';

/** GraphQL as the signed-in browser: the request context shares the page's cookies. */
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Søk i Samhandling' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Søketreff' });
/** The header's polite live region: "N treff for «…»" once the answer is there. */
const announcement = (page: Page) => page.getByRole('banner').getByRole('status');

async function signIn(page: Page, email: string) {
  await logIn(page, email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/logg-inn/);
}

/** A members-only guide with a PDF, shared by Omar's organisation; returns its id. */
async function shareMembersOnlyGuide(page: Page): Promise<string> {
  const { viewer } = await gql<{ viewer: { memberships: { role: string; organisation: { id: string; name: string } }[] } }>(
    page.request,
    'query { viewer { memberships { role organisation { id name } } } }',
  );
  const organisation = viewer.memberships.find((m) => m.organisation.name === 'Skien Røde Kors')!.organisation;
  const { resourceCreate } = await gql<{ resourceCreate: { id: string } }>(
    page.request,
    'mutation ($input: ResourceInput!) { resourceCreate(input: $input) { id } }',
    { input: { organisationId: organisation.id, title: GUIDE_TITLE, summary: GUIDE_SUMMARY, kind: 'GUIDE', access: 'MEMBERS', languages: ['nb'] } },
  );
  const upload = await page.request.post(`/filer/ressurser/${resourceCreate.id}`, {
    headers: { 'x-samhandling-upload': '1' },
    multipart: { file: { name: 'veileder.pdf', mimeType: 'application/pdf', buffer: pdfFile('Veileder') } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  return resourceCreate.id;
}

test.describe('search', () => {
  test('a member finds a members-only guide by an inflected word; anonymous visitors do not', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(120_000); // a whole story, with four axe runs
    await signIn(page, OMAR);
    const id = await shareMembersOnlyGuide(page);
    const fileUrl = `/filer/ressurser/${id}`;
    expect((await page.request.get(fileUrl)).status()).toBe(200);

    await test.step('an anonymous visitor can neither fetch the file nor find the guide', async () => {
      const anon = await newPerson(browser, baseURL);
      expect((await anon.context.request.get(fileUrl)).status()).toBe(404);
      await anon.page.goto('/');
      await searchBox(anon.page).fill('flyktningene');
      await expect(announcement(anon.page)).toContainText('treff for «flyktningene»');
      await expect(anon.page.getByRole('option', { name: new RegExp(GUIDE_TITLE) })).toHaveCount(0);
      await anon.page.goto('/sok?q=flyktningene');
      await expect(anon.page.locator('.app-result-count')).toContainText('treff for «flyktningene»');
      await expect(anon.page.getByRole('link', { name: GUIDE_TITLE })).toHaveCount(0);
      await anon.context.close();
    });

    await test.step('the member types "flyktningene" in the header and picks the guide with the keyboard', async () => {
      await page.goto('/');
      const box = searchBox(page);
      await box.pressSequentially('flyktningene', { delay: 20 });
      await expect(listbox(page)).toBeVisible();
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      await expect(announcement(page)).toContainText('treff for «flyktningene»');
      const options = listbox(page).getByRole('option');
      await expect(options.last()).toHaveText('Vis alle treff for «flyktningene»');
      await expect(listbox(page).getByRole('option', { name: new RegExp(GUIDE_TITLE) }).first()).toContainText('Ressurs');
      await page.screenshot({ path: test.info().outputPath('search-header-open.png') });
      await expectAxeClean(page, 'header search with the list open');

      const names = await options.allTextContents();
      const index = names.findIndex((n) => n.includes(GUIDE_TITLE));
      expect(index).toBeGreaterThanOrEqual(0);
      for (let i = 0; i <= index; i++) await box.press('ArrowDown');
      await expect(box).toBeFocused();
      const activeId = await box.getAttribute('aria-activedescendant');
      await expect(page.locator(`[id="${activeId}"]`)).toContainText(GUIDE_TITLE);
      await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/ressurser/${id}$`));
      await expect(box).toHaveValue('');
      await expect(box).toHaveAttribute('aria-expanded', 'false');
    });

    await test.step('the results page highlights the word and narrows by type in the URL', async () => {
      const box = searchBox(page);
      await box.fill('flyktningene');
      await expect(listbox(page)).toBeVisible();
      await box.press('Enter'); // no active option: the full results page
      await expect(page).toHaveURL(/\/sok\?q=flyktningene$/);
      await expect(h1(page)).toHaveText('Søk');
      await expect(page).toHaveTitle('Søk: flyktningene – Samhandling');
      await expect(page.getByLabel('Søkeord')).toHaveValue('flyktningene');

      const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: GUIDE_TITLE }) });
      await expect(hit).toBeVisible();
      await expect(hit.locator('mark').first()).toHaveText(/^flyktning$/i);
      await expect(hit.getByText('Ressurs', { exact: true })).toBeVisible();
      const count = page.locator('.app-result-count');
      await expect(count).toContainText('treff for «flyktningene»');
      const totalBefore = Number((await count.textContent())!.match(/(\d+) treff/)![1]);
      await page.screenshot({ path: test.info().outputPath('search-results.png'), fullPage: true });
      await expectAxeClean(page, 'search results');

      const types = page.getByRole('group', { name: 'Type innhold' });
      await types.getByRole('checkbox', { name: /^Ressurs/ }).check();
      await expect(page).toHaveURL(/[?&]type=RESOURCE/);
      await expect(page).toHaveURL(/[?&]q=flyktningene/);
      await expect(types.getByRole('checkbox', { name: /^Ressurs/ })).toBeChecked();
      // The active filter shows as a removable chip.
      const chips = page.getByRole('list', { name: 'Aktive filtre' });
      await expect(chips.getByRole('button')).toHaveText(['Ressurs']);
      await expect(hit).toBeVisible();
      for (const tag of await page.locator('.search-hit .ds-tag').allTextContents()) expect(tag.trim()).toBe('Ressurs');
      const totalAfter = Number((await count.textContent())!.match(/(\d+) treff/)![1]);
      expect(totalAfter).toBeLessThanOrEqual(totalBefore);
      await expectAxeClean(page, 'search results filtered by type');

      // Back undoes the filter.
      await page.goBack();
      await expect(page).toHaveURL(/\/sok\?q=flyktningene$/);
      await expect(types.getByRole('checkbox', { name: /^Ressurs/ })).not.toBeChecked();
      await expect(chips).toBeHidden();
    });

    await test.step('nothing found: an empty state', async () => {
      await page.getByLabel('Søkeord').fill('zqxjvkfinnesikke');
      await page.getByRole('button', { name: 'Søk', exact: true }).click();
      await expect(page).toHaveURL(/q=zqxjvkfinnesikke/);
      await expect(page.getByText('Vi fant ingenting som passer.')).toBeVisible();
      await expect(page.locator('.app-result-count')).toHaveText('Ingen treff for «zqxjvkfinnesikke»');
      await expectAxeClean(page, 'search results, empty');
    });
  });

  test('the header box: mouse, Escape, the "show all" option, too short, and Tab order', async ({ page, expectAxeClean }) => {
    await page.goto('/');
    const box = searchBox(page);

    // Tab order: skip link, brand, then the search box and its button, then the language switch.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /Samhandling/ }).first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Vis søkeresultater' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Språk')).toBeFocused();

    // One letter asks nothing.
    await box.fill('f');
    await page.waitForTimeout(400);
    await expect(box).toHaveAttribute('aria-expanded', 'false');

    await box.fill('integrering');
    await expect(listbox(page)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('search-header-anonymous.png') });
    const options = listbox(page).getByRole('option');
    const n = await options.count();
    expect(n).toBeGreaterThan(1);
    // ArrowUp from the input goes to the last option ("show all"), and wraps.
    await box.press('ArrowUp');
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    // Home/End move the caret: the pointer goes back to the input.
    await box.press('End');
    await expect(box).not.toHaveAttribute('aria-activedescendant');
    await expect(box).toBeFocused();

    // Escape closes, then clears.
    await box.press('Escape');
    await expect(listbox(page)).toBeHidden();
    await expect(box).toHaveValue('integrering');
    await box.press('Escape');
    await expect(box).toHaveValue('');

    // The mouse: "show all" goes to the results page.
    await box.fill('integrering');
    await expect(listbox(page)).toBeVisible();
    await listbox(page).getByRole('option', { name: 'Vis alle treff for «integrering»' }).click();
    await expect(page).toHaveURL(/\/sok\?q=integrering$/);
    await expect(h1(page)).toHaveText('Søk');

    // A click on a hit opens it.
    await box.fill('integrering');
    const first = listbox(page).getByRole('option').first();
    await expect(first).toBeVisible();
    const title = (await first.locator('.search-box__title').textContent())!.trim();
    await first.click();
    await expect(page).not.toHaveURL(/\/sok/);
    await expect(box).toHaveValue('');
    expect(title.length).toBeGreaterThan(0);

    // Nothing found: a note, no empty list.
    await box.fill('zqxjvkfinnesikke');
    await expect(page.getByText('Ingen treff for «zqxjvkfinnesikke».')).toBeVisible();
    await expect(announcement(page)).toHaveText('Ingen treff for «zqxjvkfinnesikke»');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expectAxeClean(page, 'header search, nothing found');

    // The submit button alone goes to the results page.
    await box.fill('Telemark');
    await page.getByRole('button', { name: 'Vis søkeresultater' }).click();
    await expect(page).toHaveURL(/\/sok\?q=Telemark$/);
  });

  test('narrow screens: the box takes its own row and the list fits', async ({ page, expectAxeClean }, testInfo) => {
    await page.setViewportSize({ width: 375, height: 780 });
    await page.goto('/');
    const box = searchBox(page);
    await box.fill('integrering');
    await expect(listbox(page)).toBeVisible();
    const list = await listbox(page).boundingBox();
    expect(list!.x).toBeGreaterThanOrEqual(0);
    expect(list!.x + list!.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: testInfo.outputPath('search-mobile.png') });
    await expectAxeClean(page, 'header search on a narrow screen');

    await box.press('Enter');
    await expect(page).toHaveURL(/\/sok\?q=integrering$/);
    await expect(page.locator('.app-result-count')).toContainText('treff for «integrering»');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: testInfo.outputPath('search-results-mobile.png'), fullPage: true });
    await expectAxeClean(page, 'search results on a narrow screen');
    // The filters fold away on narrow screens, so the hits come soon after the form.
    const types = page.getByRole('group', { name: 'Type innhold' });
    await expect(types).toBeHidden();
    await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
    await types.getByRole('checkbox', { name: /^Organisasjon/ }).check();
    await expect(page).toHaveURL(/type=ORGANISATION/);
    // A facet takes several values: organisations or resources.
    await types.getByRole('checkbox', { name: /^Ressurs/ }).check();
    await expect(page).toHaveURL(/type=ORGANISATION&type=RESOURCE/);
    await expect(page.getByRole('button', { name: 'Filtrer (2)' })).toBeVisible();
    for (const tag of await page.locator('.search-hit .ds-tag').allTextContents()) expect(['Organisasjon', 'Ressurs']).toContain(tag.trim());
    await expect(types).toBeVisible();
    // Removing a chip removes that value only.
    await page.getByRole('list', { name: 'Aktive filtre' }).getByRole('button', { name: /Ressurs/ }).click();
    await expect(page).toHaveURL(/type=ORGANISATION$/);
    await expectAxeClean(page, 'search results on a narrow screen, filters open');
  });

  test('results page: too short, loading and error states', async ({ page, expectAxeClean }) => {
    await page.goto('/sok');
    await expect(h1(page)).toHaveText('Søk');
    await expect(page.getByText('Skriv minst to tegn for å søke.')).toBeVisible();
    await page.getByLabel('Søkeord').fill('a');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page.getByLabel('Søkeord')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Søkeord')).toHaveAccessibleDescription('Skriv minst to tegn for å søke.');
    await expect(page).toHaveURL(/\/sok$/);
    await expectAxeClean(page, 'search page, query too short');

    // Only the page's own query is held or fails; the header's queries still reach the server.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let fail = false;
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'Search') return route.continue();
      if (fail) {
        return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
      }
      await gate;
      return route.continue();
    });
    await page.getByLabel('Søkeord').fill('integrering');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page.getByRole('status').getByRole('img', { name: 'Søker …' })).toBeVisible();
    await expectAxeClean(page, 'search page loading');
    release();
    await expect(page.locator('.app-result-count')).toContainText('treff for «integrering»');

    fail = true;
    await page.getByLabel('Søkeord').fill('tilskudd');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Søket virker ikke' });
    await expect(alert).toBeVisible();
    await expectAxeClean(page, 'search page error');
    fail = false;
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect(page.locator('.app-result-count')).toContainText('treff for «tilskudd»');
  });

  test('nynorsk and English', async ({ page, expectAxeClean }) => {
    await page.goto('/sok?q=integrering');
    // Exact: the language facet's "Alle språk" also has "språk" in its name.
    await page.getByLabel('Språk', { exact: true }).selectOption('nn');
    await expect(page.getByRole('combobox', { name: 'Søk i Samhandling' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Vis søkjeresultat' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Type innhald' })).toBeVisible();
    await expect(page.getByLabel('Søkjeord')).toHaveValue('integrering');
    await expectAxeClean(page, 'search results (nn)');

    await page.getByLabel('Språk', { exact: true }).selectOption('en');
    await expect(h1(page)).toHaveText('Search');
    await expect(page).toHaveTitle('Search: integrering – Samhandling');
    await expect(page.getByRole('combobox', { name: 'Search Samhandling' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Type of content' })).toBeVisible();
    await expect(page.locator('.app-result-count')).toContainText('for “integrering”');
    const box = page.getByRole('combobox', { name: 'Search Samhandling' });
    await box.fill('integrering');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').last()).toHaveText('Show all results for “integrering”');
    await expectAxeClean(page, 'search results (en), list open');
  });
});

test.describe('search that forgives', () => {
  const count = (page: Page) => page.locator('.app-result-count');

  test('accents, words across fields, compounds, typos and "mente du …?"', async ({ page, expectAxeClean }) => {
    test.setTimeout(120_000); // a whole story, with four axe runs
    await test.step('"sprakkafe" finds the Språkkafé, "leksehjelp arabisk" homework help in Arabic, "flyktning" the Flyktningguide', async () => {
      await page.goto('/sok?q=sprakkafe');
      await expect(page.getByRole('link', { name: 'Språkkafé på Skien bibliotek' })).toBeVisible();
      await page.goto(`/sok?q=${encodeURIComponent('leksehjelp arabisk')}`);
      await expect(page.getByRole('link', { name: 'Leksehjelp i Seljord' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Mattehjelp for voksne' })).toBeVisible();
      await page.goto('/sok?q=flyktning');
      const guide = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Flyktningguide', exact: true }) });
      await expect(guide).toBeVisible();
      // The snippet is from the text, not the title again.
      await expect(guide.locator('.search-hit__snippet')).toContainText('En frivillig guide hjelper deg');
      await expect(guide.locator('.search-hit__snippet')).not.toContainText('Flyktningguide');
    });

    await test.step('a typo that finds nothing shows the corrected query\'s hits, and says so', async () => {
      await page.goto('/sok?q=spr%C3%A5kafe');
      await expect(count(page)).toContainText('Ingen treff for «språkafe». Viser treff for «språkkafé» i stedet.');
      await expect(page.getByRole('link', { name: 'Språkkafé på Skien bibliotek' })).toBeVisible();
      await expectAxeClean(page, 'search showing the corrected query');
    });

    await test.step('a typo beside a word that finds something: "Mente du …?" links to the corrected search, filters kept', async () => {
      await page.goto(`/sok?q=${encodeURIComponent('språkafe OR Seljord')}`);
      await expect(page.getByRole('link', { name: 'Leksehjelp i Seljord' })).toBeVisible();
      const suggestion = page.locator('.search-page__did-you-mean');
      await expect(suggestion).toHaveText('Mente du språkkafé OR Seljord?');
      await page.screenshot({ path: test.info().outputPath('search-did-you-mean.png'), fullPage: true });
      await expectAxeClean(page, 'search with "mente du"');
      await suggestion.getByRole('link', { name: 'språkkafé OR Seljord' }).click();
      await expect(page).toHaveURL(/\/sok\?q=spr%C3%A5kkaf%C3%A9(\+|%20)OR(\+|%20)Seljord$/);
      await expect(page.getByRole('link', { name: 'Språkkafé på Skien bibliotek' })).toBeVisible();
      await expect(page.locator('.search-page__did-you-mean')).toHaveCount(0);
    });

    await test.step('nynorsk and English', async () => {
      await page.goto(`/sok?q=${encodeURIComponent('språkafe OR Seljord')}`);
      await page.getByLabel('Språk', { exact: true }).selectOption('nn');
      await expect(page.locator('.search-page__did-you-mean')).toHaveText('Meinte du språkkafé OR Seljord?');
      await expectAxeClean(page, 'search with "mente du" (nn)');
      await page.getByLabel('Språk', { exact: true }).selectOption('en');
      await expect(page.locator('.search-page__did-you-mean')).toHaveText('Did you mean språkkafé OR Seljord?');
      await page.goto('/sok?q=spr%C3%A5kafe');
      await expect(count(page)).toContainText('No results for “språkafe”. Showing results for “språkkafé” instead.');
      await expectAxeClean(page, 'search showing the corrected query (en)');
    });
  });
});
