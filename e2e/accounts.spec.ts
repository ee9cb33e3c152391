import { expect, test } from './fixtures';
import { DEMO_PASSWORD, exportedData, flashMessage, GOOD_PASSWORD, h1, linkFromMail, logIn, logOut, newPerson, openAccountMenu, signUp, uniqueEmail } from './helpers';

test.describe('accounts', () => {
  test('sign-up form: required fields, a malformed e-mail and a common password show field errors', async ({ page, expectAxeClean }) => {
    await page.goto('/registrer');
    await expect(page).toHaveTitle('Registrer deg – Samhandling');
    await expectAxeClean(page, 'sign-up (empty)');

    await page.getByRole('button', { name: 'Opprett konto' }).click();
    const summary = page.getByRole('region', { name: 'For å gå videre må du rette opp følgende feil:' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Fyll ut feltet «Navn».',
      'Fyll ut feltet «E-postadresse».',
      'Fyll ut feltet «Velg et passord».',
    ]);
    await expectAxeClean(page, 'sign-up (required errors)');

    // The summary links lead to the fields.
    await summary.getByRole('link', { name: 'Fyll ut feltet «E-postadresse».' }).click();
    const email = page.getByLabel('E-postadresse');
    await expect(email).toBeFocused();

    await page.getByLabel('Navn').fill('Test Testesen');
    await email.fill('ikke-en-epost');
    await page.getByLabel('Velg et passord').fill('passord123');
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Skriv en gyldig e-postadresse/);
    await expect(summary).toBeFocused();
    await expectAxeClean(page, 'sign-up (malformed e-mail)');

    // The server rejects the common password; its message is tied to the field.
    await email.fill(uniqueEmail('vanlig'));
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    const password = page.getByLabel('Velg et passord');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(/Passordet er for vanlig og lett å gjette/);
    await expect(email).not.toHaveAttribute('aria-invalid', 'true');
    await expect(summary.getByRole('link')).toHaveText(['Passordet er for vanlig og lett å gjette. Velg et annet.']);
    await expect(summary).toBeFocused();
    await expectAxeClean(page, 'sign-up (common password)');
  });

  test('wrong password shows the translated error', async ({ page, expectAxeClean }) => {
    await logIn(page, 'omar.frivillig@demo.samhandling.no', 'feil-passord-her');
    const summary = page.getByRole('region', { name: 'For å gå videre må du rette opp følgende feil:' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Feil e-postadresse eller passord.');
    await expect(page.getByLabel('Passord')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expectAxeClean(page, 'login (wrong password)');
  });

  test('pages that need sign-in send you to log in and back', async ({ page, expectAxeClean }) => {
    await page.goto('/konto');
    await expect(page).toHaveURL(/\/logg-inn\?neste=\/konto$/);
    await expect(h1(page)).toHaveText('Logg inn');
    await expect(page.getByText('Du må logge inn for å se denne siden.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link')).toHaveText(['Forside', 'Organisasjoner', 'Arrangementer', 'Aktiviteter', 'Ressurser', 'Tilskudd', 'Bosetting', 'Kommuner']);
    await expectAxeClean(page, 'login (with return path)');

    await page.getByLabel('E-postadresse').fill('ingrid.radgiver@demo.samhandling.no');
    await page.getByLabel('Passord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page).toHaveURL(/\/konto$/);
    await expect(h1(page)).toHaveText('Min profil');
    await expect(flashMessage(page)).toContainText('Du er logget inn som Ingrid Dahl.');
    const header = page.getByRole('banner');
    await expect(header.getByRole('button', { name: 'Brukermeny for Ingrid Dahl' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link')).toHaveText([
      'Forside',
      'Organisasjoner',
      'Arrangementer',
      'Aktiviteter',
      'Ressurser',
      'Tilskudd',
      'Bosetting',
      'Kommuner',
      'Grupper',
    ]);
    await openAccountMenu(page);
    await expect(header.getByRole('link', { name: 'Mine organisasjoner' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(header.getByRole('link', { name: 'Mine organisasjoner' })).toBeHidden();

    // Not county staff: the admin pages say no.
    await page.goto('/admin');
    await expect(h1(page)).toHaveText('Ingen tilgang');
    await expectAxeClean(page, 'access denied');

    await logOut(page);
    await expect(page).toHaveURL(/\/$/);
    await expect(flashMessage(page)).toContainText('Du er logget ut.');
    await expect(header.getByRole('link', { name: 'Logg inn' })).toBeVisible();
    await page.goto('/mine-organisasjoner');
    await expect(page).toHaveURL(/\/logg-inn\?neste=\/mine-organisasjoner$/);
  });

  test('sign up, confirm the e-mail, edit the profile, download data, log out everywhere', async ({ page, request, expectAxeClean }) => {
    const email = uniqueEmail('profil');
    await signUp(page, { name: 'Nora Nyhus', email });
    await expect(page).toHaveURL(/\/konto$/);
    await expect(flashMessage(page)).toContainText(`Vi har sendt en bekreftelseslenke til ${email}`);
    const banner = page.getByRole('region', { name: 'Bekreft e-postadressen din' });
    await expect(banner).toBeVisible();
    await expectAxeClean(page, 'profile (unverified)');

    await banner.getByRole('button', { name: 'Send lenken på nytt' }).click();
    await expect(banner.getByRole('status')).toHaveText(`Vi har sendt en ny lenke til ${email}.`);

    // Creating an organisation waits for the confirmation.
    await page.goto('/organisasjoner/ny');
    await expect(page.getByText('Bekreft e-postadressen først')).toBeVisible();
    await expectAxeClean(page, 'create organisation (unverified)');

    await page.goto(await linkFromMail(request, email, '/konto/bekreft'));
    await expect(h1(page)).toHaveText('Bekreft e-postadressen');
    await expect(page.getByRole('status').filter({ hasText: 'E-postadressen er bekreftet.' })).toBeVisible();
    await expectAxeClean(page, 'verify e-mail (done)');

    // The same link again: already used.
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('Lenken er allerede brukt.');
    await expectAxeClean(page, 'verify e-mail (used link)');

    await page.goto('/konto');
    await expect(h1(page)).toHaveText('Min profil');
    await expect(page.getByRole('region', { name: 'Bekreft e-postadressen din' })).toHaveCount(0);

    await page.getByLabel('Tittel eller rolle').fill('Frivillighetskoordinator');
    await page.getByLabel('Stikkord').fill('Frivillig, koordinator, frivillig');
    await page.getByLabel('Foretrukket språk').selectOption('nn');
    await page.getByRole('button', { name: 'Lagre profilen' }).click();
    // Choosing a language switches the interface.
    await expect(page.getByText('Profilen er lagra.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(h1(page)).toHaveText('Profilen min');
    await expect(page.getByLabel('Stikkord')).toHaveValue('frivillig, koordinator');
    await expectAxeClean(page, 'profile (saved, nn)');
    await page.getByLabel('Føretrekt språk').selectOption('nb');
    await page.getByRole('button', { name: 'Lagre profilen' }).click();
    await expect(page.getByText('Profilen er lagret.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned mine data' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^samhandling-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const exported = await exportedData(download);
    expect(exported.account).toMatchObject({ email, name: 'Nora Nyhus', title: 'Frivillighetskoordinator', profileTags: ['frivillig', 'koordinator'] });
    await expect(page.getByText('Dataene er lastet ned.')).toBeVisible();

    await page.getByRole('button', { name: 'Logg ut på alle enheter' }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expect(flashMessage(page)).toContainText(/Du er logget ut på 1 enhet\./);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();
  });

  test('signing up with an address that has an account tells nothing on the page and mails its owner', async ({ page, request, expectAxeClean }) => {
    const email = uniqueEmail('finnes');
    await signUp(page, { name: 'Frida Først', email });
    await expect(page).toHaveURL(/\/konto$/);
    await logOut(page);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();

    // Someone else tries the same address with another password: no "taken" error, no sign-in.
    await signUp(page, { name: 'Noen Andre', email, password: 'Et-helt-annet-passord-5' });
    await expect(page.getByRole('status').filter({ hasText: `Vi har sendt en e-post til ${email}. Følg den for å gå videre.` })).toBeVisible();
    await expect(page).toHaveURL(/\/registrer$/);
    await expect(page.getByRole('region', { name: /rette opp/ })).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();
    await expectAxeClean(page, 'sign-up (address has an account)');

    await expect
      .poll(async () => ((await (await request.get(`/dev/mail.json?to=${encodeURIComponent(email)}`)).json()) as { subject: string }[]).map((m) => m.subject))
      .toEqual(['Du har allerede en konto', 'Bekreft e-postadressen din']);
  });

  test('a locked account: the browser that signed in before still gets in, and the mailed link lifts the lock', async ({ page, browser, baseURL, request, expectAxeClean }) => {
    const email = uniqueEmail('sperret');
    await signUp(page, { name: 'Sara Sperre', email });
    await expect(page).toHaveURL(/\/konto$/);
    await logOut(page);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();

    // Five wrong passwords from a browser that has never signed in to the account lock it there, even against the right one.
    const other = await newPerson(browser, baseURL);
    const summary = other.page.getByRole('region', { name: /rette opp/ });
    for (let i = 0; i < 5; i++) {
      await logIn(other.page, email, `feil-passord-${i}`);
      await expect(summary).toContainText('Feil e-postadresse eller passord.');
    }
    await logIn(other.page, email, GOOD_PASSWORD);
    await expect(summary).toContainText('For mange forsøk på innlogging.');
    await expectAxeClean(other.page, 'login (locked)');

    // The owner's browser gets in with the right password.
    await logIn(page, email, GOOD_PASSWORD);
    await expect(page.getByRole('banner').getByRole('button', { name: /Brukermeny for Sara Sperre/ })).toBeVisible();

    // The owner was mailed a link that lifts the lock, here opened in the other browser (the owner's phone, say).
    await other.page.goto(await linkFromMail(request, email, '/konto/opphev-sperre'));
    await expect(h1(other.page)).toHaveText('Opphev sperren');
    await expect(other.page.getByRole('status').filter({ hasText: 'Sperren er opphevet.' })).toBeVisible();
    await expectAxeClean(other.page, 'unlock login (done)');
    await other.page.getByRole('main').getByRole('link', { name: 'Logg inn' }).click();
    await other.page.getByLabel('E-postadresse').fill(email);
    await other.page.getByLabel('Passord').fill(GOOD_PASSWORD);
    await other.page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(other.page.getByRole('banner').getByRole('button', { name: /Brukermeny for Sara Sperre/ })).toBeVisible();
    await other.context.close();
  });

  test('forgotten password: request a link, choose a new password, log in with it, delete the account', async ({ page, request, expectAxeClean }) => {
    const email = uniqueEmail('glemsk');
    await signUp(page, { name: 'Glemsk Gunnar', email });
    await expect(page).toHaveURL(/\/konto$/);
    await logOut(page);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();

    await page.goto('/logg-inn');
    await page.getByRole('link', { name: 'Glemt passordet?' }).click();
    await expect(h1(page)).toHaveText('Glemt passordet');
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Hvis det finnes en konto for ${email}` })).toBeVisible();
    await expectAxeClean(page, 'forgot password (sent)');

    await page.goto(await linkFromMail(request, email, '/konto/nytt-passord'));
    await expect(h1(page)).toHaveText('Velg nytt passord');
    await page.getByLabel('Velg et passord').fill('Nytt-og-bedre-passord-7');
    await page.getByLabel('Gjenta passordet').fill('Nytt-og-annerledes-7');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await expect(page.getByLabel('Gjenta passordet')).toHaveAccessibleDescription('Passordene er ikke like.');
    await expectAxeClean(page, 'reset password (mismatch)');
    await page.getByLabel('Gjenta passordet').fill('Nytt-og-bedre-passord-7');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expect(flashMessage(page)).toContainText('Passordet er endret.');

    await page.getByLabel('E-postadresse').fill(email);
    await page.getByLabel('Passord').fill('Nytt-og-bedre-passord-7');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByRole('banner').getByRole('button', { name: /Brukermeny for Glemsk Gunnar/ })).toBeVisible();

    // Delete the account: a dialog asks for the password.
    await page.goto('/konto');
    await page.getByRole('button', { name: 'Slett kontoen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette kontoen for godt?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Passordet ditt')).toBeFocused();
    await dialog.getByLabel('Passordet ditt').fill(GOOD_PASSWORD); // the old one
    await dialog.getByRole('button', { name: 'Slett kontoen' }).click();
    await expect(dialog.getByLabel('Passordet ditt')).toHaveAccessibleDescription('Passordet er feil.');
    await expectAxeClean(page, 'delete account dialog (wrong password)');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Slett kontoen …' })).toBeFocused();

    await page.getByRole('button', { name: 'Slett kontoen …' }).click();
    await dialog.getByLabel('Passordet ditt').fill('Nytt-og-bedre-passord-7');
    await dialog.getByRole('button', { name: 'Slett kontoen' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(flashMessage(page)).toContainText('Kontoen din er slettet.');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();

    await logIn(page, email, 'Nytt-og-bedre-passord-7');
    await expect(page.getByRole('region', { name: /rette opp/ })).toContainText('Feil e-postadresse eller passord.');
  });
});
