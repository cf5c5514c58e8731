import { fireEvent, waitFor, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '@/domain/clock';
import { usePlanDraft } from '@/stores/plan-draft';
import { renderApp } from '../support/render-app';

// The app's clock is set three weeks before the start date, so that "today" never overtakes it
// and the test reads the same whatever the day it runs.
const clock = fixedClock('2031-01-13T09:00:00Z');
const START = '2031-02-03'; // a Monday

async function openRituals(user: ReturnType<typeof userEvent.setup>) {
  renderApp('/plan/rituals', { clock });
  // The first visit compiles the lazy route: give it time on a busy machine.
  await screen.findByRole('heading', { level: 1, name: 'Rituals for the first three months' });
  const start = screen.getByLabelText('First day of the three months');
  fireEvent.change(start, { target: { value: START } });
  const zone = screen.getByText('Change the time zone');
  await user.click(zone);
  await user.selectOptions(screen.getByLabelText('Your time zone'), 'Europe/Paris');
  // Closing the list takes its 400 options out of the page again.
  await user.click(zone);
  expect(screen.getByText('Times are in the Europe/Paris time zone.')).toBeInTheDocument();
}

/** jsdom's Blob has no text(): read it as a browser without it would. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Captures the file the export hands to the browser. */
function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${(n += 1)}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, text: readText(blobs.get(this.getAttribute('href') ?? '')!) });
  });
  return files;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the rituals step', () => {
  it('adds the article’s three rituals, lays them on the calendar and exports them as one .ics file', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    await openRituals(user);
    await user.click(screen.getByRole('button', { name: '+ Weekly live' }));
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(screen.getByText('“Weekly live” added.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Monthly challenge' }));
    await user.click(screen.getByRole('button', { name: '+ Quarterly event' }));
    expect(screen.getByText('(3 of 50 rituals)')).toBeInTheDocument();
    expect(screen.getByText(/Every Tuesday at 19:00/)).toBeInTheDocument();
    expect(screen.getByText(/First Monday of each month at 12:30/)).toBeInTheDocument();
    expect(screen.getByText(/Every three months, first Saturday of the month at 10:00/)).toBeInTheDocument();
    expect(usePlanDraft.getState().sections.rituals).toMatchObject({ startDate: START, timeZone: 'Europe/Paris' });

    // Load: 13 lives of 1 h, 3 challenges of 30 min, one event of 2 h over 89 days.
    const load = screen.getByRole('region', { name: 'What it asks of you' });
    expect(within(load).getByText('About 1.3 h a week on average over the three months.')).toBeInTheDocument();
    const table = within(load).getByRole('table', { name: 'Load per ritual' });
    expect(within(table).getByRole('row', { name: /Weekly live 13 13/ })).toBeInTheDocument();

    // The month grid shows February 2031 and moves by keyboard.
    expect(screen.getByRole('heading', { level: 3, name: 'February 2031' })).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'February 2031' });
    const firstDay = within(grid).getByRole('gridcell', { name: /Monday,? 3 February 2031/ });
    expect(firstDay).toHaveAttribute('tabindex', '0');
    expect(firstDay).toHaveTextContent('12:30 Monthly challenge');
    firstDay.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(grid).getByRole('gridcell', { name: /Tuesday,? 4 February 2031/ })).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('grid', { name: 'March 2031' })).toBeInTheDocument();

    // The agenda lists the same sessions as tables.
    await user.click(screen.getByRole('button', { name: 'Agenda' }));
    const february = screen.getByRole('table', { name: 'February 2031' });
    // Four lives and the first challenge; the quarterly event falls on Saturday 1 March.
    expect(within(february).getAllByRole('row')).toHaveLength(1 + 4 + 1);

    await user.click(screen.getByRole('button', { name: 'Download the calendar (.ics)' }));
    expect(await screen.findByText('community-rituals.ics downloaded: 3 rituals, 17 sessions.')).toBeInTheDocument();
    expect(files.map((f) => f.name)).toEqual(['community-rituals.ics']);
    const calendar = new ICAL.Component(ICAL.parse(await files[0]!.text));
    const rules = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('rrule')));
    expect(rules).toEqual([
      'FREQ=WEEKLY;BYDAY=TU;UNTIL=20310502T215959Z',
      'FREQ=MONTHLY;BYDAY=1MO;UNTIL=20310502T215959Z',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=1SA;UNTIL=20310502T215959Z',
    ]);

    await user.click(screen.getByRole('button', { name: 'Download “Monthly challenge” alone' }));
    expect(await screen.findByText('monthly-challenge.ics downloaded: 1 ritual, 3 sessions.')).toBeInTheDocument();
  });

  it('says what is missing on a ritual with no day, and leaves it out of the calendar', async () => {
    const user = userEvent.setup();
    await openRituals(user);
    await user.click(screen.getByRole('button', { name: '+ My own ritual' }));
    expect(screen.getByText('Choose a day: without one, this ritual is not on the calendar nor in the export.')).toBeInTheDocument();
    expect(screen.getByLabelText('Day')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('No session on the calendar yet.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Day'), 'Friday');
    await user.selectOptions(screen.getByLabelText('How often'), 'Every month');
    await user.selectOptions(screen.getByLabelText('Which one in the month'), 'Fifth');
    // Neither March nor April 2031 has a fifth Friday (February starts before the window).
    expect(screen.getByText(/Not every month has one: no session in March 2031 and April 2031\./)).toBeInTheDocument();
    expect(screen.getByText('No session falls in these three months: pick another week of the month.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use “last” instead' }));
    expect(screen.getByText(/Last Friday of each month/)).toBeInTheDocument();
    expect(usePlanDraft.getState().sections.rituals?.items?.[0]).toMatchObject({ nth: -1, weekday: 'FR', frequency: 'monthly', sequence: 4 });
  });

  it('refuses a start date in the past and offers next Monday', async () => {
    const user = userEvent.setup();
    renderApp('/plan/rituals', { clock });
    const start = await screen.findByLabelText('First day of the three months');
    // Wait for the plan to be loaded from the database, which would otherwise replace the edit.
    await waitFor(() => expect(usePlanDraft.getState().hydratedFor).not.toBeNull());
    fireEvent.change(start, { target: { value: '2020-01-06' } });
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('This day has passed: pick today or later.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download the calendar (.ics)' }));
    expect(screen.getByText('Fix the start date first: the export covers the three months from it.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Start next Monday/ }));
    expect(start).not.toHaveAttribute('aria-invalid');
  });

  it('warns when the rituals ask for more hours than the creator said in the platform step, in French too', async () => {
    const user = userEvent.setup();
    await openRituals(user);
    await user.click(screen.getByRole('button', { name: '+ Weekly live' }));
    await user.click(screen.getByRole('button', { name: '+ Hot seat' }));
    // Asked once, in the platform step: here they are shown, with the way to the question.
    const load = screen.getByRole('region', { name: 'What it asks of you' });
    expect(within(load).queryByRole('spinbutton')).toBeNull();
    expect(within(load).getByText('You have not said yet how many hours a week you can give.')).toBeInTheDocument();
    expect(within(load).getByRole('link', { name: 'Give your weekly hours in the Platform step' })).toHaveAttribute('href', '/plan/platform#platform-time');
    const { setSection, sections } = usePlanDraft.getState();
    setSection('platform', { ...sections.platform, answers: { hoursPerWeek: 1 } });
    expect(await within(load).findByText('You said you can give 1 h a week.')).toBeInTheDocument();
    expect(within(load).getByRole('link', { name: 'Change your weekly hours in the Platform step' })).toBeInTheDocument();
    expect(screen.getByText(/This is more than the 1 h a week you can give/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(screen.getByText(/C’est plus que les 1 h par semaine que vous pouvez donner/)).toBeInTheDocument();
    expect(within(load).getByRole('link', { name: 'Modifier vos heures par semaine à l’étape Plateforme' })).toBeInTheDocument();
    expect(screen.getByText(/Chaque mardi à 19:00/)).toBeInTheDocument();
  });

  it('still reads the hours of a plan saved when the launch step asked them too', async () => {
    // Saved before the hours were asked once: a launch budget, and no answer in the platform step.
    usePlanDraft.getState().setSection('launch', { hoursBudget: 6 });
    const { router } = renderApp('/plan/rituals', { clock });
    await screen.findByRole('heading', { level: 1, name: 'Rituals for the first three months' });
    expect(screen.getByText('You said you can give 6 h a week.')).toBeInTheDocument();
    await router.navigate('/plan/launch');
    const targets = await screen.findByRole('region', { name: 'Your limits and targets' });
    expect(within(targets).getByText('You said you can give 6 h a week.')).toBeInTheDocument();
    await router.navigate('/plan/platform');
    expect(await screen.findByLabelText('Hours you can give the community each week')).toHaveValue(6);
  });

  it('stops at 50 rituals and says why', async () => {
    renderApp('/plan/rituals', { clock });
    await screen.findByRole('heading', { level: 1, name: 'Rituals for the first three months' });
    const items = Array.from({ length: 50 }, (_, i) => ({
      id: `r${i}`,
      preset: 'weekly_live' as const,
      name: `Live ${i}`,
      description: '',
      frequency: 'weekly' as const,
      weekday: 'TU' as const,
      nth: null,
      time: '19:00',
      durationMinutes: 60,
      sequence: 0,
    }));
    usePlanDraft.getState().setSection('rituals', { items, startDate: START, timeZone: 'Europe/Paris' });
    expect(await screen.findByText('(50 of 50 rituals)')).toBeInTheDocument();
    const add = screen.getByRole('button', { name: '+ Weekly live' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(/You have 50 rituals: that is the most a plan holds/);
  });
});
