import { expect, test } from '@playwright/test';
import { waitForDb } from './support';

// A first visit opens the database image built with the app (fetched by the page's first script,
// alongside the app's code) instead of replaying the migrations; a reload opens what IndexedDB
// holds and does not fetch the image again.
test('a first visit opens the built database image, fetched once; a reload does not fetch it again', async ({ context, page }) => {
  const images: string[] = [];
  context.on('request', (request) => {
    if (/\/assets\/noyau-db-[\w-]+\.tar\.gz$/.test(new URL(request.url()).pathname)) images.push(request.url());
  });
  await page.goto('/plan/niche');
  await waitForDb(page);
  expect(images).toHaveLength(1);

  // Something written, kept across the reload.
  page.once('dialog', (dialog) => void dialog.accept('Kept'));
  await page.getByRole('button', { name: 'New profile…' }).click();
  await expect(page.getByRole('combobox', { name: 'Profile' }).locator('option:checked')).toHaveText('Kept');

  await page.reload();
  await waitForDb(page);
  await expect(page.getByRole('combobox', { name: 'Profile' }).getByRole('option')).toHaveText(['Me', 'Kept']);
  expect(images).toHaveLength(1);
});
