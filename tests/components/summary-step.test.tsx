import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, startOfWeek } from '@/domain/calendar-date';
import { createRitual } from '@/domain/ritual-section';
import { fixedClock } from '@/domain/clock';
import { todayIn } from '@/domain/ritual-schedule';
import { runtimeTimeZone } from '@/domain/time-zone';
import { usePlanDraft } from '@/stores/plan-draft';
import { renderApp } from '../support/render-app';

// The app and the expectations read one instant; the database (whose rules the check-ins meet)
// reads the real clock, so the instant is now, in this runtime's zone (the profile adopts it).
const clock = fixedClock(Date.now());
const nextMonday = addDays(startOfWeek(todayIn(runtimeTimeZone(), clock())), 7);
const statement = 'productivity for *introverted* freelancers <b>';

function draftPlan() {
  const { setSection } = usePlanDraft.getState();
  setSection('niche', { statement, who: 'freelancers', targetSize: 300 });
  setSection('survey', { post: { reach: 400, comments: 12, directMessages: 3, signups: 40, targetRate: 0.05, minReach: 100 } });
  setSection('platform', { answers: { hoursPerWeek: 6 }, choice: 'discord', reasons: [{ key: 'members_there' }], note: 'My members are already there.' });
  setSection('rituals', {
    startDate: nextMonday,
    timeZone: 'Europe/Paris',
    items: [createRitual('weekly_live', 'live-1', { name: 'Tuesday live', description: '' })],
  });
  setSection('launch', { offerType: 'programme', price: 500, currency: 'EUR', conversionRate: 0.05, usesBots: false });
}

afterEach(() => vi.restoreAllMocks());

describe('the summary', () => {
  it('shows every step’s decisions with whether each is complete, prints, exports Markdown and opens coach sharing', async () => {
    const user = userEvent.setup();
    draftPlan();
    renderApp('/plan/summary', { clock });

    const doc = await screen.findByRole('article', { name: 'Community plan' });
    // Markup typed by the creator shows as text.
    expect(within(doc).getAllByText(statement)).toHaveLength(2);
    expect(doc.querySelector('b')).toBeNull();

    const section = (name: string) => within(doc).getByRole('region', { name });
    expect(section('Niche')).toHaveTextContent('Complete');
    expect(section('Niche')).toHaveTextContent('Target size300');
    expect(section('Validation')).toHaveTextContent('Evidence from a test post');
    expect(section('Validation')).toHaveTextContent('Verdict: Strong signal: go on.');
    expect(section('Platform')).toHaveTextContent('Chosen platformDiscord');
    expect(section('Platform')).toHaveTextContent('My members are already there.');
    expect(within(section('Rituals for the first three months')).getByRole('table', { name: 'Rituals' })).toHaveTextContent('Every Tuesday at 19:00');
    expect(within(section('Rituals for the first three months')).getByRole('table', { name: 'Calendar of the first three months' })).toBeInTheDocument();
    expect(section('Launch: engagement and growth')).toHaveTextContent('Hours budget6 h a week at most');
    // Check-ins come from the database once it is open.
    await waitFor(() => expect(section('Launch: engagement and growth')).toHaveTextContent('No weekly check-in yet.'));
    await waitFor(() => expect(section('Money plan')).toHaveTextContent('At target (300 members)15€7,500 a month'));
    expect(section('Money plan')).toHaveTextContent('Complete');
    expect(screen.getByText(/steps complete\.$/)).toHaveTextContent('5 of 5 steps complete.');
    expect(within(section('Niche')).getByRole('link', { name: 'Edit: Niche' })).toHaveAttribute('href', '/plan/niche');

    // Print: the browser's own dialog (a print stylesheet leaves the chrome out).
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();

    // Markdown: the same document, escaped.
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:plan';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Download as Markdown' }));
    expect(click).toHaveBeenCalledOnce();
    // jsdom's Blob has no text(): read it as a browser of old would.
    const markdown = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob!);
    });
    expect(markdown).toMatch(/^# Community plan\n/);
    expect(markdown).toContain('productivity for \\*introverted\\* freelancers \\<b>');
    // Plain sentences come out as they are: no backslash before a full stop, a bracket, a dash or a %.
    expect(markdown).not.toMatch(/\\[.()\-%]/);
    expect(markdown).toContain('- **Hours budget**: 6 h a week at most');
    expect(markdown).toContain('## Money plan');
    expect(markdown).toContain('| Tuesday live | Every Tuesday at 19:00 |');

    // Sharing with a coach opens its panel (the coach review's own tests cover what is in it).
    const share = screen.getByRole('button', { name: 'Share with my coach' });
    expect(share).toHaveAttribute('aria-expanded', 'false');
    await user.click(share);
    expect(share).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText(/Nothing is shared yet\./)).toBeVisible();
  });

  it('says which sections are not filled in yet, in French too', async () => {
    const user = userEvent.setup();
    renderApp('/plan/summary', { clock });
    const doc = await screen.findByRole('article', { name: 'Community plan' });
    expect(within(doc).getByText('Niche not written yet')).toBeInTheDocument();
    expect(within(within(doc).getByRole('region', { name: 'Platform' })).getByText('Not filled in yet.')).toBeInTheDocument();
    expect(screen.getByText('0 of 5 steps complete.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Français' }));
    const fr = await screen.findByRole('article', { name: 'Plan de communauté' });
    expect(within(fr).getByRole('region', { name: 'Plateforme' })).toHaveTextContent('Pas encore rempli');
  });
});
