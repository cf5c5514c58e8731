import { test } from '@playwright/test';
test('timing', async ({ page }) => {
  page.on('console', (m) => console.log('console:', m.text()));
  for (let i = 0; i < 3; i++) {
    const t0 = Date.now();
    await page.goto('/plan/niche');
    const t1 = Date.now();
    await page.locator('h1').waitFor();
    const t2 = Date.now();
    await page.locator('.db-status-ready').waitFor({ state: 'attached', timeout: 30000 });
    const t3 = Date.now();
    console.log(`goto ${t1 - t0} h1 ${t2 - t1} db ${t3 - t2}`);
  }
});
