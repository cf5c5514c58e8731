import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the production build (`dist/`, served by `vite preview`) in the
 * system's Chromium: `npx playwright install` is not needed. `npm run test:e2e` checks both first.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;
const ci = !!process.env.CI;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: ci,
  retries: 0,
  // Two cores: each test opens its own PGlite (WebAssembly), so more workers only queue.
  workers: 2,
  reporter: 'list',
  // PGlite opens from the built database image on a fresh profile; a busy machine still needs room.
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'en-US',
    timezoneId: 'Europe/Paris',
    reducedMotion: 'reduce',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    // Recording traces (with their screencast) slows a two-core machine noticeably: ask for one
    // when needed, e.g. `npm run test:e2e -- --trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !ci,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
