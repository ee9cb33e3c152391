import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiLogin, DEMO_PASSWORD, flashMessage, gql, h1, linkFromMail, logIn, newPerson, signUp, STAFF_EMAIL, uniqueEmail } from './helpers';

const WEBINAR = 'Webinar: Bruk av tolk i offentlig sektor';
const GATHERING = 'Nettverkssamling: forebygging av negativ sosial kontroll';
const INFO_MEETING = 'Digitalt informasjonsmøte for søkere til TIIA';
const HYBRID = 'Karriereveiledning for nyankomne flyktninger';

/** An Oslo date a few weeks ahead, "YYYY-MM-DD". */
function dateAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const registration = (page: Page) => page.getByRole('region', { name: 'Påmelding' });

async function signedUpPerson(browser: Parameters<typeof newPerson>[0], baseURL: string | undefined, name: string) {
  const person = await newPerson(browser, baseURL);
  const email = uniqueEmail('deltaker');
  await signUp(person.page, { name, email });
  await expect(person.page).toHaveURL(/\/konto$/);
  return { ...person, email };
}

test.describe('events', () => {
  test('county staff publishes a seminar; the third registrant is waitlisted and gets the seat live', async ({ page, browser, baseURL, expectAxeClean }) => {
    test.setTimeout(180_000);
    const title = `Seminar om tolking ${Date.now().toString(36)}`;
    const day = dateAhead(30);

    // Kari (county staff) creates a draft with two seats.
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto('/arrangementer');
    await page.getByRole('link', { name: 'Lag et arrangement' }).click();
    await expect(h1(page)).toHaveText('Nytt arrangement');
    await expect(page.getByLabel('Arrangør')).toHaveValue(/.+/);
    await expectAxeClean(page, 'create event');

    // Submitting empty shows the problems, tied to their fields.
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    await expect(page.getByRole('region', { name: 'For å gå videre må du rette opp følgende feil:' })).toBeFocused();
    await expect(page.getByLabel('Tittel')).toHaveAttribute('aria-invalid', 'true');
    await expectAxeClean(page, 'create event (errors)');

    await page.getByLabel('Type arrangement').selectOption('SEMINAR');
    await page.getByLabel('Tittel').fill(title);
    await page.getByLabel('Beskrivelse').fill('Hvordan bruke **kvalifisert tolk** i samtaler.');
    const starts = page.getByRole('group', { name: 'Starter' });
    await starts.getByLabel('Dato').fill(day);
    await starts.getByLabel('Klokkeslett').fill('12:00');
    const ends = page.getByRole('group', { name: 'Slutter' });
    await expect(ends.getByLabel('Dato')).toHaveValue(day);
    await ends.getByLabel('Klokkeslett').fill('13:30');
    await page.getByLabel('Navn på stedet').fill('Fylkeshuset, møterom 1');
    await page.getByLabel('Antall plasser').fill('2');
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();

    await expect(h1(page)).toHaveText(title);
    await expect(flashMessage(page)).toContainText('er lagret som utkast');
    await expect(page.getByText('Dette er et utkast.')).toBeVisible();
    await expect(page.getByText(/kl\. 12\.00–13\.30/)).toBeVisible();
    await expectAxeClean(page, 'event (draft)');
    await page.getByRole('button', { name: 'Publiser' }).click();
    await expect(page.getByText('Arrangementet er publisert.')).toBeVisible();
    await expect(page.getByTestId('seats')).toHaveText('2 ledige plasser av 2');
    const eventUrl = new URL(page.url()).pathname;

    // Three new users register; the third lands on the waitlist.
    const anna = await signedUpPerson(browser, baseURL, 'Anna Andersen');
    const bjorn = await signedUpPerson(browser, baseURL, 'Bjørn Berg');
    const cecilie = await signedUpPerson(browser, baseURL, 'Cecilie Carlsen');
    for (const person of [anna, bjorn]) {
      await person.page.goto(eventUrl);
      await registration(person.page).getByRole('button', { name: 'Meld meg på', exact: true }).click();
      await expect(registration(person.page).getByText('Du har plass')).toBeVisible();
    }
    await expectAxeClean(bjorn.page, 'event (confirmed)');
    await cecilie.page.goto(eventUrl);
    await expect(cecilie.page.getByTestId('seats')).toHaveText('Fullt, ingen på venteliste');
    // Full: the button says what it does (the server's flag for this event).
    await expect(registration(cecilie.page).getByRole('button', { name: 'Meld meg på', exact: true })).toHaveCount(0);
    await registration(cecilie.page).getByRole('button', { name: 'Meld meg på venteliste', exact: true }).click();
    await expect(registration(cecilie.page).getByText('Du står på venteliste som nummer 1', { exact: true })).toBeVisible();
    await expect(cecilie.page.getByTestId('seats')).toHaveText('Fullt, 1 på venteliste');
    await expectAxeClean(cecilie.page, 'event (waitlisted)');

    // Anna cancels; Cecilie, with the page still open, gets the seat without reloading.
    await registration(anna.page).getByRole('button', { name: 'Meld meg av' }).click();
    await expect(registration(anna.page).getByText('Du er meldt av.')).toBeVisible();
    await expect(registration(cecilie.page).getByText('Du har plass', { exact: true })).toBeVisible();
    await expect(registration(cecilie.page).getByText('Noen meldte seg av, og du har fått plass.')).toBeVisible();
    await expect(cecilie.page.getByTestId('seats')).toHaveText('Fullt, ingen på venteliste');

    // "Mine påmeldinger": the event, the personal feed and what to follow.
    await cecilie.page.goto('/arrangementer/mine');
    await expect(h1(cecilie.page)).toHaveText('Mine påmeldinger');
    await expect(cecilie.page.getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(cecilie.page.getByLabel('Adresse til kalenderen din')).toHaveValue(/\.ics/);
    await cecilie.page.getByRole('group', { name: 'Tema' }).getByLabel('Tolking').check();
    await cecilie.page.getByRole('button', { name: 'Lagre det jeg følger' }).click();
    await expect(cecilie.page.getByText('Lagret. Du får beskjed om nye arrangementer.')).toBeVisible();
    await expectAxeClean(cecilie.page, 'my events');

    // The organiser sees the attendee list and messages everyone.
    await page.getByRole('link', { name: 'Deltakerliste' }).click();
    await expect(h1(page)).toHaveText(`Deltakere: ${title}`);
    const table = page.getByRole('table', { name: 'Påmeldte i den rekkefølgen de meldte seg på' });
    await expect(table.getByRole('row', { name: /Bjørn Berg/ })).toContainText('Har plass');
    // The page shows the account e-mails the CSV has.
    await expect(table.getByRole('row', { name: /Bjørn Berg/ })).toContainText(bjorn.email);
    await expect(table.getByRole('row', { name: /Cecilie Carlsen/ })).toContainText('Har plass');
    await expect(table.getByRole('row', { name: /Anna Andersen/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Last ned som CSV' })).toHaveAttribute('href', /deltakere\.csv$/);
    const csv = await page.request.get((await page.getByRole('link', { name: 'Last ned som CSV' }).getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Cecilie Carlsen');
    expect(await csv.text()).toContain(bjorn.email);
    await expectAxeClean(page, 'attendees');
    await page.getByRole('button', { name: 'Send melding til alle påmeldte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send melding til de påmeldte' });
    await expect(dialog.getByLabel('Emne')).toBeFocused();
    await expectAxeClean(page, 'message dialog');
    await dialog.getByLabel('Emne').fill('Velkommen');
    await dialog.getByLabel('Melding').fill('Vi gleder oss til å se dere.');
    await dialog.getByRole('button', { name: 'Send meldingen' }).click();
    await expect(page.getByText('Meldingen er sendt til 2 personer.')).toBeVisible();

    // Anna opens the page again, but her live connection is cut: she still sees the button (the event is full: the waitlist).
    const stale = await anna.context.newPage();
    await stale.routeWebSocket(/\/graphql/, () => undefined);
    await stale.goto(eventUrl);
    await expect(registration(stale).getByRole('button', { name: 'Meld meg på venteliste' })).toBeVisible();

    // Kari cancels the event with a reason.
    await page.getByRole('link', { name: `Tilbake til «${title}»` }).click();
    await page.getByRole('button', { name: 'Avlys arrangementet' }).click();
    const cancelDialog = page.getByRole('dialog', { name: `Avlys «${title}»` });
    await cancelDialog.getByRole('button', { name: 'Avlys arrangementet' }).click();
    await expect(cancelDialog.getByText('Fyll ut feltet «Begrunnelse».').first()).toBeVisible();
    await expectAxeClean(page, 'cancel dialog (error)');
    await cancelDialog.getByLabel('Begrunnelse').fill('Foredragsholderen er syk.');
    await cancelDialog.getByRole('button', { name: 'Avlys arrangementet' }).click();
    await expect(page.getByRole('heading', { name: 'Arrangementet er avlyst' })).toBeVisible();
    await expect(page.getByText('Begrunnelse: Foredragsholderen er syk.')).toBeVisible();
    await expectAxeClean(page, 'event (cancelled)');

    // Bjørn's open page shows the cancellation live; Anna's stale page gets the translated error.
    await expect(bjorn.page.getByRole('heading', { name: 'Arrangementet er avlyst' })).toBeVisible();
    await registration(stale).getByRole('button', { name: 'Meld meg på venteliste' }).click();
    await expect(registration(stale).getByRole('alert')).toHaveText('Arrangementet er avlyst.');
    await expect(stale.getByRole('heading', { name: 'Arrangementet er avlyst' })).toBeVisible();
    await expectAxeClean(stale, 'event (registration error)');

    for (const person of [anna, bjorn, cecilie]) await person.context.close();
  });

  test('visitors filter the list and use the month calendar by keyboard', async ({ page, expectAxeClean }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arrangementer' }).click();
    await expect(h1(page)).toHaveText('Arrangementer');
    await expect(page).toHaveTitle('Arrangementer – Samhandling');
    await expect(page.getByRole('link', { name: WEBINAR, exact: true })).toBeVisible();
    const when = await page.getByRole('article').filter({ has: page.getByRole('link', { name: WEBINAR, exact: true }) }).getByText(/ kl\. /).textContent();
    const webinarMonth = /\d+\. (\S+ \d{4})/.exec(when ?? '')?.[1];
    expect(webinarMonth).toBeTruthy();
    await expect(page.getByRole('link', { name: 'Abonner på alle arrangementer' })).toHaveAttribute('href', /\/kalender\/arrangementer\.ics$/);
    await expectAxeClean(page, 'events list');

    // Filters, chosen with the keyboard, land in the URL and survive a reload.
    const kind = page.getByLabel('Type', { exact: true });
    await kind.focus();
    await kind.selectOption('WEBINAR');
    await expect(page).toHaveURL(/\?type=WEBINAR/);
    await expect(page.getByRole('link', { name: WEBINAR, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: GATHERING, exact: true })).toHaveCount(0);
    await page.getByLabel('Tema', { exact: true }).selectOption({ label: 'Tolking' });
    await expect(page).toHaveURL(/tema=/);
    await expect(page.getByRole('link', { name: /Abonner på arrangementer om Tolking/ })).toHaveAttribute('href', /\/kalender\/tema\/.+\.ics$/);
    await page.reload();
    await expect(kind).toHaveValue('WEBINAR');
    await expect(page.getByRole('link', { name: WEBINAR, exact: true })).toBeVisible();
    await page.getByLabel('Digitalt eller fysisk').selectOption('IN_PERSON');
    await expect(page.getByText('Ingen arrangementer passer med filtrene.')).toBeVisible();
    await expectAxeClean(page, 'events list (empty)');
    await page.getByRole('button', { name: 'Nullstill filtrene' }).click();
    await expect(page).toHaveURL(/\/arrangementer$/);

    await page.getByLabel('Fra dato', { exact: true }).fill('2000-01-01');
    await page.getByLabel('Til dato', { exact: true }).fill('2000-01-31');
    await page.getByLabel('Til dato', { exact: true }).blur();
    await expect(page).toHaveURL(/fra=2000-01-01&til=2000-01-31/);
    await expect(page.getByText('Ingen arrangementer passer med filtrene.')).toBeVisible();
    await page.getByRole('button', { name: 'Nullstill filtrene' }).click();

    // The calendar: a table with weekday headers; arrow keys move between days, Page Down to the next month.
    await page.getByRole('button', { name: 'Kalender' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/visning=kalender/);
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveCount(7);
    await expect(table.getByRole('columnheader').first()).toHaveText('man.');
    await expectAxeClean(page, 'events calendar');
    const active = table.locator('td[tabindex="0"]');
    await active.focus();
    const start = await active.getAttribute('data-date');
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-date'));
    expect(next).not.toBe(start);
    expect(next).toBeTruthy();

    // Page Down until the webinar's month (it is a few weeks ahead), then Tab-able links lead to the event.
    const month = page.locator('.events-calendar__month');
    for (let i = 0; i < 3 && (await month.textContent())?.trim() !== webinarMonth; i++) {
      await table.locator('td[tabindex="0"]').focus();
      await page.keyboard.press('PageDown');
      await expect(page).toHaveURL(/maned=\d{4}-\d{2}/);
      await expect(table.locator('td[tabindex="0"]')).toBeFocused();
    }
    await expect(month).toHaveText(webinarMonth!);
    const link = table.getByRole('link', { name: new RegExp(WEBINAR.replace(':', '\\:')) });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(h1(page)).toHaveText(WEBINAR);
    await expect(page).toHaveTitle(`${WEBINAR} – Samhandling`);
    await expect(page.getByText(/^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \d+\. \w+ \d{4} kl\. 12\.00–13\.30$/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Legg til i kalender' })).toHaveAttribute('href', /\/kalender\/arrangementer\/.+\.ics$/);
    await expectAxeClean(page, 'event (anonymous)');
  });

  test('a visitor registers as a guest: no seat until the e-mailed link confirms it, then cancels', async ({ page, request, expectAxeClean }) => {
    const email = uniqueEmail('gjest');
    await page.goto('/arrangementer');
    await page.getByRole('link', { name: GATHERING, exact: true }).click();
    await expect(h1(page)).toHaveText(GATHERING);
    const seatsBefore = await page.getByTestId('seats').textContent();
    await page.getByRole('button', { name: 'Meld meg på som gjest' }).click();
    await expect(page.getByLabel('Navn', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectAxeClean(page, 'guest form (errors)');
    await page.getByLabel('Navn', { exact: true }).fill('Gunnar Gjest');
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByRole('button', { name: 'Meld meg på som gjest' }).click();
    await expect(page.getByText(`Vi har sendt en e-post til ${email}. Du får plass først når du har bekreftet`, { exact: false })).toBeVisible();
    await expectAxeClean(page, 'guest form (done)');
    // Not confirmed yet: the seat count has not moved.
    await page.reload();
    await expect(page.getByTestId('seats')).toHaveText(seatsBefore!);

    // The link from the mail (read from /dev/mail.json) shows the pending registration; confirming takes the seat.
    await page.goto(await linkFromMail(request, email, '/pamelding'));
    await expect(h1(page)).toHaveText('Din påmelding');
    await expect(page.getByRole('link', { name: GATHERING })).toBeVisible();
    await expect(page.getByText(/^Status: Ikke bekreftet ennå\. Bekreft innen /)).toBeVisible();
    await expectAxeClean(page, 'guest registration (pending)');
    await page.getByRole('button', { name: 'Bekreft påmeldingen' }).click();
    await expect(page.getByText('Påmeldingen er bekreftet. Du har plass.')).toBeVisible();
    await expect(page.getByText('Status: Du har plass', { exact: true })).toBeVisible();
    await expectAxeClean(page, 'guest registration (confirmed)');
    await page.getByRole('link', { name: GATHERING }).click();
    await expect(page.getByTestId('seats')).not.toHaveText(seatsBefore!);
    await page.goBack();
    await page.getByRole('button', { name: 'Meld meg av' }).click();
    await expect(page.getByText('Du er meldt av.')).toBeVisible();
    await expect(page.getByText('Avmeldt')).toBeVisible();

    await page.goto('/pamelding?token=ugyldig');
    await expect(page.getByRole('alert')).toContainText('Lenken er ugyldig.');
    await expectAxeClean(page, 'guest registration (invalid)');
  });

  test('an open online meeting shows its join link to everyone, on the page and in the calendar file', async ({ page, request, expectAxeClean }) => {
    await page.goto('/arrangementer');
    await page.getByRole('link', { name: INFO_MEETING, exact: true }).click();
    await expect(h1(page)).toHaveText(INFO_MEETING);
    await expect(page.getByText('Du trenger ikke melde deg på. Velkommen!')).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://teams.example.no/tiia-infomote' })).toHaveAttribute('href', 'https://teams.example.no/tiia-infomote');
    await expectAxeClean(page, 'open event with join link');
    const ics = await request.get((await page.getByRole('link', { name: 'Legg til i kalender' }).getAttribute('href'))!);
    expect((await ics.text()).replace(/\r\n[ \t]/g, '')).toContain('https://teams.example.no/tiia-infomote');

    // An event with registration keeps its link for those with a seat.
    await page.goto('/arrangementer');
    await page.getByRole('link', { name: WEBINAR, exact: true }).click();
    await expect(page.getByText('Lenken vises for dem som har fått plass.')).toBeVisible();
    await expect(page.getByRole('link', { name: /teams\.example\.no/ })).toHaveCount(0);
  });

  test('a hybrid event lets a participant choose online, with its own places, and shows the join link once registered', async ({ page, browser, baseURL, expectAxeClean }) => {
    await page.goto('/arrangementer');
    await page.getByRole('link', { name: HYBRID, exact: true }).click();
    await expect(page.getByTestId('seats')).toHaveText(/^I salen: .+\. Digitalt: ubegrenset antall plasser, \d+ påmeldt/);
    // A guest is offered the choice as well.
    await expect(registration(page).getByRole('group', { name: 'Hvordan vil du delta?' })).toBeVisible();
    await expectAxeClean(page, 'hybrid event (anonymous)');

    const dina = await signedUpPerson(browser, baseURL, 'Dina Digital');
    await dina.page.goto(page.url());
    const choice = registration(dina.page).getByRole('group', { name: 'Hvordan vil du delta?' });
    await expect(choice.getByLabel(/^I salen \(/)).toBeVisible();
    await choice.getByLabel('Digitalt (ubegrenset antall plasser)').check();
    await expectAxeClean(dina.page, 'hybrid event (choice)');
    await registration(dina.page).getByRole('button', { name: 'Meld meg på', exact: true }).click();
    await expect(registration(dina.page).getByText('Du har plass Du deltar digitalt.', { exact: true })).toBeVisible();
    await expect(dina.page.getByRole('link', { name: 'https://teams.example.no/karriere' })).toBeVisible();
    await expectAxeClean(dina.page, 'hybrid event (registered online)');
    await dina.context.close();
  });
  test('organisers duplicate, edit, make a series and attach materials', async ({ page, expectAxeClean }) => {
    test.setTimeout(90_000);
    const title = `Kopi av samling ${Date.now().toString(36)}`;
    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto('/arrangementer');
    await page.getByRole('link', { name: GATHERING, exact: true }).click();
    await expect(page.getByRole('region', { name: 'For arrangøren' })).toBeVisible();
    await page.getByRole('button', { name: 'Lag kopi' }).click();

    await expect(h1(page)).toHaveText(`Rediger «${GATHERING}»`);
    await expect(flashMessage(page)).toContainText('Kopien er laget som utkast');
    await expect(page.getByLabel('Antall plasser')).toHaveValue('40');
    await expectAxeClean(page, 'edit event');
    await page.getByLabel('Tittel').fill(title);
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(h1(page)).toHaveText(title);
    await expect(page.getByText('Utkast', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Lag serie' }).click();
    const series = page.getByRole('dialog', { name: 'Lag en serie' });
    await series.getByLabel('Hvor ofte').selectOption('MONTHLY');
    await series.getByLabel('Antall nye arrangementer').selectOption('2');
    await expectAxeClean(page, 'series dialog');
    await series.getByRole('button', { name: 'Lag serien' }).click();
    await expect(page.getByText('2 nye utkast er laget.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lag serie' })).toBeFocused();

    await page.getByRole('button', { name: 'Publiser' }).click();
    await expect(page.getByText('Arrangementet er publisert.')).toBeVisible();
    await page.getByText('Opptak og materiell', { exact: true }).click();
    await page.getByLabel('Lenke til opptak').fill('ikke en lenke');
    await page.getByRole('button', { name: 'Lagre opptak og materiell' }).click();
    await expect(page.getByRole('link', { name: 'Skriv en gyldig lenke som begynner med https://' })).toBeVisible();
    await expectAxeClean(page, 'materials (error)');
    await page.getByLabel('Lenke til opptak').fill('https://video.example.no/opptak');
    await page.getByRole('textbox', { name: 'Materiell' }).fill('Se [presentasjonen](https://example.no/lysark.pdf).');
    await page.getByRole('button', { name: 'Lagre opptak og materiell' }).click();
    await expect(page.getByText('Opptak og materiell er lagret.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Se opptaket' })).toHaveAttribute('href', 'https://video.example.no/opptak');
    await expect(page.getByRole('link', { name: 'presentasjonen' })).toBeVisible();
    await expectAxeClean(page, 'event (organiser)');
  });

  test('county staff read the attendance report and an event with registration elsewhere, axe-clean in nb, nn and en', async ({ page, baseURL, expectAxeClean }) => {
    test.setTimeout(120_000);
    const title = `Fagdag om distriktsbosetting ${Date.now().toString(36)}`;
    const elsewhere = 'https://distriktssenteret.example.no/pamelding';
    // Made over the API: the form is covered above; this test is about the pages in three languages.
    const api = await apiLogin(baseURL, STAFF_EMAIL);
    let eventId: string;
    try {
      const orgs = await gql<{ organisations: { nodes: { id: string }[] } }>(api, '{ organisations(filter: { search: "Telemark fylkeskommune" }, first: 1) { nodes { id } } }');
      const day = dateAhead(40);
      const created = await gql<{ eventCreate: { id: string } }>(api, 'mutation ($i: EventInput!) { eventCreate(input: $i) { id } }', {
        i: { organisationId: orgs.organisations.nodes[0]!.id, title, kind: 'SEMINAR', mode: 'IN_PERSON', venueName: 'Bø hotell', startsAt: `${day}T09:00`, endsAt: `${day}T15:00`, externalRegistrationUrl: elsewhere },
      });
      eventId = created.eventCreate.id;
      await gql(api, 'mutation ($id: ID!) { eventPublish(id: $id) { id } }', { id: eventId });
    } finally {
      await api.dispose();
    }

    await logIn(page, STAFF_EMAIL, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    const words = {
      nb: { report: 'Oppmøte på arrangementer', show: 'Vis tallene', elsewhere: 'Påmeldingen til dette arrangementet skjer et annet sted.', link: 'Gå til påmeldingen', region: 'Påmelding' },
      nn: { report: 'Oppmøte på arrangement', show: 'Vis tala', elsewhere: 'Påmeldinga til dette arrangementet skjer ein annan stad.', link: 'Gå til påmeldinga', region: 'Påmelding' },
      en: { report: 'Attendance at events', show: 'Show the figures', elsewhere: 'Registration for this event happens elsewhere.', link: 'Go to the registration', region: 'Registration' },
    } as const;
    for (const [lang, w] of Object.entries(words)) {
      await page.goto('/arrangementer/oppmote');
      if (lang !== 'nb') {
        await page.getByLabel(/^(Språk|Language)$/).selectOption(lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
      await expect(h1(page)).toHaveText(w.report);
      await expect(page.getByRole('button', { name: w.show, exact: true })).toBeVisible();
      await expect(page.getByRole('table').first()).toBeVisible();
      await expectAxeClean(page, `attendance report (${lang})`);

      await page.goto(`/arrangementer/${eventId!}`);
      await expect(h1(page)).toHaveText(title);
      const panel = page.getByRole('region', { name: w.region });
      await expect(panel.getByText(w.elsewhere)).toBeVisible();
      await expect(panel.getByRole('link', { name: w.link })).toHaveAttribute('href', elsewhere);
      await expect(panel.getByRole('button')).toHaveCount(0);
      await expectAxeClean(page, `event with registration elsewhere (${lang})`);
    }
  });
});
