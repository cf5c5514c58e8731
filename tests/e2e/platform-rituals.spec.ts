import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import fs from 'node:fs/promises';
import { expectNoSeriousA11yViolations, failOnCspViolations, navigateInApp, saveStatus, waitForDb } from './support';

failOnCspViolations(test);

// The browser runs in Europe/Paris (playwright.config.ts): the rituals' default time zone. Its
// clock is set three weeks before the start date, so the test reads the same on any day it runs.
const TODAY = new Date('2031-01-13T09:00:00Z');
const START = '2031-02-03'; // a Monday

async function expand(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const starts: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && starts.length < 100; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    return {
      uid: event.uid,
      summary: event.summary,
      rrule: String(vevent.getFirstPropertyValue('rrule')),
      tzid: vevent.getFirstProperty('dtstart')!.getParameter('tzid'),
      starts,
    };
  });
}

async function chooseDiscord(page: Page) {
  await page.getByLabel('Tech or gaming').check();
  await page.getByLabel('Live chat, back and forth').check();
  await page.getByRole('checkbox', { name: 'Discord' }).check();
  await expect(page.getByText(/^Best fit: Discord, \d+ out of 100\./)).toBeVisible();
  await page.getByRole('button', { name: 'Choose Discord' }).click();
  await expect(page.getByText('You chose Discord.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your choice' })).toBeFocused();
}

test('chooses one platform, adds the three rituals, and downloads a calendar with their recurrences', async ({ page }) => {
  // Date only: timers keep running, and the database's worker keeps the real time.
  await page.clock.setFixedTime(TODAY);
  await page.goto('/plan/platform');
  await expect(page.getByRole('heading', { level: 1, name: 'One platform, well run' })).toBeVisible();
  await waitForDb(page);
  await chooseDiscord(page);

  // A second platform asks to replace the first; keeping it changes nothing.
  await page.getByRole('button', { name: 'Choose Telegram' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'One platform, well run' });
  await expect(dialog).toContainText('Replace Discord with Telegram?');
  await expect(dialog.getByRole('button', { name: 'Keep Discord' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Choose Telegram' })).toBeFocused();
  await expect(page.getByText('You chose Discord.')).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Saved');

  await page.getByRole('link', { name: 'Next: Rituals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rituals for the first three months' })).toBeFocused();
  await expect(page.getByText('Times are in the Europe/Paris time zone.')).toBeVisible();
  await page.getByLabel('First day of the three months').fill(START);
  for (const preset of ['Weekly live', 'Monthly challenge', 'Quarterly event']) {
    await page.getByRole('button', { name: `+ ${preset}` }).click();
    await expect(page.getByText(`“${preset}” added.`)).toBeAttached();
  }
  await expect(page.getByText('(3 of 50 rituals)')).toBeVisible();
  await expect(page.getByText('About 1.3 h a week on average over the three months.')).toBeVisible();

  // The calendar grid is walked with the keyboard.
  const grid = page.getByRole('grid', { name: 'February 2031' });
  await grid.getByRole('gridcell', { name: /Monday,? 3 February 2031/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('gridcell', { name: /Tuesday,? 4 February 2031/ })).toBeFocused();
  await expect(grid.getByRole('gridcell', { name: /Tuesday,? 4 February 2031/ })).toContainText('19:00 Weekly live');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('community-rituals.ics');
  const ics = await fs.readFile((await download.path())!, 'utf8');
  await expect(page.getByText('community-rituals.ics downloaded: 3 rituals, 17 sessions.')).toBeVisible();

  expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
  const events = await expand(ics);
  expect(events.map((e) => [e.summary, e.rrule, e.tzid])).toEqual([
    ['Weekly live', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20310502T215959Z', 'Europe/Paris'],
    ['Monthly challenge', 'FREQ=MONTHLY;BYDAY=1MO;UNTIL=20310502T215959Z', 'Europe/Paris'],
    ['Quarterly event', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1SA;UNTIL=20310502T215959Z', 'Europe/Paris'],
  ]);
  const [lives, challenges, quarterly] = events;
  expect(lives!.starts).toHaveLength(13);
  // 19:00 in Paris all along: 18:00 UTC in winter, 17:00 UTC after the change of 30 March 2031.
  expect(lives!.starts).toContain('2031-03-25T18:00:00.000Z');
  expect(lives!.starts).toContain('2031-04-01T17:00:00.000Z');
  expect(challenges!.starts).toEqual(['2031-02-03T11:30:00.000Z', '2031-03-03T11:30:00.000Z', '2031-04-07T10:30:00.000Z']);
  expect(quarterly!.starts).toEqual(['2031-03-01T09:00:00.000Z']);
  expect(new Set(events.map((e) => e.uid)).size).toBe(3);

  // One ritual alone: the same UID, so importing both never duplicates it.
  const one = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download “Monthly challenge” alone' }).click();
  const single = await expand(await fs.readFile((await (await one).path())!, 'utf8'));
  expect(single.map((e) => e.uid)).toEqual([challenges!.uid]);

  await expect(saveStatus(page)).toHaveText('Saved');
});

test.describe('accessibility', () => {
  test.use({ locale: 'fr-FR' });

  test('axe finds no serious or critical violation on both steps, in both languages', async ({ page }) => {
    test.slow();
    await page.clock.setFixedTime(TODAY);
    await page.goto('/plan/platform');
    await waitForDb(page);
    await page.getByLabel('Tech ou jeu vidéo').check();
    await page.getByRole('button', { name: 'Choisir Discord' }).click();
    await navigateInApp(page, '/plan/rituals');
    await page.getByLabel('Premier jour des trois mois').fill(START);
    await page.getByRole('button', { name: '+ Live hebdomadaire' }).click();
    await page.getByRole('button', { name: '+ Mon propre rituel' }).click();

    for (const locale of ['fr', 'en'] as const) {
      if (locale === 'en') await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await test.step(`rituals, month view (${locale})`, async () => {
        await navigateInApp(page, '/plan/rituals');
        await expect(page.getByRole('grid')).toBeVisible();
        await expectNoSeriousA11yViolations(page, `/plan/rituals month (${locale})`, { soft: true });
      });
      await test.step(`rituals, agenda and zone list (${locale})`, async () => {
        await page.getByRole('button', { name: locale === 'fr' ? 'Agenda' : 'Agenda', exact: true }).click();
        await page.getByText(locale === 'fr' ? 'Changer de fuseau horaire' : 'Change the time zone').click();
        await expect(page.getByRole('table').first()).toBeVisible();
        await expectNoSeriousA11yViolations(page, `/plan/rituals agenda (${locale})`, { soft: true });
        await page.getByRole('button', { name: locale === 'fr' ? 'Mois' : 'Month', exact: true }).click();
      });
      await test.step(`platform (${locale})`, async () => {
        await navigateInApp(page, '/plan/platform');
        await page.getByText(locale === 'fr' ? 'Le classement sous forme de tableau' : 'The ranking as a table').click();
        await page.getByText(locale === 'fr' ? 'Faits et sources sur Discord' : 'Facts and sources about Discord').click();
        await expectNoSeriousA11yViolations(page, `/plan/platform (${locale})`, { soft: true });
      });
      await test.step(`platform, replace dialog (${locale})`, async () => {
        await page.getByRole('button', { name: locale === 'fr' ? 'Choisir Telegram' : 'Choose Telegram' }).click();
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await expectNoSeriousA11yViolations(page, `/plan/platform dialog (${locale})`, { soft: true });
        await page.keyboard.press('Escape');
      });
    }
  });
});
