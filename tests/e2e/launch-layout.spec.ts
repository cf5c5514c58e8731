import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, failOnCspViolations, pastMondays, waitForDb } from './support';

failOnCspViolations(test);

// The launch step on a laptop (1,280 px) and on a phone (390 px): the check-in table is never cut
// on the side, and the "On this page" list reads one item at a time, in both languages.

/** Two weeks with wide figures and a long note: the widest a row gets in practice. */
async function addCheckins(page: Page) {
  const form = page.locator('form.checkin-form');
  for (const [i, week] of (await pastMondays(page, 2)).entries()) {
    await form.getByLabel('Week', { exact: true }).fill(week);
    await form.getByLabel('Members', { exact: true }).fill('125000');
    await form.getByLabel('Active members', { exact: true }).fill('48000');
    await form.getByLabel('Conversations', { exact: true }).fill('150000');
    await form.getByLabel('Conversations started by members', { exact: true }).fill('90000');
    await form.getByLabel('Conversations between members', { exact: true }).fill('65000');
    await form.getByLabel('Hours you spent', { exact: true }).fill('12.25');
    await form.getByLabel('Note', { exact: true }).fill('A long note about the week: the hot seat on Tuesday went well, @Léa answered most questions.');
    await form.getByRole('button', { name: 'Add this check-in' }).click();
    await expect(page.getByRole('table', { name: `Your check-ins, newest first (${i + 1})` })).toBeVisible();
  }
}

/** What sticks out sideways: the table's region, the page, and every row button past the region's right edge. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector('.checkins-table') as HTMLElement;
    const edge = region.getBoundingClientRect().right;
    return {
      region: region.scrollWidth - region.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      buttonsPastEdge: [...region.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().right > edge + 0.5).map((b) => b.textContent),
    };
  });
}

/** The width of each item of "On this page": one item a line (each as wide as its column), not a run of text. */
function contentsItemWidths(page: Page) {
  return page.locator('.launch-contents li').evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().width)));
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`at ${viewport.width} px the check-ins fit and the contents read one item at a time, in both languages`, async ({ page }) => {
    test.slow(); // a fresh local database, two saves, axe in two languages
    await page.setViewportSize(viewport);
    await page.goto('/plan/launch');
    await waitForDb(page);
    await addCheckins(page);

    for (const language of ['English', 'Français'] as const) {
      if (language === 'Français') await page.getByRole('button', { name: 'Français' }).click();
      const table = page.getByRole('table', { name: language === 'English' ? /Your check-ins/ : /Vos points/ });
      await expect(table).toBeVisible();
      expect(await overflow(page), `${language}: nothing cut or scrolled sideways`).toEqual({ region: 0, page: 0, buttonsPastEdge: [] });
      const del = table.getByRole('button', { name: language === 'English' ? /^Delete the week of/ : /^Supprimer la semaine du/ });
      await expect(del).toHaveCount(2);
      await del.first().scrollIntoViewIfNeeded();
      await expect(del.first()).toBeInViewport({ ratio: 1 });

      const contents = page.getByRole('navigation', { name: language === 'English' ? 'On this page' : 'Sur cette page' });
      await expect(contents.getByRole('listitem')).toHaveCount(7);
      const widths = await contentsItemWidths(page);
      expect(new Set(widths).size, `${language}: the items ${widths.join(', ')} px wide`).toBe(1);
      await expectNoSeriousA11yViolations(page, `/plan/launch at ${viewport.width} px (${language})`);
    }
  });
}
