import { expect, test } from '@playwright/test';
import { DB_TIMEOUT, expectNoSeriousA11yViolations, failOnCspViolations, navigateInApp, saveStatus, tabUntil, waitForDb } from './support';

failOnCspViolations(test);

// Every test runs in a fresh browser context: a new IndexedDB, so a new local database.
// The longest tests come first so that the two workers finish at about the same time.

const a11yPaths = ['/plan/niche', '/plan/survey', '/plan/summary', '/coach', '/help/local-mode', '/s/unknown-slug', '/nowhere'];

test.describe('in a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test("loads in the browser's language, switches language, walks to step 2 and back, reloads and finds the draft intact", async ({
    page,
  }) => {
    test.slow(); // opens the local database three times: a fresh one, then two reloads
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
    // (PGlite, persisted in IndexedDB), which proves the backend saved it. The draft is removed
    // at the start of the next load, before the app runs, so the open page cannot write it back.
    await page.addInitScript(() => {
      if (window.sessionStorage.getItem('e2e.dropDraft') !== '1') return;
      window.sessionStorage.removeItem('e2e.dropDraft');
      window.localStorage.removeItem('noyau.draft');
      (window as unknown as { draftDropped: boolean }).draftDropped = true;
    });
    await page.evaluate(() => window.sessionStorage.setItem('e2e.dropDraft', '1'));
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { draftDropped?: boolean }).draftDropped)).toBe(true);
    await waitForDb(page);
    await expect(textarea).toHaveValue(statement);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('axe finds no serious or critical violation', async ({ page }) => {
    test.slow(); // sixteen pages analysed by axe on a two-core machine
    // One full load opens the local database; the routes are then reached inside the app, as a
    // link would, so the database is not reopened for each of them.
    await page.goto('/plan/niche');
    await waitForDb(page);
    for (const locale of ['fr', 'en'] as const) {
      if (locale === 'en') {
        await navigateInApp(page, '/plan/niche');
        await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'English' }).click();
      }
      for (const path of a11yPaths) {
        await test.step(`${path} (${locale})`, async () => {
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
    }
    // Respondents open the public survey link directly: a full load, in each language.
    for (const locale of ['en', 'fr'] as const) {
      await test.step(`/s/unknown-slug (${locale}, full load)`, async () => {
        await page.evaluate((value) => {
          window.localStorage.setItem('noyau.locale', JSON.stringify({ state: { locale: value }, version: 0 }));
        }, locale);
        await page.goto('/s/unknown-slug');
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: DB_TIMEOUT });
        await expectNoSeriousA11yViolations(page, `/s/unknown-slug (${locale}, full load)`, { soft: true });
      });
    }
  });
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

  // "New profile…" asks for the name with window.prompt.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.accept('Coach Lea');
  });
  await page.getByRole('button', { name: 'New profile…' }).click();
  await expect.poll(() => asked).toEqual(['prompt: Name of the new local profile']);
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

test('the wizard works by keyboard alone', async ({ page }) => {
  const statement = 'calm productivity for introverted freelancers';

  // No wait for the local database: the wizard must be usable while it opens.
  await page.goto('/plan/niche');
  await expect(page.getByRole('heading', { level: 1, name: 'Who is your community for?' })).toBeVisible();

  // The first Tab reaches the skip link, which jumps over the header to the page's content.
  await tabUntil(page, (el) => el.tag === 'a' && el.name === 'Skip to content', { max: 1 });
  await page.keyboard.press('Enter');
  // The skip link's target shows where the focus went.
  const main = page.locator('main#main');
  await expect(main).toBeFocused();
  expect(await main.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await tabUntil(page, (el) => el.tag === 'textarea' && el.name === 'Your niche in one sentence');
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
  await tabUntil(page, (el) => el.tag === 'a' && el.name === 'Niche (complete)', { backwards: true });
  await tabUntil(page, (el) => el.tag === 'textarea');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('!');
  await expect(page.getByRole('textbox', { name: 'Your niche in one sentence' })).toHaveValue(`${statement}!`);

  // Completed by keyboard, the step survives a reload.
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your niche in one sentence' })).toHaveValue(`${statement}!`);
});

test('an unknown page shows a readable not-found page', async ({ page }) => {
  await page.goto('/nowhere');
  await expect(page).toHaveURL(/\/nowhere$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is nothing at this address.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to my plan' }).click();
  await expect(page).toHaveURL(/\/plan\/niche$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Who is your community for?' })).toBeVisible();
});
