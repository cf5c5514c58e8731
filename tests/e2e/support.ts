import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type test } from '@playwright/test';

/** A fresh browser profile opens the built database image: give it time on a busy machine. */
export const DB_TIMEOUT = 90_000;

/**
 * Waits until the local database (PGlite in its worker) is open. The app then shows
 * "Local database ready" / "Base locale prête" in `p.db-status-ready`.
 */
export async function waitForDb(page: Page): Promise<void> {
  await expect(page.locator('.db-status-ready'), 'the local database should open').toBeAttached({
    timeout: DB_TIMEOUT,
  });
}

/** The wizard's save status (a `role=status` live region, next to the step pager). */
export function saveStatus(page: Page): Locator {
  return page.getByRole('status').and(page.locator('.save-status'));
}

/** Sets the app's language before any script runs, as the zustand persist store writes it. */
export async function presetLocale(page: Page, locale: 'fr' | 'en'): Promise<void> {
  await page.addInitScript((value) => {
    window.localStorage.setItem('noyau.locale', JSON.stringify({ state: { locale: value }, version: 0 }));
  }, locale);
}

/** Fails with a readable list when axe finds a serious or critical WCAG 2.1 A/AA violation. */
export async function expectNoSeriousA11yViolations(
  page: Page,
  label = page.url(),
  { soft = false }: { soft?: boolean } = {},
): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Only violations need their nodes listed: faster than the default full report.
    .options({ resultTypes: ['violations'] })
    // axe.run in the page itself: the default opens a blank page for every analysis, which
    // more than doubles its time. It only matters for cross-origin iframes, which the app has not.
    .setLegacyMode()
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `      - ${n.target.join(' ')}`).join('\n')}`);
  const check = soft ? expect.soft : expect;
  check(serious.length, `serious or critical axe violations on ${label}:\n  ${serious.join('\n  ')}\n`).toBe(0);
}

export interface Focused {
  tag: string;
  /** Roughly the accessible name: aria-label, the label, or the text without aria-hidden parts. */
  name: string;
}

/** Describes the focused element, e.g. `{ tag: 'a', name: 'Next: Validate' }`. */
export async function focusedElement(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '' };
    const visibleText = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
      return Array.from(node.childNodes, visibleText).join('');
    };
    const labelledBy = el.getAttribute('aria-labelledby');
    const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
    const label =
      el.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      labels?.[0]?.textContent ??
      visibleText(el);
    return { tag: el.tagName.toLowerCase(), name: label.replace(/\s+/g, ' ').trim() };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would.
 * Reading `document.activeElement` only observes; every move is a key press.
 */
export async function tabUntil(
  page: Page,
  matches: (focused: Focused) => boolean,
  { backwards = false, max = 40 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await focusedElement(page);
    if (matches(focused)) return;
    seen.push(`${focused.tag} "${focused.name}"`);
  }
  throw new Error(`no matching element after ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus went through:\n  ${seen.join('\n  ')}`);
}

/**
 * Navigates inside the running app, as a link would (history.pushState + popstate, which the
 * router listens to), without reloading the page: the local database stays open, so visiting
 * many routes stays fast. Use `page.goto` when a full load is what is being tested.
 */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await expect(page).toHaveURL((url) => url.pathname === path);
}

/**
 * Fails the test on any Content-Security-Policy violation (the build's policy is a <meta> in
 * index.html; README: Hosting): the page records each `securitypolicyviolation` event, read
 * after the test.
 */
export function failOnCspViolations(t: typeof test): void {
  t.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
  });
  t.afterEach(async ({ page }) => {
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });
}

/** Mondays of the last `count` weeks before the browser's current week, oldest first, in its time zone. */
export async function pastMondays(page: Page, count: number): Promise<string[]> {
  return page.evaluate((n) => {
    const now = new Date();
    const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return Array.from({ length: n }, (_, i) => iso(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * (n - i))));
  }, count);
}

/**
 * Fills in the builder's test card: the hypothesis (saved on leaving the field), the template's
 * first question's answers that count, the share and the answers needed; then sets the threshold.
 */
export async function fillTestCard(
  page: Page,
  { hypothesis, answers, rate, minResponses }: { hypothesis: string; answers: string[]; rate: number; minResponses: number },
): Promise<void> {
  const card = page.getByRole('region', { name: 'Test card' });
  const belief = card.getByLabel('What you believe, in one sentence');
  await belief.fill(hypothesis);
  await belief.blur();
  await expect(card.getByText('Hypothesis saved.')).toBeVisible();
  for (const answer of answers) await card.getByRole('checkbox', { name: answer }).check();
  await card.getByLabel('Share of answers needed (%)').fill(String(rate));
  await card.getByLabel('Answers needed before any verdict').fill(String(minResponses));
  await card.getByRole('button', { name: 'Set this threshold' }).click();
  await expect(card.getByText(`Threshold set: ${rate}% of at least ${minResponses} answers.`)).toBeVisible();
}

/** From a fresh local database: a niche statement, then an English survey drafted from it; ends in the builder. */
export async function englishSurveyFromNiche(page: Page, statement: string): Promise<void> {
  await page.goto('/plan/niche');
  await waitForDb(page);
  await page.getByLabel('Your niche in one sentence').fill(statement);
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Next: Validate' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Create the survey' }).click();
  await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]+\/edit$/);
}
