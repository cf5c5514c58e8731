// The embedded mode's bars (DESIGN.md, issue 12): the UI is usable before PGlite is ready, and the
// local database is ready within 1.5 s on a first visit (opened from the build's database image)
// and 0.8 s on a reload. Serves the production build (`npm run build` first) with `vite preview`
// on a free loopback port, opens it in the system Chromium, and prints how long three first visits
// (each in a new browser context: empty IndexedDB and HTTP cache) and three reloads take until the
// app reports the database ready, plus when the page was first usable (the niche field on screen),
// with the machine's load average beside each. Figures only.
//
// Each figure runs from the moment the bench asks for the page to the moment the page itself saw
// the element appear (a MutationObserver installed before the page's scripts, on the page's
// clock), so Playwright's polling interval does not add to it.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';

const root = new URL('..', import.meta.url).pathname;
if (!fs.existsSync(`${root}dist/index.html`)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const preview = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  cwd: root,
  stdio: 'ignore',
});
const stop = () => preview.kill();
process.on('exit', stop);

const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const load = () => `load average ${os.loadavg().map((v) => v.toFixed(2)).join(', ')}`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  // Notes, on the page's clock (ms since the epoch), when the niche field and the ready state first appear.
  const watch = () => {
    const seen = {};
    globalThis.noyauBench = seen;
    const look = () => {
      const now = performance.timeOrigin + performance.now();
      if (!seen.usable && globalThis.document.querySelector('textarea, input') && globalThis.document.body.textContent.includes('Your niche in one sentence')) seen.usable = now;
      if (!seen.ready && globalThis.document.querySelector('.db-status-ready')) seen.ready = now;
    };
    new globalThis.MutationObserver(look).observe(globalThis.document, { childList: true, subtree: true, characterData: true });
  };
  const measure = async (page, action) => {
    const start = Date.now();
    await action();
    await page.getByLabel('Your niche in one sentence').waitFor({ timeout: 60_000 });
    await page.locator('.db-status-ready').waitFor({ state: 'attached', timeout: 60_000 });
    const seen = await page.evaluate(() => globalThis.noyauBench);
    return { usable: Math.round(seen.usable - start), ready: Math.round(seen.ready - start) };
  };
  const firsts = [];
  let page = null;
  for (let i = 0; i < 3; i++) {
    await page?.context().close();
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(watch);
    page = await context.newPage();
    firsts.push(await measure(page, () => page.goto(`${base}/plan/niche`)));
  }
  // Reloads in the last context, once the image it opened is stored in IndexedDB (in the background).
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const request = globalThis.indexedDB.open('/pglite/noyau');
        request.onsuccess = () => {
          const idb = request.result;
          if (!idb.objectStoreNames.contains('FILE_DATA')) return resolve(false);
          const count = idb.transaction('FILE_DATA').objectStore('FILE_DATA').count('/pglite/noyau/PG_VERSION');
          count.onsuccess = () => resolve(count.result > 0);
          count.onerror = () => resolve(false);
        };
        request.onerror = () => resolve(false);
      }),
    null,
    { polling: 100, timeout: 60_000 },
  );
  const reloads = [];
  for (let i = 0; i < 3; i++) reloads.push(await measure(page, () => page.reload()));
  console.log(
    `embedded mode, first visit (median of 3): usable after ${median(firsts.map((r) => r.usable))} ms, database ready after ${median(firsts.map((r) => r.ready))} ms (bar ≤ 1,500 ms) · ${load()}`,
  );
  console.log(
    `embedded mode, reload (median of 3): usable after ${median(reloads.map((r) => r.usable))} ms, database ready after ${median(reloads.map((r) => r.ready))} ms (bar ≤ 800 ms) · ${load()}`,
  );
} finally {
  await browser.close();
  stop();
}
