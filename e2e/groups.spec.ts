import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, gql, h1, logIn, newPerson, STAFF_EMAIL } from './helpers';

const OMAR = 'omar.frivillig@demo.samhandling.no';
const OLENA = 'olena.forening@demo.samhandling.no';
const GROUP = 'Frivillighet Skien';
const THREAD = 'Språkkafé på biblioteket';

async function signIn(page: Page, email: string) {
  await logIn(page, email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/logg-inn/);
}

async function openThread(page: Page) {
  await page.goto('/grupper');
  await page.getByRole('link', { name: GROUP }).click();
  await expect(h1(page)).toHaveText(GROUP);
  await page.getByRole('link', { name: THREAD }).click();
  await expect(h1(page)).toHaveText(THREAD);
}

const messages = (page: Page) => page.getByRole('main').getByRole('article');
const inboxLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Varsler/ });

test.describe('groups', () => {
  test('two members talk live, with mentions, a dropped connection and the inbox', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(180_000); // two browsers, two mention paths and an edit box
    // Omar in this browser.
    await signIn(page, OMAR);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Grupper' }).click();
    await expect(h1(page)).toHaveText('Grupper');
    await expect(page).toHaveTitle('Grupper – Samhandling');
    await expectAxeClean(page, 'groups');
    await page.getByRole('link', { name: GROUP }).click();
    await expect(h1(page)).toHaveText(GROUP);
    await expect(page.getByRole('heading', { name: 'Medlemmer' })).toBeVisible();
    await expectAxeClean(page, 'group');
    await page.getByRole('link', { name: THREAD }).click();
    await expect(h1(page)).toHaveText(THREAD);
    await expect(page).toHaveTitle(`${THREAD} – Samhandling`);
    await expect(messages(page).filter({ hasText: 'Vi trenger flere frivillige' })).toBeVisible();
    await expectAxeClean(page, 'thread');

    // Olena in another browser.
    const olena = await newPerson(browser, baseURL);
    try {
      await signIn(olena.page, OLENA);
      // Other specs may have left her notifications (grant decisions): start from an empty inbox.
      await gql(olena.page.request, 'mutation { notificationMarkAllRead }');
      await olena.page.reload();
      await expect(inboxLink(olena.page)).toHaveAccessibleName('Varsler, ingen uleste');
      await openThread(olena.page);
      await expect(page.getByText('Til stede nå: Olena Kovalenko')).toBeVisible();

      // Olena writes; Omar sees it appear without reloading.
      const composer = olena.page.getByLabel('Melding', { exact: true });
      await composer.fill('Hei! Vi kan ta med kaffe på tirsdag.');
      await expect(page.getByText('Olena Kovalenko skriver …')).toBeVisible();
      await composer.press('Control+Enter');
      await expect(messages(page).filter({ hasText: 'Vi kan ta med kaffe på tirsdag.' })).toBeVisible({ timeout: 5_000 });
      await expect(page.getByRole('status').filter({ hasText: 'Ny melding fra Olena Kovalenko' })).toBeAttached();
      await expect(composer).toHaveText('');

      // Omar mentions Olena with the picker (keyboard). She is reading the thread, so she sees it there and it does
      // not wait in her inbox: reading a thread reads its mentions and replies.
      const omarComposer = page.getByLabel('Melding', { exact: true });
      const omarMentionsOlena = async (before: string, after: string) => {
        await omarComposer.fill(before);
        await page.getByRole('button', { name: 'Nevn noen' }).click();
        await expect(page.getByRole('button', { name: 'Olena Kovalenko', exact: true })).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(omarComposer).toBeFocused();
        await omarComposer.pressSequentially(after);
      };
      // Typing "@Ol" offers her; Enter completes it to a chip, and the box never shows the mention markup.
      await omarComposer.pressSequentially('Og @Ol');
      await expect(page.getByRole('option', { name: 'Olena Kovalenko' })).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(omarComposer.locator('.groups-mention')).toHaveText('@Olena Kovalenko');
      await expect(omarComposer).not.toContainText('](user:');
      await expect(page.getByRole('listbox')).toHaveCount(0);
      await omarMentionsOlena('Supert, takk ', 'kan du ta med plakater?');
      await expect(omarComposer.locator('.groups-mention')).toHaveText('@Olena Kovalenko');
      await expectAxeClean(page, 'thread (composer with mention)');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(messages(olena.page).filter({ hasText: 'kan du ta med plakater?' })).toBeVisible();
      await expect(messages(olena.page).filter({ hasText: 'kan du ta med plakater?' }).getByText('@Olena Kovalenko')).toBeVisible();
      await expect(inboxLink(olena.page)).toHaveAccessibleName('Varsler, ingen uleste');

      // Editing his message, Omar sees the mention as a chip too.
      await messages(page).filter({ hasText: 'kan du ta med plakater?' }).getByRole('button', { name: /Rediger/ }).click();
      const editBox = page.getByLabel('Rediger meldingen');
      await expect(editBox.locator('.groups-mention')).toHaveText('@Olena Kovalenko');
      await expect(editBox).not.toContainText('](user:');
      await expectAxeClean(page, 'thread (edit box with mention)');
      await page.getByRole('button', { name: 'Avbryt' }).click();

      // Olena loses the network; what Omar writes meanwhile arrives when she is back.
      await olena.context.setOffline(true);
      await omarComposer.fill('Denne kom mens du var borte.');
      await omarComposer.press('Control+Enter');
      await expect(messages(page).filter({ hasText: 'Denne kom mens du var borte.' })).toBeVisible();
      await olena.page.waitForTimeout(1_500);
      await olena.context.setOffline(false);
      await expect(messages(olena.page).filter({ hasText: 'Denne kom mens du var borte.' })).toBeVisible({ timeout: 30_000 });
      await expect(messages(olena.page).filter({ hasText: 'Denne kom mens du var borte.' })).toHaveCount(1);

      // Her own message: edit it.
      const own = messages(olena.page).filter({ hasText: 'Vi kan ta med kaffe på tirsdag.' });
      await own.getByRole('button', { name: /Rediger/ }).click();
      await olena.page.getByLabel('Rediger meldingen').fill('Vi kan ta med kaffe og kake på tirsdag.');
      await olena.page.getByRole('button', { name: 'Lagre' }).click();
      await expect(messages(page).filter({ hasText: 'Vi kan ta med kaffe og kake på tirsdag.' })).toContainText('redigert');

      // Back on the thread, she has read what came while she was away: the reply it brought her is read too.
      await expect(inboxLink(olena.page)).toHaveAccessibleName('Varsler, ingen uleste');

      // Away from the thread, Omar's next mention and reply wait in her inbox, counted live; the inbox lists
      // the ones she read in the thread too.
      await inboxLink(olena.page).click();
      await expect(h1(olena.page)).toHaveText('Varsler');
      await expect(olena.page.getByText('Du har ingen uleste varsler.')).toBeVisible();
      await omarMentionsOlena('Husk møtet, ', 'ser du dette?');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(inboxLink(olena.page)).toHaveAccessibleName('Varsler, 1 ulest');
      await omarComposer.fill('Og jeg tar med termos.');
      await omarComposer.press('Control+Enter');
      await expect(inboxLink(olena.page)).toHaveAccessibleName('Varsler, 2 uleste');
      const mention = olena.page.getByRole('link', { name: `Omar Haddad nevnte deg i «${THREAD}» i ${GROUP}` }).first();
      await expect(mention).toBeVisible();
      await expect(olena.page.getByText('Du har 2 uleste varsler.')).toBeVisible();
      await expect(olena.page.getByRole('link', { name: `Omar Haddad svarte i «${THREAD}» i ${GROUP}` }).first()).toBeVisible();
      await expectAxeClean(olena.page, 'inbox');
      await olena.page.getByRole('button', { name: /^Merk som lest: Omar Haddad nevnte deg/ }).click();
      await expect(olena.page.getByRole('status').filter({ hasText: 'Varselet er merket som lest.' })).toBeVisible();
      await expect(inboxLink(olena.page)).toHaveAccessibleName('Varsler, 1 ulest');
      await expect(olena.page.getByText('Du har 1 ulest varsel.')).toBeVisible();
      await olena.page.getByRole('button', { name: 'Merk alle som lest' }).click();
      await expect(olena.page.getByRole('status').filter({ hasText: '1 varsel er merket som lest.' })).toBeVisible();
      await expect(inboxLink(olena.page)).toHaveAccessibleName('Varsler, ingen uleste');
      await expect(olena.page.getByText('Du har ingen uleste varsler.')).toBeVisible();

      await olena.page.getByLabel('Vis bare uleste').check();
      await expect(olena.page.getByRole('main').getByText('Du har ingen uleste varsler.')).toHaveCount(2);
      await expectAxeClean(olena.page, 'inbox (unread only, empty)');

      // Preferences: e-mail for mentions.
      await olena.page.getByLabel('Når noen nevner meg').selectOption('EMAIL');
      await expect(olena.page.getByRole('status').filter({ hasText: 'Lagret: Når noen nevner meg – I innboksen og på e-post.' })).toBeVisible();
      await olena.page.reload();
      await expect(olena.page.getByLabel('Når noen nevner meg')).toHaveValue('EMAIL');
      await mention.click();
      await expect(h1(olena.page)).toHaveText(THREAD);
    } finally {
      await olena.context.close();
    }
  });

  test('county staff announce, and the home page shows it live until dismissed', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(90_000);
    await signIn(page, OMAR);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const kari = await newPerson(browser, baseURL);
    try {
      await signIn(kari.page, STAFF_EMAIL);
      await kari.page.goto('/varsler');
      await kari.page.getByRole('link', { name: 'Ny kunngjøring' }).click();
      await expect(h1(kari.page)).toHaveText('Ny kunngjøring');
      await expect(kari.page).toHaveTitle('Ny kunngjøring – Samhandling');
      await expectAxeClean(kari.page, 'announcement form');
      await kari.page.getByRole('button', { name: 'Publiser kunngjøringen' }).click();
      await expect(kari.page.getByRole('region', { name: 'For å gå videre må du rette opp følgende feil:' })).toBeFocused();
      await expectAxeClean(kari.page, 'announcement form (errors)');
      await kari.page.getByLabel('Tittel').fill('Søknadsfrist for TIIA nærmer seg');
      await kari.page.getByLabel('Tekst').fill('Husk at fristen er **1. mars**.');
      await kari.page.getByRole('button', { name: 'Publiser kunngjøringen' }).click();
      await expect(kari.page.getByRole('status').filter({ hasText: 'Kunngjøringen «Søknadsfrist for TIIA nærmer seg» er publisert.' })).toBeVisible();
    } finally {
      await kari.context.close();
    }

    const banner = page.getByRole('region', { name: 'Kunngjøringer' }).getByRole('article').filter({ hasText: 'Søknadsfrist for TIIA nærmer seg' });
    await expect(banner).toBeVisible();
    await expect(banner.locator('strong')).toHaveText('1. mars');
    await expectAxeClean(page, 'home (announcement)');
    await banner.getByRole('button', { name: /^Skjul/ }).click();
    await expect(banner).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Søknadsfrist for TIIA nærmer seg')).toHaveCount(0);
  });

  test('a signed-in user creates a group and starts a conversation', async ({ page, expectAxeClean }) => {
    await signIn(page, OLENA);
    await page.goto('/grupper');
    await page.getByRole('button', { name: 'Opprett gruppen' }).click();
    await expect(page.getByRole('region', { name: 'For å gå videre må du rette opp følgende feil:' })).toBeFocused();
    await expectAxeClean(page, 'groups (create errors)');
    const name = `Ukrainsk kulturkveld ${Date.now().toString(36)}`;
    await page.getByLabel('Navn på gruppen').fill(name);
    await page.getByLabel('Hvem kan bli med').selectOption('REQUEST');
    await page.getByRole('button', { name: 'Opprett gruppen' }).click();
    await expect(h1(page)).toHaveText(name);
    await expect(page.getByText('Din rolle: Eier')).toBeVisible();
    await expect(page.getByText('Ingen har startet en samtale ennå.')).toBeVisible();
    await expectAxeClean(page, 'group (new, empty)');
    await page.getByLabel('Emne').fill('Planlegging av kvelden');
    await page.getByLabel('Første melding').fill('Hvem kan hjelpe til?');
    await page.getByRole('button', { name: 'Start samtalen' }).click();
    await expect(h1(page)).toHaveText('Planlegging av kvelden');
    await expect(messages(page).filter({ hasText: 'Hvem kan hjelpe til?' })).toBeVisible();

    await page.goto('/grupper/00000000-0000-4000-8000-000000000000');
    await expect(h1(page)).toHaveText('Fant ikke gruppen');
    await expectAxeClean(page, 'group (not found)');
  });

  test('a moderator approves a request to join', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(90_000);
    const MODERATED = 'Minoritetsrådgivere i Telemark';
    await signIn(page, OLENA);
    await page.goto('/grupper');
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: MODERATED }) });
    await card.getByRole('button', { name: /Be om å bli med/ }).click();
    await expect(page.getByRole('status').filter({ hasText: `Vi har sendt søknaden din til ${MODERATED}.` })).toBeVisible();
    await expect(card.getByText('Søknad sendt')).toBeVisible();
    await expectAxeClean(page, 'groups (requested)');

    const ingrid = await newPerson(browser, baseURL);
    try {
      await signIn(ingrid.page, 'ingrid.radgiver@demo.samhandling.no');
      await ingrid.page.goto('/grupper');
      await ingrid.page.getByRole('link', { name: MODERATED }).click();
      await expect(h1(ingrid.page)).toHaveText(MODERATED);
      await expect(ingrid.page.getByRole('heading', { name: 'Søknader om medlemskap' })).toBeVisible();
      await expectAxeClean(ingrid.page, 'group (moderator, request pending)');
      await ingrid.page.getByRole('button', { name: /Godkjenn\s*Olena Kovalenko/ }).click();
      await expect(ingrid.page.getByRole('status').filter({ hasText: 'Olena Kovalenko er nå medlem.' })).toBeVisible();
      await expect(ingrid.page.getByText('Ingen venter på svar.')).toBeVisible();
    } finally {
      await ingrid.context.close();
    }

    await page.reload();
    await expect(card.getByText('Du er medlem')).toBeVisible();
  });
});
