import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, navigateInApp, presetLocale, saveStatus, tabUntil, waitForDb } from './support';

// Every test runs in a fresh browser context: a new IndexedDB, so a new local database.

test.describe('in a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test("loads in the browser's language, switches language, walks to step 2 and back, reloads and finds the draft intact", async ({
    page,
  }) => {
    const statement = 'productivité pour freelances introvertis';

    await page.goto('/');
    await expect(page).toHaveURL(/\/plan\/niche$/);
    await expect(page.getByRole('heading', { level: 1, name: 'À qui s’adresse votre communauté ?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await waitForDb(page);

    await page.getByRole('textbox', { name: 'Votre niche en une phrase' }).fill(statement);
    await expect(saveStatus(page)).toHaveText('Enregistré');

    const languages = page.getByRole('group', { name: 'Langue' });
    await expect(languages.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
    await languages.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Who is your community for?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('link', { name: 'Next: Validate' }).click();
    await expect(page).toHaveURL(/\/plan\/survey$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Test the interest with real people' })).toBeVisible();
    const steps = page.getByRole('navigation', { name: 'Plan steps' });
    await expect(steps.getByRole('link', { name: /^Niche\s*\(complete\)$/ })).toBeVisible();
    await expect(steps.getByRole('link', { name: /^Validate\s*\(not done yet\)$/ })).toHaveAttribute('aria-current', 'step');

    await page.getByRole('link', { name: 'Back: Niche' }).click();
    await expect(page).toHaveURL(/\/plan\/niche$/);
    const textarea = page.getByRole('textbox', { name: 'Your niche in one sentence' });
    await expect(textarea).toHaveValue(statement);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is your community for?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(textarea).toHaveValue(statement);
    await waitForDb(page);
    await expect(textarea).toHaveValue(statement);

    // Forget the draft kept in this browser: the statement must now come from the database
    // (PGlite, persisted in IndexedDB), which proves the backend saved it.
    await page.addInitScript(() => {
      (window as unknown as { draftAtStart: string | null }).draftAtStart = window.localStorage.getItem('noyau.draft');
    });
    const removed = await page.evaluate(() => {
      window.localStorage.removeItem('noyau.draft');
      return window.localStorage.getItem('noyau.draft');
    });
    expect(removed).toBeNull();
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { draftAtStart: string | null }).draftAtStart)).toBeNull();
    await waitForDb(page);
    await expect(textarea).toHaveValue(statement);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('the wizard works by keyboard alone', async ({ page }) => {
  const statement = 'calm productivity for introverted freelancers';

  await page.goto('/plan/niche');
  await waitForDb(page);

  // The first Tab reaches the skip link, which jumps over the header to the page's content.
  await tabUntil(page, (el) => el.tag === 'a' && el.name === 'Skip to content', { max: 1 });
  await page.keyboard.press('Enter');
  await tabUntil(page, (el) => el.tag === 'textarea' && el.name === 'Your niche in one sentence', { max: 3 });
  await page.keyboard.type(statement);
  await expect(page.getByRole('textbox', { name: 'Your niche in one sentence' })).toHaveValue(statement);

  await tabUntil(page, (el) => el.tag === 'a' && el.name === 'Next: Validate');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/plan\/survey$/);
  const surveyHeading = page.getByRole('heading', { level: 1, name: 'Test the interest with real people' });
  await expect(surveyHeading).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

  // And back, from the heading, with Tab to the pager.
  await tabUntil(page, (el) => el.tag === 'a' && el.name === 'Back: Niche');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/plan\/niche$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Who is your community for?' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Your niche in one sentence' })).toHaveValue(statement);

  // Shift+Tab walks backwards from the heading to the step indicator, then Tab returns to the field.
  await tabUntil(page, (el) => el.tag === 'a' && /^Niche\b/.test(el.name), { backwards: true });
  await tabUntil(page, (el) => el.tag === 'textarea');
  await page.keyboard.type('!');
  await expect(page.getByRole('textbox', { name: 'Your niche in one sentence' })).toHaveValue(`${statement}!`);
  await expect(saveStatus(page)).toHaveText('Saved');
});

const a11yPaths = ['/plan/niche', '/plan/survey', '/plan/summary', '/coach', '/help/local-mode', '/s/unknown-slug', '/nowhere'];

for (const locale of ['fr', 'en'] as const) {
  test(`axe finds no serious or critical violation (${locale})`, async ({ page }) => {
    await presetLocale(page, locale);
    // One full load opens the local database; the other routes are reached inside the app,
    // as a link would, so the database is not reopened for each of them.
    await page.goto(a11yPaths[0]!);
    await waitForDb(page);
    for (const path of a11yPaths) {
      await test.step(path, async () => {
        await navigateInApp(page, path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toHaveCount(1);
        await expect(heading).toBeVisible();
        // The public survey page lives outside the creator's app and its database status.
        if (!path.startsWith('/s/')) await waitForDb(page);
        await expectNoSeriousA11yViolations(page, `${path} (${locale})`, { soft: true });
      });
    }
    // A full load of a page outside the wizard, too (the public page, and the not-found page).
    for (const path of ['/s/unknown-slug', '/nowhere']) {
      await test.step(`${path} (full load)`, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousA11yViolations(page, `${path} (${locale}, full load)`, { soft: true });
      });
    }
  });
}

test('an unknown page shows a readable not-found page', async ({ page }) => {
  await page.goto('/nowhere');
  await expect(page).toHaveURL(/\/nowhere$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is nothing at this address.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to my plan' }).click();
  await expect(page).toHaveURL(/\/plan\/niche$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Who is your community for?' })).toBeVisible();
});

test('local profiles keep plans apart', async ({ page }) => {
  const statement = 'weekend bakers who sell at farmers markets';

  await page.goto('/plan/niche');
  await waitForDb(page);
  const profile = page.getByRole('combobox', { name: 'Profile' });
  const textarea = page.getByRole('textbox', { name: 'Your niche in one sentence' });
  await expect(profile.locator('option:checked')).toHaveText('Me');

  await textarea.fill(statement);
  await expect(saveStatus(page)).toHaveText('Saved');

  page.once('dialog', (dialog) => {
    expect(dialog.type()).toBe('prompt');
    expect(dialog.message()).toBe('Name of the new local profile');
    void dialog.accept('Coach Lea');
  });
  await page.getByRole('button', { name: 'New profile…' }).click();
  await expect(profile.locator('option:checked')).toHaveText('Coach Lea');
  await expect(profile).toBeEnabled();
  await expect(textarea).toHaveValue('');

  await profile.selectOption({ label: 'Me' });
  await expect(profile.locator('option:checked')).toHaveText('Me');
  await expect(textarea).toHaveValue(statement);

  await profile.selectOption({ label: 'Coach Lea' });
  await expect(profile.locator('option:checked')).toHaveText('Coach Lea');
  await expect(textarea).toHaveValue('');
});
