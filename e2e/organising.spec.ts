import { request as playwrightRequest } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, gql, h1, logIn, logInApi } from './helpers';

const OMAR = 'omar.frivillig@demo.samhandling.no';
const RED_CROSS = 'Skien Røde Kors';

/** A draft event of Skien Røde Kors, made over the API as Omar (its admin), three weeks ahead. */
async function redCrossDraft(baseURL: string | undefined, title: string): Promise<{ organisationId: string }> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    await logInApi(api, OMAR);
    const orgs = await gql<{ organisations: { nodes: { id: string }[] } }>(api, '{ organisations(filter: { search: "Skien Røde Kors" }, first: 1) { nodes { id } } }');
    const organisationId = orgs.organisations.nodes[0]!.id;
    const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    await gql(api, 'mutation ($i: EventInput!) { eventCreate(input: $i) { id } }', {
      i: { organisationId, title, kind: 'NETWORK_MEETING', mode: 'IN_PERSON', startsAt: `${day}T18:00`, endsAt: `${day}T20:00`, venueName: 'Frivilligsentralen' },
    });
    return { organisationId };
  } finally {
    await api.dispose();
  }
}

test.describe('organisers find their events', () => {
  test('an organisation admin finds a draft under "Mine arrangementer" and on the organisation page; visitors do not see it', async ({ page, baseURL, expectAxeClean }) => {
    const title = `Utkast til frivilligkveld ${Date.now().toString(36)}`;
    const { organisationId } = await redCrossDraft(baseURL, title);

    await logIn(page, OMAR, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/logg-inn/);
    await page.goto('/arrangementer');
    await page.getByRole('link', { name: 'Mine arrangementer' }).click();
    await expect(h1(page)).toHaveText('Mine arrangementer');
    const mine = page.getByRole('region', { name: RED_CROSS });
    const card = mine.getByRole('article').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect(card).toBeVisible();
    await expect(card.getByText('Utkast', { exact: true })).toBeVisible();
    await expect(mine.getByText(/utkast/)).toBeVisible();
    await expectAxeClean(page, 'organising events');
    await mine.getByRole('button', { name: 'Tidligere' }).click();
    await expect(mine.getByRole('button', { name: 'Tidligere' })).toHaveAttribute('aria-pressed', 'true');
    await expect(mine.getByRole('link', { name: title, exact: true })).toHaveCount(0);

    await page.goto(`/organisasjoner/${organisationId}`);
    await expect(h1(page)).toHaveText(RED_CROSS);
    await expect(page.getByRole('region', { name: 'Arrangementer' }).getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Aktiviteter' }).getByRole('article').first()).toBeVisible();
    await expectAxeClean(page, 'organisation page (member)');

    await page.context().clearCookies();
    await page.reload();
    await expect(h1(page)).toHaveText(RED_CROSS);
    await expect(page.getByRole('region', { name: 'Aktiviteter' }).getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Arrangementer' })).toBeVisible();
    await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  });

  test('nynorsk pages name the weekdays in nynorsk', async ({ page, expectAxeClean }) => {
    await page.goto('/arrangementer');
    await page.getByLabel('Språk').selectOption('nn');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    // The line under each card's title is its date: "tysdag 8. desember 2026 kl. 18.00–20.00".
    const dates = page.getByRole('article').locator('h3 + p');
    await expect(dates.first()).toBeVisible();
    const text = (await dates.allInnerTexts()).join(' | ').toLowerCase();
    expect(text).toMatch(/måndag|tysdag|onsdag|torsdag|fredag|laurdag|sundag/);
    expect(text).not.toMatch(/mandag|tirsdag|lørdag|søndag/);
    await page.getByRole('article').first().getByRole('heading').getByRole('link').click();
    await expect(h1(page)).toBeVisible();
    await expectAxeClean(page, 'event page (nn)');
  });
});
