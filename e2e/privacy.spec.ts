import { expect, test } from './fixtures';
import { exportedData, founderWithOrganisation, h1 } from './helpers';

test.describe('privacy: the data export and deleting the account', () => {
  test("the only admin of an organisation downloads their data as a zip, and is told what to hand over before deleting the account", async ({ page, request, expectAxeClean }) => {
    const orgName = `Personvernlaget ${Date.now()}`;
    await founderWithOrganisation(page, request, orgName);

    await page.goto('/konto');
    await expect(h1(page)).toHaveText('Min profil');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned mine data' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^samhandling-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const exported = await exportedData(download);
    expect(exported.account).toMatchObject({ name: 'Grete Grunnlegger' });
    expect(exported.memberships).toEqual([expect.objectContaining({ organisationName: orgName, role: 'ADMIN' })]);
    expect(exported.organisationsRegistered).toEqual([expect.objectContaining({ name: orgName })]);
    expect(exported).toHaveProperty('messages', []);
    await expect(page.getByText('Dataene er lastet ned.')).toBeVisible();

    // Leaving the organisation would be refused: so deleting the account is not offered, and the page says why.
    const section = page.getByRole('region', { name: 'Slett kontoen' });
    await expect(section.getByText('Du kan ikke slette kontoen ennå. Du er den eneste som kan administrere dette:')).toBeVisible();
    await expect(section.getByRole('listitem')).toHaveText([`Organisasjon: ${orgName}`]);
    await expect(section.getByRole('button', { name: 'Slett kontoen …' })).toHaveCount(0);
    await expectAxeClean(page, 'profile (deletion blocked)');

    await section.getByRole('link', { name: orgName }).click();
    await expect(h1(page)).toHaveText(orgName);
  });
});
