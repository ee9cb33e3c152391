import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gql, GOOD_PASSWORD, h1, linkFromMail, logIn, logInApi, newPerson, STAFF_EMAIL, DEMO_PASSWORD, uniqueEmail } from './helpers';

/** A new person with a confirmed address, signed in in their own browser. */
async function confirmedPerson(browser: Browser, baseURL: string | undefined, request: APIRequestContext, name: string) {
  const person = await newPerson(browser, baseURL);
  const email = uniqueEmail(name.toLowerCase().split(' ')[0]!);
  await gql(person.page.request, 'mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) }', { input: { name, email, password: GOOD_PASSWORD } });
  const token = new URL(await linkFromMail(request, email, '/konto/bekreft'), 'http://x').searchParams.get('token');
  await gql(person.page.request, 'mutation ($t: String!) { accountVerifyEmail(token: $t) { id } }', { t: token });
  await logInApi(person.page.request, email, GOOD_PASSWORD);
  const { viewer } = await gql<{ viewer: { id: string } }>(person.page.request, '{ viewer { id } }');
  return { ...person, email, id: viewer.id, name };
}

const messages = (page: Page) => page.getByRole('main').getByRole('article');

test.describe('moderation', () => {
  test('a report reaches the group owner live, who hides the message; staff warn and suspend the author; the audit log shows it', async ({ page, browser, baseURL, request, expectAxeClean }) => {
    test.setTimeout(180_000);
    const stamp = Date.now();
    const owner = await confirmedPerson(browser, baseURL, request, 'Eva Eier');
    const author = await confirmedPerson(browser, baseURL, request, 'Arne Avsender');
    const member = await confirmedPerson(browser, baseURL, request, 'Mona Medlem');
    try {
      // The owner's group, a thread, and the author's message.
      const { groupCreate } = await gql<{ groupCreate: { id: string } }>(owner.page.request, 'mutation ($i: GroupInput!) { groupCreate(input: $i) { id } }', {
        i: { name: `Nabolaget ${stamp}`, visibility: 'MEMBERS', joinPolicy: 'OPEN' },
      });
      for (const p of [author, member]) await gql(p.page.request, 'mutation ($g: ID!) { groupJoin(groupId: $g) { status } }', { g: groupCreate.id });
      const { threadCreate } = await gql<{ threadCreate: { id: string } }>(owner.page.request, 'mutation ($g: ID!) { threadCreate(groupId: $g, title: "Dugnad", body: "Hvem blir med på dugnad?") { id } }', {
        g: groupCreate.id,
      });
      const offensive = `Naboen i nummer 4 er en idiot ${stamp}`;
      await gql(author.page.request, 'mutation ($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }', { t: threadCreate.id, b: offensive });
      const threadUrl = `/grupper/${groupCreate.id}/traader/${threadCreate.id}`;

      await test.step('the owner opens the moderation queue, empty', async () => {
        await owner.page.goto(`/grupper/${groupCreate.id}`);
        await owner.page.getByRole('link', { name: 'Moderering' }).click();
        await expect(h1(owner.page)).toHaveText('Moderering');
        await expect(owner.page.getByText('Ingen åpne meldinger.')).toBeVisible();
        await expectAxeClean(owner.page, 'moderation queue (empty)');
      });

      await test.step('the author has the thread open', async () => {
        await author.page.goto(threadUrl);
        await expect(messages(author.page).filter({ hasText: offensive })).toBeVisible();
      });

      await test.step('a member reports the message with a reason, by keyboard', async () => {
        await member.page.goto(threadUrl);
        const message = messages(member.page).filter({ hasText: offensive });
        await expect(message).toBeVisible();
        await message.getByRole('button', { name: 'Meld fra meldingen fra Arne Avsender' }).click();
        const dialog = member.page.getByRole('dialog', { name: 'Meld fra om innhold' });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByLabel('Hva er galt?')).toBeFocused();
        await expectAxeClean(member.page, 'report dialog');
        await member.page.keyboard.type('Sjikane av en nabo');
        await dialog.getByRole('button', { name: 'Send' }).click();
        await expect(dialog).toBeHidden();
        await expect(member.page.getByRole('status').filter({ hasText: 'Takk. Moderatorene har fått beskjed.' })).toBeVisible();
        // Once while the report is open.
        await message.getByRole('button', { name: 'Meld fra meldingen fra Arne Avsender' }).click();
        await member.page.getByRole('dialog').getByLabel('Hva er galt?').fill('Igjen');
        await member.page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();
        await expect(member.page.getByRole('dialog').getByText('Du har allerede meldt fra om dette.')).toBeVisible();
        await member.page.keyboard.press('Escape');
      });

      await test.step('the owner sees it arrive live and hides the message with a reason', async () => {
        const open = owner.page.getByRole('region', { name: /^Åpne meldinger/ });
        const item = open.getByRole('listitem').filter({ hasText: 'Sjikane av en nabo' });
        await expect(item).toBeVisible({ timeout: 10_000 });
        await expect(item.getByRole('link', { name: offensive })).toBeVisible();
        await expectAxeClean(owner.page, 'moderation queue (a report)');
        await item.getByRole('button', { name: `Skjul ${offensive}` }).click();
        const dialog = owner.page.getByRole('dialog', { name: 'Skjul innholdet' });
        await dialog.getByLabel('Begrunnelse').fill('Personangrep er ikke lov her.');
        await dialog.getByRole('button', { name: 'Skjul' }).click();
        await expect(dialog).toBeHidden();
        await expect(open.getByText('Ingen åpne meldinger.')).toBeVisible();
        await expect(owner.page.getByRole('region', { name: 'Nylig behandlet' }).getByText('Løst: innholdet ble skjult.')).toBeVisible();
        // The owner still sees the text in the thread, marked as hidden.
        await owner.page.goto(threadUrl);
        const message = messages(owner.page).filter({ hasText: offensive });
        await expect(message.getByText('Skjult for andre.')).toBeVisible();
        await expect(message.getByRole('button', { name: 'Vis igjen meldingen fra Arne Avsender' })).toBeVisible();
      });

      await test.step('another member sees the reason instead of the text', async () => {
        await member.page.reload();
        const hidden = messages(member.page).filter({ hasText: 'Skjult av en moderator.' });
        await expect(hidden).toBeVisible();
        await expect(hidden.getByText('Begrunnelse: Personangrep er ikke lov her.')).toBeVisible();
        await expect(member.page.getByText(offensive)).toHaveCount(0);
        await expectAxeClean(member.page, 'thread with a hidden message');
      });

      await test.step('county staff warn the author from the queue; the author reads the warning in the inbox', async () => {
        await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
        await expect(page).not.toHaveURL(/logg-inn/);
        await page.goto('/moderering');
        const item = page.getByRole('region', { name: 'Nylig behandlet' }).getByRole('listitem').filter({ hasText: offensive });
        await item.getByRole('button', { name: 'Advar Arne Avsender' }).first().click();
        const dialog = page.getByRole('dialog', { name: 'Advar Arne Avsender' });
        await expect(dialog).toContainText('Advarselen og begrunnelsen føres i revisjonsloggen.');
        await dialog.getByLabel('Begrunnelse').fill('Hold en saklig tone i gruppene.');
        await expectAxeClean(page, 'warn dialog');
        await dialog.getByRole('button', { name: 'Advar', exact: true }).click();
        await expect(dialog).toBeHidden();
        await expect(page.getByRole('status').filter({ hasText: 'Arne Avsender er advart.' })).toBeVisible();

        await author.page.goto('/varsler');
        // The inbox line (its "mark as read" button repeats the text for screen readers).
        await expect(author.page.getByRole('main').locator('p', { hasText: 'Du har fått en advarsel fra fylkeskommunens moderatorer: Hold en saklig tone i gruppene.' })).toBeVisible();
        await expectAxeClean(author.page, 'inbox with a warning');
        // Back to the thread, which stays open while staff suspend the account.
        await author.page.goto(threadUrl);
        await expect(messages(author.page).first()).toBeVisible();
      });

      await test.step('county staff suspend the author, whose open page can no longer post', async () => {
        const item = page.getByRole('region', { name: 'Nylig behandlet' }).getByRole('listitem').filter({ hasText: offensive });
        await item.getByRole('button', { name: 'Suspender Arne Avsender' }).first().click();
        const dialog = page.getByRole('dialog', { name: 'Suspender Arne Avsender' });
        await dialog.getByLabel('Begrunnelse').fill('Gjentatte personangrep.');
        await expectAxeClean(page, 'suspend dialog');
        await dialog.getByRole('button', { name: 'Suspender' }).click();
        await expect(dialog).toBeHidden();
        await expect(page.getByRole('status').filter({ hasText: 'Arne Avsender er suspendert.' })).toBeVisible();

        // The author's page: its session is gone, so posting is refused.
        const composer = author.page.getByLabel('Melding', { exact: true });
        await composer.fill('Er jeg fortsatt her?');
        await composer.press('Control+Enter');
        await expect(author.page.getByText('Du må logge inn for å gjøre dette.')).toBeVisible();
        // And signing in again is refused.
        await logIn(author.page, author.email, GOOD_PASSWORD);
        await expect(author.page.getByText('Kontoen din er suspendert.')).toBeVisible();
      });

      await test.step('the audit log shows the hiding, the warning and the suspension, and exports them as CSV', async () => {
        await page.goto('/admin/revisjonslogg');
        await expect(h1(page)).toHaveText('Revisjonslogg');
        await page.getByLabel('Handling', { exact: true }).selectOption({ label: 'Advarsler og suspensjoner' });
        await page.getByRole('button', { name: 'Vis', exact: true }).click();
        const rows = page.getByRole('table').getByRole('row');
        await expect(rows.filter({ hasText: author.id }).filter({ hasText: 'Konto suspendert' })).toBeVisible();
        await expect(rows.filter({ hasText: author.id }).filter({ hasText: 'Konto advart' })).toContainText('Hold en saklig tone i gruppene.');
        await expectAxeClean(page, 'audit log');
        const downloadPromise = page.waitForEvent('download');
        await page.getByRole('link', { name: 'Last ned CSV' }).click();
        const download = await downloadPromise;
        expect(download.suggestedFilename()).toBe('revisjonslogg.csv');
        const text = (await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8'));
        expect(text).toContain('user_suspended');
        expect(text).toContain('user_warned');
        expect(text).toContain(author.id);
        expect(text).not.toContain('content_hidden');

        // What this run's owner did (earlier runs' owners have the same name).
        await page.getByLabel('Utført av', { exact: true }).fill(owner.id);
        await page.getByLabel('Handling', { exact: true }).selectOption({ label: 'Innhold skjult' });
        await page.getByRole('button', { name: 'Vis', exact: true }).click();
        await expect(rows.filter({ hasText: 'Eva Eier' }).filter({ hasText: 'Innhold skjult' })).toBeVisible();
      });

      // The demo staff lift the suspension again (the account is a throwaway, but leave no suspended users behind).
      const staff = await newPerson(browser, baseURL);
      await logInApi(staff.page.request, STAFF_EMAIL);
      await gql(staff.page.request, 'mutation ($u: ID!) { userUnsuspend(userId: $u) { id } }', { u: author.id });
      await staff.context.close();
    } finally {
      for (const p of [owner, author, member]) await p.context.close();
    }
  });

  test('county staff hide an activity: visitors see the reason in its place until it is shown again', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(120_000);
    const omar = await newPerson(browser, baseURL);
    await logInApi(omar.page.request, 'omar.frivillig@demo.samhandling.no');
    const { viewer } = await gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(omar.page.request, '{ viewer { memberships { organisation { id } } } }');
    const title = `Strikkekafé ${Date.now() % 100000}`;
    const { activityCreate } = await gql<{ activityCreate: { id: string } }>(omar.page.request, 'mutation ($i: ActivityInput!) { activityCreate(input: $i) { id } }', {
      i: {
        organisationId: viewer.memberships[0]!.organisation.id,
        title,
        category: 'CULTURE',
        municipalityNumber: '4003',
        schedule: { frequency: 'WEEKLY', interval: 1, weekdays: ['TU'], startDate: `${new Date().getFullYear()}-01-06`, startTime: '18:00', endTime: '20:00' },
      },
    });
    await gql(omar.page.request, 'mutation ($id: ID!) { activitySetStatus(id: $id, status: PUBLISHED) { id } }', { id: activityCreate.id });
    await omar.context.close();
    const url = `/aktiviteter/${activityCreate.id}`;
    const reason = 'Lenken i beskrivelsen fører til en svindelside.';
    const visitor = await newPerson(browser, baseURL);
    try {
      await test.step('staff hide the activity from its page, with a reason', async () => {
        await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
        await page.goto(url);
        await expect(h1(page)).toHaveText(title);
        await page.getByRole('main').getByRole('button', { name: /^Skjul\b/ }).click();
        const dialog = page.getByRole('dialog', { name: 'Skjul innholdet' });
        await dialog.getByLabel('Begrunnelse').fill(reason);
        await expectAxeClean(page, 'hide dialog');
        await dialog.getByRole('button', { name: 'Skjul', exact: true }).click();
        await expect(page.getByText('Skjult for andre.')).toBeVisible();
        await expect(h1(page)).toHaveText(title); // moderators still see the content, marked
      });

      await test.step('a visitor sees the reason in place of the activity', async () => {
        await visitor.page.goto(url);
        await expect(h1(visitor.page)).toHaveText('Skjult innhold');
        await expect(visitor.page.getByText(`Begrunnelse: ${reason}`)).toBeVisible();
        await expect(visitor.page.getByText(title)).toHaveCount(0);
        await expectAxeClean(visitor.page, 'hidden activity (visitor)');
      });

      await test.step('staff show it again; the visitor sees it after a reload', async () => {
        await page.getByRole('main').getByRole('button', { name: /^Vis igjen/ }).click();
        await expect(page.getByText('Skjult for andre.')).toHaveCount(0);
        await visitor.page.reload();
        await expect(h1(visitor.page)).toHaveText(title);
      });
    } finally {
      await visitor.context.close();
    }
  });

  test('the moderation queue and the audit log are axe-clean in nynorsk and English', async ({ page, expectAxeClean }) => {
    test.setTimeout(120_000);
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    for (const [language, label, queue, noReports, audit, noEntries] of [
      ['nn', 'Språk', 'Moderering', 'Ingen opne meldingar.', 'Revisjonslogg', 'Ingen oppføringar.'],
      ['en', 'Språk', 'Moderation', 'No open reports.', 'Audit log', 'No entries.'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.goto('/moderering');
      await expect(h1(page)).toHaveText(queue);
      await expect(page.getByRole('main').getByRole('listitem').or(page.getByText(noReports)).first()).toBeVisible();
      await expectAxeClean(page, `moderation queue (${language})`);
      await page.goto('/admin/revisjonslogg');
      await expect(h1(page)).toHaveText(audit);
      await expect(page.getByRole('table').or(page.getByText(noEntries)).first()).toBeVisible();
      await expectAxeClean(page, `audit log (${language})`);
    }
  });
});
