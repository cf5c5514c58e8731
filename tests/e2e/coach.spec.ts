import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, failOnCspViolations, navigateInApp, saveStatus, waitForDb } from './support';

failOnCspViolations(test);

// Coach review in local mode, on one machine: a creator writes a plan and makes an invitation,
// switches to a local coach profile, which accepts it and comments (a decision waits for a review
// request: tests/e2e/review-loop.spec.ts); back as the creator, the comment is next to the step;
// then the creator revokes, and the coach profile loses the plan. Every page on the way is
// checked with axe.

const statement = 'productivity for introverted freelancers';

async function switchProfile(page: Page, label: string) {
  const menu = page.getByRole('combobox', { name: 'Profile' });
  await menu.selectOption({ label });
  await expect(menu.locator('option:checked')).toHaveText(label);
  await expect(menu).toBeEnabled();
}

test('a creator shares a plan with a coach, who comments, until access is revoked', async ({ page }) => {
  test.slow();
  await page.goto('/account');
  await waitForDb(page);

  // The creator names their profile, then writes the niche.
  const name = page.getByRole('textbox', { name: 'Display name' });
  await name.fill('Camille');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await navigateInApp(page, '/plan/niche');
  await page.getByRole('textbox', { name: 'Your niche in one sentence' }).fill(statement);
  await expect(saveStatus(page)).toHaveText('Saved');

  // From the summary: an invitation, shown once.
  await navigateInApp(page, '/plan/summary');
  await page.getByRole('button', { name: 'Share with my coach' }).click();
  const share = page.getByRole('region', { name: 'Share with your coach' });
  await expect(share.getByText(/Nothing is shared yet\./)).toBeVisible();
  await share.getByRole('button', { name: 'Create an invitation' }).click();
  const code = (await share.locator('.invitation-code').textContent())!.trim();
  expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await expect(share.getByText(`/coach/join#${code}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'summary with the share panel');

  // A second local profile: the coach.
  page.once('dialog', (dialog) => void dialog.accept('My coach'));
  await page.getByRole('button', { name: 'New profile…' }).click();
  await expect(page.getByRole('combobox', { name: 'Profile' }).locator('option:checked')).toHaveText('My coach');
  await navigateInApp(page, '/coach');
  await expect(page.getByRole('heading', { level: 1, name: 'Your clients' })).toBeVisible();
  await page.getByRole('button', { name: 'Use this profile as a coach' }).click();
  // The role heads its group in the menu; the name is not followed by it again ("My coach · coach").
  await expect(page.getByRole('combobox', { name: 'Profile' }).locator('optgroup[label="Coaches"] option:checked')).toHaveText('My coach');
  await expect(page.getByRole('combobox', { name: 'Profile' }).locator('optgroup[label="Creators"] option')).toHaveText(['Camille']);
  await expectNoSeriousA11yViolations(page, '/coach, no client yet');
  await page.getByRole('textbox', { name: 'Invitation code' }).fill(code);
  await page.getByRole('button', { name: 'Accept and open the plan' }).click();

  // The review: the plan read-only, a comment on the niche; nothing to decide before a request.
  await expect(page.getByRole('heading', { level: 1, name: 'Plan of Camille' })).toBeVisible();
  const niche = page.getByRole('region', { name: 'Niche' });
  await expect(niche.getByText(statement).first()).toBeVisible();
  await niche.getByRole('textbox', { name: 'Your comment on “Niche”' }).fill('Say who they are first: <b>introverts</b> who work alone?');
  await niche.getByRole('button', { name: 'Send the comment' }).click();
  await expect(niche.locator('.comment-body')).toHaveText('Say who they are first: <b>introverts</b> who work alone?');
  const review = page.getByRole('region', { name: 'Your review' });
  await expect(review.getByText('Nothing to decide yet.')).toBeVisible();
  await expect(review.getByRole('button')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the review page');
  const reviewUrl = new URL(page.url()).pathname;

  await navigateInApp(page, '/coach');
  const row = page.getByRole('table', { name: 'Your clients’ plans' }).getByRole('row', { name: /Camille/ });
  await expect(row).toContainText('Not reviewed yet');
  await expect(row).toContainText('Comments: 1 · 1 open thread');
  await expectNoSeriousA11yViolations(page, '/coach with a client');

  // Back as the creator: the comment next to the niche step; a reply.
  await switchProfile(page, 'Camille');
  await navigateInApp(page, '/plan/niche');
  const comments = page.getByRole('region', { name: 'Your coach’s comments on this step' });
  await expect(comments.getByText('Say who they are first: <b>introverts</b> who work alone?')).toBeVisible();
  await expect(comments.getByText('1 open thread')).toBeVisible();
  await comments.getByRole('button', { name: 'Reply' }).click();
  await comments.getByRole('textbox', { name: 'Your reply' }).fill('Yes: freelancers who work from home.');
  await comments.getByRole('button', { name: 'Send the reply' }).click();
  await expect(comments.getByText('Yes: freelancers who work from home.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the niche step with the coach’s comments');

  // The creator revokes: the coach profile loses the plan at once.
  await navigateInApp(page, '/plan/summary');
  await page.getByRole('button', { name: 'Share with my coach' }).click();
  await share.getByRole('button', { name: 'Revoke My coach’s access' }).click();
  await share.getByRole('button', { name: 'Revoke now' }).click();
  await expect(share.getByText(/access revoked on/)).toBeVisible();

  await switchProfile(page, 'My coach');
  await navigateInApp(page, '/coach');
  await expect(page.getByText(/No plan has been shared with you yet/)).toBeVisible();
  await navigateInApp(page, reviewUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'This plan is no longer shared with you' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Your client no longer shares this plan with you.');
  await expect(page.getByText(statement)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the review page, access revoked');
});
