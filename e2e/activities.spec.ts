import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, flashMessage, h1, linkFromMail, logIn, newPerson, signUp, STAFF_EMAIL, uniqueEmail } from './helpers';

const ORG_ADMIN = 'omar.frivillig@demo.samhandling.no';

const cards = (page: Page) => page.getByRole('main').getByRole('article');
const card = (page: Page, name: string) => cards(page).filter({ has: page.getByRole('heading', { name, exact: true }) });
const facet = (page: Page, legend: string) => page.getByRole('group', { name: legend, exact: true });
const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: /Viser \d+ av \d+ aktivitet/ });

/** Chooses a facet value the keyboard way: Tab lands on the checked radio, the arrow keys move the choice. */
async function chooseByKeyboard(page: Page, group: Locator, label: RegExp): Promise<void> {
  await group.getByRole('radio', { checked: true }).focus();
  const target = group.getByRole('radio', { name: label });
  for (let i = 0; i < 40 && !(await target.isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { checked: true })).toBeFocused();
  }
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

/** YYYY-MM-DD of the Monday at least a week ahead, in Oslo. */
function mondayAhead(): { monday: string; tuesday: string } {
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Oslo' }));
  const monday = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + 7 + ((8 - today.getDay()) % 7)));
  const tuesday = new Date(monday.getTime() + 86_400_000);
  return { monday: monday.toISOString().slice(0, 10), tuesday: tuesday.toISOString().slice(0, 10) };
}

