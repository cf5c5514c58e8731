// `node scripts/bench-title.mjs`: how long after navigation the public survey's title is in the
// page, in Supabase mode, in Chromium (DESIGN.md's bar: 200 ms). The app is built for Supabase
// mode into a temporary folder and served from 127.0.0.1; a stand-in for PostgREST on another
// loopback port (so cross-origin, with its CORS preflight, as a real project) answers
// get_public_survey at once. Each run opens a fresh browser context (cold cache); the figure is the
// median of 5 runs after one warm-up. A figure, not a test.
/* global window, document, MutationObserver -- the functions given to page.* run in the browser */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const TITLE = 'Bench: would you join a running club for night owls?';
const survey = {
  id: '00000000-0000-4000-8000-0000000000b1',
  slug: 'bench-title',
  title: TITLE,
  intro: 'Two minutes, five questions.',
  locale: 'en',
  status: 'open',
  questions: [
    { id: '00000000-0000-4000-8000-0000000000c1', position: 1, kind: 'single_choice', prompt: 'Would you join?', required: true,
      options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }], min: null, max: null },
    { id: '00000000-0000-4000-8000-0000000000c2', position: 2, kind: 'scale', prompt: 'How much?', required: false, options: [], min: 1, max: 5 },
    { id: '00000000-0000-4000-8000-0000000000c3', position: 3, kind: 'short_text', prompt: 'Favourite tool?', required: false, options: [], min: null, max: null },
    { id: '00000000-0000-4000-8000-0000000000c4', position: 4, kind: 'email_optin', prompt: 'Your email?', required: false, options: [], min: null, max: null },
  ],
};

let surveyCalls = 0;
const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

const api = http.createServer((req, res) => {
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'apikey, authorization, content-type',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
  };
  if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
  if (req.method === 'POST' && req.url === '/rest/v1/rpc/get_public_survey') {
    surveyCalls += 1;
    req.resume();
    return req.on('end', () => res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(survey)));
  }
  res.writeHead(404, cors).end('{}');
});
const apiPort = await listen(api);

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'noyau-title-'));
try {
  execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_SUPABASE_URL: `http://127.0.0.1:${apiPort}`, VITE_SUPABASE_ANON_KEY: 'bench-anon-key-000000000000000000' },
  });

  const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.wasm': 'application/wasm', '.data': 'application/octet-stream' };
  const site = http.createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const found = file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(dist, 'index.html');
    res.writeHead(200, { 'Content-Type': types[path.extname(found)] ?? 'application/octet-stream' });
    fs.createReadStream(found).pipe(res);
  });
  const sitePort = await listen(site);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const times = [];
  try {
    for (let run = 0; run < 6; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Milliseconds since navigation start when an h1 first holds the title.
      await page.addInitScript((title) => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(event.effectiveDirective));
        new MutationObserver((_changes, observer) => {
          if ([...document.querySelectorAll('h1')].some((h) => h.textContent === title)) {
            window.__titleAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
      }, TITLE);
      await page.goto(`http://127.0.0.1:${sitePort}/s/${survey.slug}`);
      await page.waitForFunction(() => typeof window.__titleAt === 'number', null, { timeout: 15_000 });
      times.push(await page.evaluate(() => window.__titleAt));
      // The inline script's call is the page's only one (its CSP hash holds), and nothing was blocked.
      const violations = await page.evaluate(() => window.__cspViolations);
      if (violations.length > 0 || surveyCalls !== run + 1) {
        throw new Error(`run ${run}: ${surveyCalls} calls to get_public_survey so far, CSP violations: ${violations.join(', ') || 'none'}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    site.close();
  }
  const measured = times.slice(1).sort((a, b) => a - b);
  const median = measured[Math.floor(measured.length / 2)];
  console.log(`  runs: ${times.slice(1).map((t) => t.toFixed(0)).join(', ')} ms (after one warm-up of ${times[0].toFixed(0)} ms)`);
  console.log(`/s/:slug survey title in the page after navigation (Supabase mode, loopback stand-in, Chromium): ${median.toFixed(0)} ms `
    + `(bar ≤ 200 ms; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`);
} finally {
  api.close();
  fs.rmSync(dist, { recursive: true, force: true });
}
