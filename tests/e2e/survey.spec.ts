import { expect, test } from '@playwright/test';
import { englishSurveyFromNiche, expectNoSeriousA11yViolations, failOnCspViolations, fillTestCard, waitForDb } from './support';

failOnCspViolations(test);

test('the built page carries its Content-Security-Policy: scripts and connections from the app only', async ({ page }) => {
  await page.goto('/s/demo-interest');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toMatch(/connect-src 'self'(;|$| https?:)/);
  expect(policy).not.toContain('unsafe-inline');
});

// The heart of the product, end to end in local mode: a survey built from the niche, published,
// answered on its public page (once offline, then online) and counted in the results.
test('build a survey from the niche, publish it, answer it offline then online, and read the verdict', async ({ page, context }) => {
  test.slow(); // two pages, one of them offline then online
  await englishSurveyFromNiche(page, 'productivity for introverted freelancers');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Productivity for introverted freelancers');
  await expect(page.getByRole('group', { name: /^Question \d+$/ })).toHaveCount(7);
  await expectNoSeriousA11yViolations(page, 'survey builder (draft)');

  // The threshold, decided before publishing.
  await fillTestCard(page, {
    hypothesis: 'At least 40 % of introverted freelancers looked for help last quarter.',
    answers: ['Yes, and I paid (course, coaching, tool)', 'Yes, with free resources'],
    rate: 40,
    minResponses: 5,
  });

  await page.getByRole('button', { name: 'Publish' }).click();
  const link = page.getByLabel('Public link');
  await expect(link).toHaveValue(/\/s\/[a-z0-9-]+$/);
  const publicPath = new URL(await link.inputValue()).pathname;
  await expectNoSeriousA11yViolations(page, 'survey builder (published)');

  // A respondent, in a second page of the same browser (local mode: same device only).
  const respondent = await context.newPage();
  await respondent.goto(publicPath);
  await expect(respondent.getByRole('heading', { level: 1 })).toContainText('Productivity for introverted freelancers');
  await expectNoSeriousA11yViolations(respondent, 'public survey page');
  await respondent.getByRole('radio', { name: 'Yes, and I paid (course, coaching, tool)' }).check();
  await respondent.getByRole('checkbox', { name: 'In an online group (Discord, Telegram, WhatsApp…)' }).check();
  await respondent.getByRole('group', { name: /how painful was it/ }).getByRole('radio', { name: '4' }).check();
  await respondent.getByLabel(/Tell us about the last time/).fill('I lost a whole Monday to email.');
  await respondent.getByRole('radio', { name: 'Yes, this year' }).check();

  await context.setOffline(true);
  await respondent.getByRole('button', { name: 'Send my answers' }).click();
  await expect(respondent.getByText('Kept on this device')).toBeVisible();
  await context.setOffline(false);
  await expect(respondent.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeVisible();

  // The response is in the results, with the verdict.
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Results:');
  const totals = page.getByRole('region', { name: 'Totals' });
  await expect(totals.getByText('Responses', { exact: true })).toBeVisible();
  await expect(totals.locator('dd').first()).toHaveText('1');
  await expect(page.getByText('Not enough answers yet: 1 of 5.')).toBeVisible();
  // The template's threshold question asks what people did: fair evidence, said so beside the verdict.
  await expect(page.getByText('Fair: what people say they did.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'survey results');

  // And once more in French.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByText('Pas encore assez de réponses : 1 sur 5.')).toBeVisible();
  await expect(page.getByText('Moyen : ce que les gens disent avoir fait.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'survey results (fr)');
});

test('a survey title made of HTML shows as text on every page', async ({ page }) => {
  await page.goto('/plan/niche');
  await waitForDb(page);
  await page.getByLabel('Your niche in one sentence').fill('yoga for riders');
  await page.getByRole('link', { name: 'Next: Validate' }).click();
  await page.getByRole('button', { name: 'Create the survey' }).click();
  await expect(page).toHaveURL(/\/edit$/);
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('<img src=x onerror=alert(1)>');
  await title.blur();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img:not(.qr)').count()).toBe(0);
});
