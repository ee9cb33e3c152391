import { execFileSync } from 'node:child_process';
import { request as playwrightRequest, type APIRequestContext, type Browser, type Download, type Page } from '@playwright/test';
import { expect } from './fixtures';

export const DEMO_PASSWORD = 'Samhandling-demo-2026';
export const STAFF_EMAIL = 'kari.fylke@demo.samhandling.no';
export const ADMIN_EMAIL = 'admin@demo.samhandling.no';

/** One GraphQL call with the request context's session cookie; throws on GraphQL errors. */
export async function gql<T = Record<string, unknown>>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  // JSON with a preflight header is not a "simple" request, so Apollo's CSRF prevention lets it through.
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'apollo-require-preflight': 'true' } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error in ${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Signs a request context in as a demo user (its cookie jar keeps the session). */
export async function logInApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  await gql(request, 'mutation ($e: String!, $p: String!) { accountLogin(email: $e, password: $p) { id } }', { e: email, p: password });
}

/** A new request context signed in as a demo user. */
export async function apiLogin(baseURL: string | undefined, email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  await logInApi(api, email);
  return api;
}

/** Oslo wall-clock "YYYY-MM-DDTHH:mm" of an instant, as round inputs want it. */
export function osloLocal(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(instant)
    .replace(' ', 'T');
}

/** A small valid one-page PDF with `text` on it: the server recognises it by its bytes. */
export function pdfFile(text: string): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj`,
      `4 0 obj << /Length ${text.length + 24} >> stream\nBT /F1 12 Tf 20 100 Td (${text}) Tj ET\nendstream endobj`,
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
  );
}

/** A password the server accepts (long, not a common one). */
export const GOOD_PASSWORD = 'Fjordbris-og-tyttebær-42';

/** Unique per run and retry, so tests also pass against a server with data from earlier runs. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.samhandling.no`;
}

/** A random organisation number with a valid mod-11 check digit (never one of the demo's). */
export function validOrgNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [8, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return [...digits, check === 11 ? 0 : check].join('');
  }
}

interface Mail {
  id: string;
  sentAt: string;
  to: string;
  subject: string;
  text: string;
}

/** Waits for the newest mail to `to` whose text contains `path`, and returns that link's path and query. */
export async function linkFromMail(request: APIRequestContext, to: string, path: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/dev/mail.json?to=${encodeURIComponent(to)}`);
        const mails = (await response.json()) as Mail[];
        for (const mail of mails) {
          const match = mail.text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}\\?token=[^\\s]+`));
          if (match) {
            link = match[0];
            return true;
          }
        }
        return false;
      },
      { message: `a mail to ${to} with a ${path} link`, timeout: 10_000 },
    )
    .toBe(true);
  const url = new URL(link!);
  return url.pathname + url.search;
}

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The app-wide status region for messages that follow a navigation. */
export const flashMessage = (page: Page) => page.locator('.app-flash');

export async function signUp(page: Page, user: { name: string; email: string; password?: string }): Promise<void> {
  await page.goto('/registrer');
  await expect(h1(page)).toHaveText('Registrer deg');
  await page.getByLabel('Navn').fill(user.name);
  await page.getByLabel('E-postadresse').fill(user.email);
  await page.getByLabel('Velg et passord').fill(user.password ?? GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Opprett konto' }).click();
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/logg-inn');
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/** Opens the signed-in user's menu in the header (their own pages and "Logg ut"). */
export async function openAccountMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('banner').getByRole('button', { name: /^Brukermeny for / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

export async function logOut(page: Page): Promise<void> {
  await openAccountMenu(page);
  await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
}

/** A second, independent browser (own cookies) for another person in the same story. */
export async function newPerson(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, locale: 'nb-NO' });
  return { context, page: await context.newPage() };
}

/** A new user with a confirmed address who registers a (pending) organisation; the page stays signed in as them. */
export async function founderWithOrganisation(page: Page, request: APIRequestContext, orgName: string): Promise<void> {
  const email = uniqueEmail('grunnlegger');
  await signUp(page, { name: 'Grete Grunnlegger', email });
  await expect(page).toHaveURL(/\/konto$/);
  await page.goto(await linkFromMail(request, email, '/konto/bekreft'));
  await expect(page.getByText('E-postadressen er bekreftet.')).toBeVisible();
  await page.goto('/organisasjoner/ny');
  await page.getByLabel('Navn på organisasjonen').fill(orgName);
  await page.getByLabel('Type organisasjon').selectOption('NGO');
  await page.getByRole('button', { name: 'Registrer organisasjonen' }).click();
  await expect(h1(page)).toHaveText(orgName);
}

/** The data.json of a downloaded data export (a zip), read with Python's zipfile: not the library that wrote it. */
export async function exportedData(download: Download): Promise<Record<string, unknown>> {
  const path = await download.path();
  const script = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; sys.stdout.write(z.read("data.json").decode("utf-8"))';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
}

export const DAY = 86_400_000;

/** A fresh OPEN round of the demo scheme, open to everyone, by default with no partners required and a day left. */
export async function openRound(staff: APIRequestContext, title: string, { minPartners = 0, days = 1 } = {}): Promise<string> {
  const { grantSchemes } = await gql<{ grantSchemes: { id: string }[] }>(staff, '{ grantSchemes { id } }');
  const input = {
    schemeId: grantSchemes[0]!.id,
    title,
    year: new Date().getFullYear() + 1,
    budget: 400_000,
    guidelines: '## Retningslinjer\n\nSøk om tilskudd til **arbeidsrettede tiltak**.',
    criteria: [{ key: 'relevance', title: 'Relevans', weight: 2 }],
    minPartners,
    contacts: 'tilskudd@telemarkfylke.example',
    opensAt: osloLocal(new Date(Date.now() - DAY)),
    closesAt: osloLocal(new Date(Date.now() + days * DAY)),
  };
  const { grantRoundCreate } = await gql<{ grantRoundCreate: { id: string } }>(staff, 'mutation ($input: GrantRoundInput!) { grantRoundCreate(input: $input) { id } }', { input });
  await gql(staff, 'mutation ($id: ID!) { grantRoundOpen(id: $id) { id } }', { id: grantRoundCreate.id });
  return grantRoundCreate.id;
}