test.describe('activities', () => {
  test('the story: a language café is registered, found, and gets a volunteer', async ({ page, browser, baseURL, request, expectAxeClean }) => {
    test.setTimeout(180_000);
    const title = `Språkkafé onsdag ${Date.now().toString(36)}`;
    let activityPath = '';

    await test.step('the organisation admin registers a weekly language café with the schedule editor', async () => {
      await logIn(page, ORG_ADMIN, DEMO_PASSWORD);
      await expect(page).not.toHaveURL(/logg-inn/);
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Aktiviteter' }).click();
      await expect(h1(page)).toHaveText('Aktiviteter');
      await page.getByRole('link', { name: 'Registrer en aktivitet' }).click();
      await expect(h1(page)).toHaveText('Registrer en aktivitet');
      await expect(page).toHaveTitle('Registrer en aktivitet – Samhandling');
      await expect(page.getByLabel('Organisasjon')).toHaveValue(/.+/); // the only organisation, chosen already
      await expect(page.getByLabel('Organisasjon').locator('option:checked')).toHaveText('Skien Røde Kors');

      await page.getByLabel('Navn på aktiviteten').fill(title);
      await page.getByLabel('Beskrivelse').fill('Øv på norsk over en kopp kaffe. Frivillige snakker også arabisk.');
      await page.getByLabel('Type aktivitet').selectOption('LANGUAGE_CAFE');
      await page.getByLabel('Kommune').selectOption({ label: 'Skien' });
      await page.getByLabel('Adresse eller møtested').fill('Skien bibliotek, Henrik Ibsens gate 4');

      const preview = page.getByRole('region', { name: 'De neste datoene' });
      await expect(preview).toContainText('Velg dag, første dato og tider for å se datoene.');
      await page.getByRole('group', { name: 'Ukedager' }).getByRole('checkbox', { name: 'Onsdag' }).check();
      await page.getByLabel('Starter kl.').fill('17:00');
      await page.getByLabel('Slutter kl.').fill('19:00');
      const dates = preview.getByRole('listitem');
      await expect(dates).toHaveCount(5);
      for (const date of await dates.all()) await expect(date).toHaveText(/^onsdag \d+\. \w+ \d{4}, 17:00–19:00$/);
      await expect(preview.locator('[aria-live="polite"]')).toContainText('Første kommende dato: onsdag');

      const languages = page.getByRole('group', { name: /^Språk som snakkes/ });
      await languages.getByRole('checkbox', { name: 'Norsk', exact: true }).check();
      await languages.getByRole('checkbox', { name: 'Arabisk' }).check();
      await page.getByRole('group', { name: /^Målgruppe/ }).getByRole('checkbox', { name: 'Alle nyankomne' }).check();
      await page.getByLabel('Kontaktperson').fill('Omar Haddad');
      await expectAxeClean(page, 'create activity');
    });

    await test.step('bad input shows field errors on the schedule fields and saves nothing', async () => {
      const summary = page.getByRole('region', { name: /rette opp/ });
      const save = page.getByRole('button', { name: 'Lagre utkast' });

      await page.getByLabel('Slutter kl.').fill('16:00');
      await expect(page.getByRole('region', { name: 'De neste datoene' })).toContainText('Sluttiden må være etter starttiden.');
      await save.click();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText(['Sluttiden må være etter starttiden.']);
      await expect(page.getByLabel('Slutter kl.')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Slutter kl.')).toHaveAccessibleDescription('Sluttiden må være etter starttiden.');
      await expect(page).toHaveURL(/\/aktiviteter\/ny$/);
      await expectAxeClean(page, 'create activity (end before start)');
      await summary.getByRole('link').click();
      await expect(page.getByLabel('Slutter kl.')).toBeFocused();

      // Monday to Tuesday, on Wednesdays: the schedule never occurs.
      const { monday, tuesday } = mondayAhead();
      await page.getByLabel('Slutter kl.').fill('19:00');
      await page.getByLabel('Første dato').fill(monday);
      await page.getByLabel('Siste dato').fill(tuesday);
      // The preview says what saving would answer (the server's schedulePreview).
      const never = 'Det blir ingen datoer mellom første og siste dato. Endre datoene eller ukedagene.';
      await expect(page.getByRole('region', { name: 'De neste datoene' })).toContainText(never);
      await save.click();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([never]);
      await expect(page.getByLabel('Siste dato')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Siste dato')).toHaveAccessibleDescription(new RegExp(never.replace(/\./g, '\\.')));
      await expect(page.getByLabel('Slutter kl.')).not.toHaveAttribute('aria-invalid', 'true');
      await expectAxeClean(page, 'create activity (never occurs)');

      await page.getByLabel('Siste dato').fill('');
      await expect(page.getByRole('region', { name: 'De neste datoene' }).getByRole('listitem')).toHaveCount(5);
    });

    await test.step('saves the draft and publishes it', async () => {
      await page.getByRole('button', { name: 'Lagre utkast' }).click();
      await expect(h1(page)).toHaveText(title);
      await expect(flashMessage(page)).toContainText(`«${title}» er lagret som utkast.`);
      activityPath = new URL(page.url()).pathname;
      const panel = page.getByRole('region', { name: 'For arrangøren' });
      await expect(panel).toContainText('Status: Utkast');
      await expectAxeClean(page, 'activity (draft)');

      await panel.getByRole('button', { name: 'Publiser' }).click();
      await expect(panel.getByRole('status')).toContainText('Aktiviteten er publisert.');
      await expect(panel).toContainText('Status: Publisert');
      await expect(panel.getByRole('button', { name: 'Sett på pause' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Tilbud om hjelp' })).toContainText('Ingen har tilbudt seg å hjelpe ennå.');
      await expectAxeClean(page, 'activity (published, organisation)');

      // Saved once: the failed attempts left nothing behind.
      await page.goto('/aktiviteter/mine');
      await expect(h1(page)).toHaveText('Mine aktiviteter');
      await expect(card(page, title)).toHaveCount(1);
      await expect(card(page, title)).toContainText('Publisert');
      await expectAxeClean(page, 'my activities');
    });

    const visitor = await newPerson(browser, baseURL);
    const anon = visitor.page;

    await test.step('an anonymous visitor filters by keyboard and finds it; the URL keeps the filters', async () => {
      await anon.goto('/aktiviteter');
      await expect(h1(anon)).toHaveText('Aktiviteter');
      await expect(anon).toHaveTitle('Aktiviteter – Samhandling');
      await expect(resultCount(anon)).toBeVisible();
      await expectAxeClean(anon, 'catalogue');

      await chooseByKeyboard(anon, facet(anon, 'Kommune'), /^Skien \(\d+\)$/);
      await expect(anon).toHaveURL(/\?kommune=4003$/);
      await chooseByKeyboard(anon, facet(anon, 'Type aktivitet'), /^Språkkafé \(\d+\)$/);
      await expect(anon).toHaveURL(/\?kommune=4003&kategori=LANGUAGE_CAFE$/);
      await chooseByKeyboard(anon, facet(anon, 'Språk'), /^Arabisk \(\d+\)$/);
      await expect(anon).toHaveURL(/\?kommune=4003&kategori=LANGUAGE_CAFE&sprak=ar$/);

      const found = card(anon, title);
      await expect(found).toContainText('Skien Røde Kors');
      await expect(found).toContainText('Hver onsdag 17:00–19:00');
      await expect(found).toContainText(/Neste gang\s*ons\. \d+\. \w+\.?, 17:00/);
      await expect(found).toContainText('Norsk, Arabisk');
      await expect(found).toContainText('Bare møt opp');
      await expect(card(anon, 'Språkkafé på Skien bibliotek')).toBeVisible();
      await expect(card(anon, 'Språkkafé i Porsgrunn')).toHaveCount(0);
      await expect(resultCount(anon)).toHaveText(/Viser (\d+) av \1 aktivitet/);
      await expect(anon.getByRole('link', { name: 'Aktiviteter i Skien (JSON Feed)' })).toHaveAttribute('href', '/feeds/kommuner/4003/aktiviteter.json');
      await expect(anon.getByRole('link', { name: 'Aktiviteter i Skien (RSS)' })).toHaveAttribute('href', '/feeds/kommuner/4003/aktiviteter.rss');
      await expectAxeClean(anon, 'catalogue (filtered)');

      await anon.reload();
      await expect(facet(anon, 'Kommune').getByRole('radio', { name: /^Skien/ })).toBeChecked();
      await expect(facet(anon, 'Type aktivitet').getByRole('radio', { name: /^Språkkafé/ })).toBeChecked();
      await expect(facet(anon, 'Språk').getByRole('radio', { name: /^Arabisk/ })).toBeChecked();
      await expect(card(anon, title)).toBeVisible();

      // Back undoes one filter, Forward brings it back.
      await anon.goBack();
      await expect(anon).toHaveURL(/\?kommune=4003&kategori=LANGUAGE_CAFE$/);
      await expect(facet(anon, 'Språk').getByRole('radio', { name: 'Alle språk' })).toBeChecked();
      await anon.goForward();
      await expect(facet(anon, 'Språk').getByRole('radio', { name: /^Arabisk/ })).toBeChecked();

      const feed = await request.get('/feeds/kommuner/4003/aktiviteter.json');
      expect(feed.ok()).toBe(true);
      expect(JSON.stringify(await feed.json())).toContain(title);

      await anon.getByLabel('Søk i aktiviteter').fill('finnesikkeiheletatt');
      await anon.getByRole('button', { name: 'Søk', exact: true }).click();
      await expect(anon).toHaveURL(/sok=finnesikkeiheletatt/);
      await expect(anon.getByText('Ingen aktiviteter passer med filtrene. Prøv å fjerne noen av dem.')).toBeVisible();
      await expectAxeClean(anon, 'catalogue (empty)');
      await anon.getByRole('button', { name: 'Nullstill filtrene' }).click();
      await expect(anon).toHaveURL(/\/aktiviteter$/);
    });

    await test.step('the activity page shows the dates in Oslo time, names the languages and offers a calendar file', async () => {
      await anon.goto(activityPath);
      await expect(h1(anon)).toHaveText(title);
      await expect(anon).toHaveTitle(`${title} – Samhandling`);
      const when = anon.getByRole('region', { name: 'Når' });
      await expect(when).toContainText('Hver onsdag 17:00–19:00');
      await expect(when.getByRole('listitem')).toHaveCount(5);
      await expect(when.getByRole('listitem').first()).toHaveText(/^onsdag \d+\. \w+ \d{4}, 17:00–19:00$/);
      const facts = anon.getByRole('region', { name: 'Praktisk informasjon' });
      await expect(facts).toContainText('Skien bibliotek, Henrik Ibsens gate 4');
      await expect(facts).toContainText('Norsk, Arabisk');
      await expect(facts).toContainText('Alle nyankomne');
      await expect(facts).toContainText('Gratis');
      const ics = anon.getByRole('link', { name: 'Legg til i kalender (.ics)' });
      const icsResponse = await request.get((await ics.getAttribute('href'))!);
      expect(icsResponse.headers()['content-type']).toContain('text/calendar');
      expect(await icsResponse.text()).toContain(title);
      await expect(anon.getByRole('link', { name: 'Logg inn for å tilby hjelp' })).toBeVisible();
      await expect(anon.getByRole('region', { name: 'For arrangøren' })).toHaveCount(0);
      await expectAxeClean(anon, 'activity (anonymous)');
    });

    await test.step('a signed-in user with a confirmed address offers to help', async () => {
      const email = uniqueEmail('frivillig');
      await signUp(anon, { name: 'Frida Frivillig', email });
      await expect(anon).toHaveURL(/\/konto$/);
      await anon.goto(await linkFromMail(request, email, '/konto/bekreft'));
      await expect(anon.getByText('E-postadressen er bekreftet.')).toBeVisible();

      await anon.goto(activityPath);
      await anon.getByRole('button', { name: 'Jeg vil bidra' }).click();
      const dialog = anon.getByRole('dialog', { name: `Bidra til «${title}»` });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByLabel('Melding til arrangøren')).toBeFocused();
      await expectAxeClean(anon, 'activity (volunteer dialog)');
      await dialog.getByLabel('Melding til arrangøren').fill('Jeg snakker arabisk og kan komme annenhver onsdag.');
      await dialog.getByRole('button', { name: 'Send tilbudet' }).click();
      await expect(dialog).toBeHidden();
      await expect(anon.getByRole('status').filter({ hasText: 'Takk! Skien Røde Kors har fått beskjed og tar kontakt med deg.' })).toBeVisible();
      await expect(anon.getByRole('button', { name: 'Jeg vil bidra' })).toHaveCount(0);
      await expectAxeClean(anon, 'activity (offer sent)');

      await anon.reload();
      await expect(anon.getByText('Du har allerede tilbudt å hjelpe. Arrangøren svarer deg.')).toBeVisible();
      await visitor.context.close();
    });

    await test.step('the organisation sees the offer and accepts it', async () => {
      await page.goto(activityPath);
      const offers = page.getByRole('region', { name: 'Tilbud om hjelp' });
      const offer = offers.getByRole('listitem').filter({ hasText: 'Frida Frivillig' });
      await expect(offer).toContainText('Jeg snakker arabisk og kan komme annenhver onsdag.');
      await expect(offer).toContainText('Venter på svar');
      await expectAxeClean(page, 'activity (offer to answer)');
      await offer.getByRole('button', { name: 'Takk ja til Frida Frivillig' }).click();
      await expect(offers.getByRole('status')).toContainText('Du har takket ja til Frida Frivillig.');
      await expect(offer).toContainText('Takket ja');
      await expect(offer.getByRole('button')).toHaveCount(0);
    });

    await test.step('the organisation edits it; the form comes back filled in', async () => {
      await page.getByRole('region', { name: 'For arrangøren' }).getByRole('link', { name: 'Rediger' }).click();
      await expect(h1(page)).toHaveText(`Rediger «${title}»`);
      await expect(page.getByLabel('Navn på aktiviteten')).toHaveValue(title);
      await expect(page.getByRole('group', { name: 'Ukedager' }).getByRole('checkbox', { name: 'Onsdag' })).toBeChecked();
      await expect(page.getByLabel('Starter kl.')).toHaveValue('17:00');
      await expect(page.getByRole('group', { name: /^Språk som snakkes/ }).getByRole('checkbox', { name: 'Arabisk' })).toBeChecked();
      await expect(page.getByRole('region', { name: 'De neste datoene' }).getByRole('listitem')).toHaveCount(5);
      await expectAxeClean(page, 'edit activity');
      await page.getByLabel('Adresse eller møtested').fill('Skien bibliotek, 2. etasje');
      await page.getByRole('button', { name: 'Lagre endringene' }).click();
      await expect(h1(page)).toHaveText(title);
      await expect(flashMessage(page)).toContainText(`Endringene i «${title}» er lagret.`);
      await expect(page.getByRole('region', { name: 'Praktisk informasjon' })).toContainText('Skien bibliotek, 2. etasje');
    });
  });

  test('catalogue: stale listings are marked and come last, after "show more"', async ({ page, expectAxeClean }) => {
    test.slow(); // many axe runs over a long catalogue
    await page.goto('/aktiviteter');
    await expect(resultCount(page)).toHaveText(/Viser 20 av \d+ aktiviteter/);
    await expect(card(page, 'Mentor for unge voksne')).toHaveCount(0);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    const stale = card(page, 'Mentor for unge voksne');
    await expect(stale).toContainText('Kan være utdatert');
    await expect(cards(page).last()).toContainText('Kan være utdatert');
    await expect(cards(page).nth(20).getByRole('link')).toBeFocused(); // continue at the first new card
    await expect(resultCount(page)).toHaveText(/Viser (\d+) av \1 aktiviteter/);
    await expectAxeClean(page, 'catalogue (all pages)');

    await stale.getByRole('link').click();
    await expect(h1(page)).toHaveText('Mentor for unge voksne');
    await expect(page.getByRole('heading', { name: 'Kan være utdatert' })).toBeVisible();
    await expectAxeClean(page, 'activity (stale)');

    await page.goto('/aktiviteter/00000000-0000-4000-8000-000000000000');
    await expect(h1(page)).toHaveText('Fant ikke aktiviteten');
    await expectAxeClean(page, 'activity (not found)');

    // County staff (who manage every activity) confirm it still runs: the warning goes.
    const stalePath = new URL(page.url()).pathname;
    await page.goBack();
    await expect(h1(page)).toHaveText('Mentor for unge voksne');
    const activityPath = new URL(page.url()).pathname;
    expect(activityPath).not.toBe(stalePath);
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto(activityPath);
    const panel = page.getByRole('region', { name: 'For arrangøren' });
    await expect(panel.getByRole('heading', { name: 'Går aktiviteten fortsatt?' })).toBeVisible();
    await expectAxeClean(page, 'activity (stale, organisation)');
    await panel.getByRole('button', { name: 'Bekreft at aktiviteten fortsatt går' }).click();
    await expect(panel.getByRole('status')).toContainText('Takk! Aktiviteten er bekreftet for et halvt år til.');
    await expect(panel.getByRole('heading', { name: 'Går aktiviteten fortsatt?' })).toHaveCount(0);
    await expect(panel).toContainText(/Sist bekreftet \d+\. \w+ \d{4}\./);
  });

  test('catalogue: loading and error states', async ({ page, expectAxeClean }) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let fail = true;
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'Activities') return route.continue();
      await gate;
      if (!fail) return route.continue();
      fail = false;
      return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    });
    await page.goto('/aktiviteter');
    await expect(page.getByRole('status').getByRole('img', { name: 'Laster aktivitetene …' })).toBeVisible();
    await expectAxeClean(page, 'catalogue (loading)');
    release();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Vi kunne ikke hente aktivitetene');
    await expect(alert).toContainText('Noe gikk galt hos oss. Prøv igjen senere.');
    await expectAxeClean(page, 'catalogue (error)');
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect(resultCount(page)).toBeVisible();
  });
});
