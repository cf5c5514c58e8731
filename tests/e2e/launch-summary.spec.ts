import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { expectNoSeriousA11yViolations, failOnCspViolations, navigateInApp, pastMondays, saveStatus, waitForDb } from './support';

failOnCspViolations(test);

// Steps 5 and 6 in a fresh browser: four weekly check-ins that show a growth race, a price and
// its projection, then the one-page plan printed to PDF by the browser itself.

const statement = 'productivity for introverted freelancers';

const mediumDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/**
 * The text of a PDF: `pdftotext` (poppler-utils) when installed, otherwise a small reader for
 * what Chromium (Skia) writes: Flate streams, Type0 fonts with ToUnicode maps, no object streams.
 */
function pdfText(file: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return skiaPdfText(fs.readFileSync(file));
  }
}

function skiaPdfText(buffer: Buffer): string {
  const raw = buffer.toString('latin1');
  const objects = new Map<number, { dict: string; data: Buffer | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    let data: Buffer | null = null;
    const dict = at >= 0 ? body.slice(0, at) : body;
    if (at >= 0) {
      let start = m.index! + m[0].indexOf(body) + at + 'stream'.length;
      if (raw[start] === '\r') start += 1;
      if (raw[start] === '\n') start += 1;
      data = buffer.subarray(start, start + Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0));
      if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    }
    objects.set(Number(m[1]), { dict, data });
  }
  const deref = (text: string) => {
    const ref = /^\s*(\d+) 0 R/.exec(text);
    return ref ? (objects.get(Number(ref[1]))?.dict ?? '') : text;
  };
  const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  const cmaps = new Map<number, { map: Map<number, string>; wide: boolean }>();
  const cmapOf = (font: number | undefined) => {
    if (font === undefined) return null;
    const known = cmaps.get(font);
    if (known) return known;
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(font)?.dict ?? '');
    const text = ref ? (objects.get(Number(ref[1]))?.data?.toString('latin1') ?? '') : '';
    const map = new Map<number, string>();
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const p of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(p[1]!, 16), hex(p[2]!));
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const p of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
        const low = parseInt(p[1]!, 16);
        if (p[3]!.startsWith('[')) [...p[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((d, i) => map.set(low + i, hex(d[1]!)));
        else for (let c = low; c <= parseInt(p[2]!, 16); c += 1) map.set(c, String.fromCodePoint(parseInt(p[3]!.slice(1, -1), 16) + c - low));
      }
    }
    const entry = { map, wide: /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(text)?.[1]?.length !== 2 };
    cmaps.set(font, entry);
    return entry;
  };
  let out = '';
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(dict)) continue;
    const resources = deref(/\/Resources\s*(\d+ 0 R|<<[\s\S]*)/.exec(dict)?.[1] ?? '');
    const fontDict = deref(/\/Font\s*(\d+ 0 R|<<[^>]*>>)/.exec(resources)?.[1] ?? '');
    const fonts = new Map([...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((f) => [f[1]!, Number(f[2])]));
    for (const ref of (/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)) {
      const stream = objects.get(Number(ref[1]))?.data?.toString('latin1') ?? '';
      let font: ReturnType<typeof cmapOf> = null;
      for (const token of stream.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\bT[*dDm]\b|\bET\b/g)) {
        if (token[1]) font = cmapOf(fonts.get(token[1]));
        else if (token[2] !== undefined && font) {
          const step = font.wide ? 4 : 2;
          for (let i = 0; i < token[2].length; i += step) out += font.map.get(parseInt(token[2].slice(i, i + step), 16)) ?? '';
        } else out += ' ';
      }
      out += '\n';
    }
  }
  return out;
}

/** Compared without spacing or ligatures: PDF text comes in positioned runs. */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

