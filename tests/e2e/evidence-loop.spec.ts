import { expect, test, type Page } from '@playwright/test';
import { englishSurveyFromNiche, expectNoSeriousA11yViolations, failOnCspViolations, fillTestCard, navigateInApp } from './support';

failOnCspViolations(test);

// Issue 16's loop, end to end in local mode: a survey with a conditional question, answered on
// both of its branches, a verdict that says what it rests on, and a learning card that narrows
// the niche into a new version, shown on the summary; in English and in French.

/** Another respondent on this device: the page forgets the previous one's answers and key. */
async function nextRespondent(page: Page, path: string): Promise<void> {
  await page.evaluate((slug) => localStorage.removeItem(`noyau.respond.${slug}`), path.replace(/^\/s\//, ''));
  await page.goto(path);
}

test('a conditional survey answered on both branches, its verdict and strength, and a learning card that narrows the niche', async ({ page, context }) => {
  test.slow();
  await englishSurveyFromNiche(page, 'productivity for introverted freelancers');

  // Question 2 (where people looked for help) only for those who looked for help.
  const second = page.getByRole('group', { name: 'Question 2' });
  const showIt = second.getByLabel('Show it');
  const afterFirst = await showIt.locator('option', { hasText: /^Depending on the answer to question 1: / }).textContent();
  await showIt.selectOption({ label: afterFirst ?? '' });
  await second.getByRole('checkbox', { name: 'Yes, with free resources' }).check();
  await expect(second.getByText('Shown only to people who answered “Yes, and I paid (course, coaching, tool)” or “Yes, with free resources” to question 1.')).toBeVisible();
  // What an answer to question 1 proves, read from its wording: what people did.
  await expect(page.getByRole('group', { name: 'Question 1' }).getByLabel('What an answer proves')).toHaveValue('behaviour');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await fillTestCard(page, {
    hypothesis: 'At least half of introverted freelancers looked for help last year.',
    answers: ['Yes, and I paid (course, coaching, tool)', 'Yes, with free resources'],
    rate: 50,
    minResponses: 5,
  });
  await page.getByRole('button', { name: 'Publish' }).click();
  const publicPath = new URL(await page.getByLabel('Public link').inputValue()).pathname;
  const editPath = new URL(page.url()).pathname;

  // Two respondents on this device: one who looked for help sees question 2, one who did not does not.
  const respondent = await context.newPage();
  await respondent.goto(publicPath);
  const where = respondent.getByRole('group', { name: /Where have you already talked about it/ });
  await expect(where).toHaveCount(0);
  await respondent.getByRole('radio', { name: 'Yes, and I paid (course, coaching, tool)' }).check();
  await expect(where).toBeVisible();
  await where.getByRole('checkbox', { name: 'In an online group (Discord, Telegram, WhatsApp…)' }).check();
  await respondent.getByRole('group', { name: /how painful was it/ }).getByRole('radio', { name: '4' }).check();
  await respondent.getByLabel(/Tell us about the last time/).fill('I lost a whole Monday to email.');
  await respondent.getByRole('radio', { name: 'Yes, this year' }).check();
  await respondent.getByRole('button', { name: 'Send my answers' }).click();
  await expect(respondent.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeFocused();

  await nextRespondent(respondent, publicPath);
  await respondent.getByRole('radio', { name: 'No', exact: true }).check();
  await expect(where).toHaveCount(0);
  await respondent.getByRole('group', { name: /how painful was it/ }).getByRole('radio', { name: '2' }).check();
  await respondent.getByLabel(/Tell us about the last time/).fill('Nothing comes to mind.');
  await respondent.getByRole('radio', { name: 'Never' }).check();
  await respondent.getByRole('button', { name: 'Send my answers' }).click();
  await expect(respondent.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeFocused();
  await respondent.close();

  // The results: who saw question 2, the verdict, and what it rests on.
  await navigateInApp(page, editPath.replace(/\/edit$/, '/results'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Results:');
  await expect(page.getByText('Shown to 1 of 2 (depends on an earlier answer)')).toBeVisible();
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText('What we believed At least half of introverted freelancers looked for help last year.');
  await expect(verdict).toContainText('Not enough answers yet: 2 of 5.');
  await expect(verdict).toContainText('Fair: what people say they did.');
  await expectNoSeriousA11yViolations(page, 'results with the verdict and its strength');

  // The test ends: the creator closes it and writes what it taught, narrowing the niche.
  await navigateInApp(page, editPath);
  await page.getByRole('button', { name: 'Close the survey' }).click();
  await page.getByRole('link', { name: 'See the results' }).click();
  const learning = page.getByRole('region', { name: 'Learning card' });
  await learning.getByLabel('What we learned').fill('Only those who work from home looked for help.');
  await learning.getByRole('radio', { name: 'Narrow the niche' }).check();
  await learning.getByLabel('New niche statement').fill('productivity for introverted home freelancers');
  await expectNoSeriousA11yViolations(page, 'results with the learning card form');
  await learning.getByRole('button', { name: 'Save the learning card' }).click();
  await expect(learning.getByRole('status')).toHaveText('Learning card saved.');
  await expect(learning.getByRole('heading', { name: /^Learning card: / })).toBeFocused();
  // What was observed keeps the verdict and what it rested on.
  await expect(learning).toContainText('Fair: what people say they did.');
  await expectNoSeriousA11yViolations(page, 'results with the learning card');

  // The summary: the new niche, the verdict with its strength, the card and the niche's versions.
  await navigateInApp(page, '/plan/summary');
  await expect(page.locator('.plan-document-niche')).toHaveText('productivity for introverted home freelancers');
  await expect(page.getByText('What it rests on: Fair: what people say they did.', { exact: false }).first()).toBeVisible();
  const history = page.getByRole('region', { name: 'What the tests taught' });
  await expect(history.getByRole('article')).toHaveCount(1);
  await expect(history.getByRole('listitem')).toHaveText([
    /^Version 1 productivity for introverted freelancers Before the first narrowing\./,
    /^Version 2 productivity for introverted home freelancers After the survey/,
  ]);
  await expectNoSeriousA11yViolations(page, 'summary with the learning card');

  await page.getByRole('button', { name: 'Français' }).click();
  const appris = page.getByRole('region', { name: 'Ce que les tests ont appris' });
  await expect(appris.getByText('Resserrer la niche')).toBeVisible();
  await expect(appris).toContainText('Moyen : ce que les gens disent avoir fait.');
  await expectNoSeriousA11yViolations(page, 'summary with the learning card (fr)');
});
