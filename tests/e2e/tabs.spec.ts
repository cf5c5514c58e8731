import { expect, test, type Page } from '@playwright/test';
import { DB_TIMEOUT, waitForDb } from './support';

// Without SharedWorker (Chrome on Android), every tab used to open its own PGlite on the same
// IndexedDB store, and the last one to store it erased the other's writes. Now one tab, elected
// with a Web Lock, holds the database and the others forward their calls to it.

/** `timeout`: room for a tab that must first open the database (it just became the leader). */
async function createProfile(page: Page, name: string, timeout?: number) {
  page.once('dialog', (dialog) => void dialog.accept(name));
  await page.getByRole('button', { name: 'New profile…' }).click();
  await expect(page.getByRole('combobox', { name: 'Profile' }).locator('option:checked')).toHaveText(name, { timeout });
}

test('two tabs without SharedWorker write to one database: no write is lost', async ({ context }) => {
  test.slow(); // three page loads, each opening the local database
  await context.addInitScript(() => {
    delete (window as { SharedWorker?: unknown }).SharedWorker;
  });
  const first = await context.newPage();
  await first.goto('/plan/niche');
  await waitForDb(first);
  expect(await first.evaluate(() => typeof SharedWorker)).toBe('undefined');
  const second = await context.newPage();
  await second.goto('/plan/niche');
  await waitForDb(second);

  await createProfile(first, 'Alice');
  await createProfile(second, 'Bob');
  await createProfile(first, 'Chloé');

  // The tab holding the database goes away; the other takes over, from what was stored, at once.
  await first.close();
  await createProfile(second, 'Dan', DB_TIMEOUT);
  await second.reload();
  await waitForDb(second);
  const options = second.getByRole('combobox', { name: 'Profile' }).getByRole('option');
  await expect(options).toHaveText(['Me', 'Alice', 'Bob', 'Chloé', 'Dan']);

  const third = await context.newPage();
  await third.goto('/plan/niche');
  await waitForDb(third);
  await expect(third.getByRole('combobox', { name: 'Profile' }).getByRole('option')).toHaveText(['Me', 'Alice', 'Bob', 'Chloé', 'Dan']);
});
