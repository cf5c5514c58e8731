import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, failOnCspViolations, navigateInApp, waitForDb } from './support';

failOnCspViolations(test);

// Issue 16's loop closes: the demo's survey ends, its learning card narrows the niche into a new
// version, and the summary shows the card and the niche's versions, in both languages.
const DEMO_SURVEY = '00000000-0000-4000-8000-00000000d5e1';

test('an ended survey gets its learning card, which narrows the niche; the summary shows both', async ({ page }) => {
  test.slow();
  await page.goto('/plan/niche');
  await waitForDb(page);
  await page.getByRole('button', { name: 'Load the demo' }).click();
  await expect(page.getByRole('combobox', { name: /profile/i })).toHaveValue(/d1$/);

  await navigateInApp(page, `/surveys/${DEMO_SURVEY}/edit`);
  await page.getByRole('button', { name: 'Close the survey' }).click();
  await page.getByRole('link', { name: 'See the results' }).click();

  const panel = page.getByRole('region', { name: 'Learning card' });
  await panel.getByLabel('What we learned').fill('Those who work alone at home answered yes; the others did not.');
  await panel.getByRole('radio', { name: 'Narrow the niche' }).check();
  await panel.getByLabel('New niche statement').fill('productivity for introverted home freelancers');
  await expectNoSeriousA11yViolations(page, 'results with the learning card form');
  await panel.getByRole('button', { name: 'Save the learning card' }).click();
  await expect(panel.getByRole('status')).toHaveText('Learning card saved.');
  await expect(panel.getByRole('heading', { name: /^Learning card: / })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'results with the learning card');

  await navigateInApp(page, '/plan/summary');
  await expect(page.locator('.plan-document-niche')).toHaveText('productivity for introverted home freelancers');
  const history = page.getByRole('region', { name: 'What the tests taught' });
  await expect(history.getByRole('article')).toHaveCount(1);
  await expect(history.getByRole('listitem')).toHaveText([
    /^Version 1 productivité pour freelances introvertis Before the first narrowing\./,
    /^Version 2 productivity for introverted home freelancers After the survey/,
  ]);
  await expectNoSeriousA11yViolations(page, 'summary with a learning card');

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('region', { name: 'Ce que les tests ont appris' }).getByText('Resserrer la niche')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'summary with a learning card (fr)');
});