test('four check-ins show a growth race; a price gives a projection; the one-page plan prints to PDF with the niche', async ({ page }) => {
  test.slow(); // a fresh local database, four saves, two pages analysed by axe in two languages, a PDF

  await page.goto('/plan/niche');
  await waitForDb(page);
  await page.getByRole('textbox', { name: 'Your niche in one sentence' }).fill(statement);
  await expect(saveStatus(page)).toHaveText('Saved');

  // The weekly hours are asked once, in the platform step, and measured against in the launch step.
  await navigateInApp(page, '/plan/platform');
  await page.getByLabel('Hours you can give the community each week').fill('6');
  await expect(saveStatus(page)).toHaveText('Saved');
  await navigateInApp(page, '/plan/launch');
  await expect(page.getByRole('heading', { level: 1, name: 'Launch and measure engagement' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your limits and targets' }).getByText('You said you can give 6 h a week.')).toBeVisible();

  // Members grow from 40 to 140 in three weeks while the share of active members falls.
  const weeks = [
    { members: '40', active: '24', hours: '5' },
    { members: '60', active: '27', hours: '5' },
    { members: '90', active: '30', hours: '6' },
    { members: '140', active: '28', hours: '6' },
  ];
  const mondays = await pastMondays(page, weeks.length);
  const form = page.locator('form.checkin-form');
  for (const [i, week] of weeks.entries()) {
    await form.getByLabel('Week', { exact: true }).fill(mondays[i]!);
    await form.getByLabel('Members', { exact: true }).fill(week.members);
    await form.getByLabel('Active members', { exact: true }).fill(week.active);
    await form.getByLabel('Conversations', { exact: true }).fill('20');
    await form.getByLabel('Conversations started by members', { exact: true }).fill('9');
    await form.getByLabel('Conversations between members', { exact: true }).fill('6');
    await form.getByLabel('Hours you spent', { exact: true }).fill(week.hours);
    await form.getByRole('button', { name: 'Add this check-in' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Check-in saved for the week of ${mediumDate(mondays[i]!)}.` })).toBeVisible();
  }

  // The chart is drawn (its table says the same to assistive technologies).
  const engagement = page.getByRole('region', { name: 'Engagement over time' });
  await expect(engagement.getByText('Latest week: 20% (28 of 140 members).')).toBeVisible();
  const activeChart = engagement.locator('.chart-panel').first().locator('.recharts-wrapper > svg.recharts-surface');
  await expect(activeChart).toBeVisible();
  await expect(activeChart.locator('.recharts-line-dot')).toHaveCount(4);
  await expect(engagement.locator('.chart-panel').first().getByText('Author: 40% with 800 followers')).toBeVisible();

  // The growth-race alert, with its figures and advice.
  const watchOuts = page.getByRole('region', { name: 'Watch-outs' });
  const race = watchOuts.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The growth race' }) });
  await expect(race).toBeVisible();
  await expect(race).toContainText('while the share of active members fell from 60% to 20%');
  await expect(race).toContainText('Slow the invitations down');

  // A price, and the projection follows.
  const money = page.getByRole('region', { name: 'Money' });
  await money.getByRole('radio', { name: 'Coaching programme' }).check();
  await money.getByLabel('Price', { exact: true }).fill('500');
  await money.getByLabel('Members buying each month (%)').fill('5');
  await expect(money.getByText('€3,500 a month')).toBeVisible();
  await expect(money.getByText('About 7 sales a month at €500')).toBeVisible();
  await expect(money.getByRole('table', { name: /Monthly revenue at 140 members/ })).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Saved');

  await expectNoSeriousA11yViolations(page, '/plan/launch (en)');

  await navigateInApp(page, '/plan/summary');
  const plan = page.getByRole('article', { name: 'Community plan' });
  await expect(plan.getByText(statement).first()).toBeVisible();
  await expect(plan.getByRole('region', { name: 'Money plan' })).toContainText('Complete');
  await expect(plan.getByRole('region', { name: 'Launch: engagement and growth' })).toContainText('The growth race');
  await expectNoSeriousA11yViolations(page, '/plan/summary (en)');

  // Printed by the browser (print media, A4): the chrome is left out, the plan is in.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'noyau-pdf-')), 'plan.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const text = squeeze(pdfText(file));
  expect(text).toContain(squeeze(statement));
  expect(text).toContain(squeeze('Community plan'));
  expect(text).not.toContain(squeeze('Download as Markdown'));
  expect(text).not.toContain(squeeze('Local mode: your data stays in this browser'));
  fs.rmSync(path.dirname(file), { recursive: true, force: true });

  // The same two pages in French.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('article', { name: 'Plan de communauté' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/plan/summary (fr)');
  await navigateInApp(page, '/plan/launch');
  await expect(page.getByRole('heading', { level: 1, name: 'Lancer et mesurer l’engagement' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Points de vigilance' }).getByRole('heading', { name: 'La course à la croissance' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Argent' }).getByText(/^3\s500\s€ par mois$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/plan/launch (fr)');
});
