import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, startOfWeek } from '@/domain/calendar-date';
import { fixedClock } from '@/domain/clock';
import { todayIn } from '@/domain/ritual-schedule';
import { runtimeTimeZone } from '@/domain/time-zone';
import { renderApp } from '../support/render-app';

// The app and the expectations read one instant; the database (whose rules the check-ins meet)
// reads the real clock, so the instant is now, in this runtime's zone (the profile adopts it).
const clock = fixedClock(Date.now());
const thisMonday = startOfWeek(todayIn(runtimeTimeZone(), clock()));
const weeksAgo = (n: number) => addDays(thisMonday, -7 * n);
const longDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

type User = ReturnType<typeof userEvent.setup>;
async function set(user: User, label: string, value: string) {
  const input = screen.getByLabelText(label, { exact: true });
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}

// Four weeks of a community growing fast while fewer take part, and a creator working more.
const weeks = [
  { members: '40', active: '24', hours: '5', note: '' },
  { members: '60', active: '27', hours: '6', note: 'Léa a lancé un fil' },
  { members: '90', active: '30', hours: '8', note: 'Merci @Léa pour le hot seat' },
  { members: '140', active: '28', hours: '11', note: '@Léa encore, et @Tom' },
];

describe('the launch step', () => {
  it('turns four check-ins into charts, watch-outs, a money projection, ambassadors and a cell plan', async () => {
    const user = userEvent.setup();
    // The weekly hours are asked once, in the platform step; the launch step measures against them.
    const { router } = renderApp('/plan/platform', { clock });
    await screen.findByRole('heading', { level: 1, name: 'One platform, well run' });
    await set(user, 'Hours you can give the community each week', '6');
    await router.navigate('/plan/launch');
    await screen.findByRole('button', { name: 'Add this check-in' });
    expect(screen.getByText('The charts appear with your first check-in.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Your limits and targets' })).getByText('You said you can give 6 h a week.')).toBeInTheDocument();
    for (const [i, week] of weeks.entries()) {
      const monday = weeksAgo(weeks.length - i);
      await set(user, 'Week', monday);
      await set(user, 'Members', week.members);
      await set(user, 'Active members', week.active);
      await set(user, 'Conversations', '20');
      await set(user, 'Conversations started by members', '8');
      await set(user, 'Conversations between members', '5');
      await set(user, 'Hours you spent', week.hours);
      if (week.note) await set(user, 'Note', week.note);
      await user.click(screen.getByRole('button', { name: 'Add this check-in' }));
      await screen.findByText(`Check-in saved for the week of ${longDate(monday)}.`);
    }

    // The measures, with the way they are computed beside each chart.
    expect(screen.getByText('Latest week: 20% (28 of 140 members).')).toBeInTheDocument();
    expect(screen.getByText('How it is computed: active members ÷ members, for each week.')).toBeInTheDocument();
    expect(screen.getByText(/the article author’s own observation, not a rule/)).toBeInTheDocument();
    expect(screen.getByText('Latest week: 11 h, for a budget of 6 h.')).toBeInTheDocument();
    const engagement = screen.getByRole('region', { name: 'Engagement over time' });
    const activeTable = within(engagement).getAllByRole('table')[0]!;
    expect(within(activeTable).getAllByRole('row')).toHaveLength(5);
    expect(within(activeTable).getAllByRole('row')[4]).toHaveTextContent('140' + '28' + '20%');

    // The pitfalls the data shows.
    const watchOuts = screen.getByRole('region', { name: 'Watch-outs' });
    expect(within(watchOuts).getByRole('heading', { name: 'The growth race' })).toBeInTheDocument();
    expect(within(watchOuts).getByText(/while the share of active members fell from 60% to 20%/)).toBeInTheDocument();
    expect(within(watchOuts).getByRole('heading', { name: 'Running out of steam' })).toBeInTheDocument();
    expect(within(watchOuts).getByRole('heading', { name: 'No revenue plan yet' })).toBeInTheDocument();

    // Money: the article's first case sets the conversion; the projection follows.
    const money = screen.getByRole('region', { name: 'Money' });
    await user.click(within(money).getByRole('radio', { name: 'Coaching programme' }));
    await set(user, 'Price', '500');
    await user.click(within(money).getByRole('button', { name: 'Use 5%' }));
    expect(within(money).getByLabelText('Members buying each month (%)')).toHaveValue(5);
    expect(within(money).getByText('€3,500 a month')).toBeInTheDocument();
    expect(within(money).getByText('About 7 sales a month at €500')).toBeInTheDocument();
    const sensitivity = within(money).getByRole('table', { name: /Monthly revenue at 140 members/ });
    expect(within(sensitivity).getByRole('row', { name: /^5%/ })).toHaveTextContent('€3,500');
    await user.selectOptions(within(money).getByLabelText('Currency'), 'CHF');
    expect(within(money).getByText(/^CHF\s3,500 a month$/)).toBeInTheDocument();
    await waitFor(() => expect(within(watchOuts).queryByRole('heading', { name: 'No revenue plan yet' })).not.toBeInTheDocument());

    // Ambassadors: the notes keep naming Léa; once listed as contributing, ask her now (over budget).
    const ambassadors = screen.getByRole('region', { name: 'Ambassadors' });
    expect(within(ambassadors).getByText('Léa')).toBeInTheDocument();
    expect(within(ambassadors).getByText(/Not yet: give them a small role first/)).toBeInTheDocument();
    await user.click(within(ambassadors).getByRole('button', { name: 'Add a member' }));
    await user.type(within(ambassadors).getByRole('textbox', { name: 'Name of member 1' }), 'Léa');
    await user.selectOptions(within(ambassadors).getByRole('combobox', { name: 'Level of Léa' }), 'contributing');
    expect(within(ambassadors).getByText(/Ask now: you went over your hours budget/)).toBeInTheDocument();

    // Scale: past 500 members, cells with a leader each and a VIP core.
    await set(user, 'Target size of the community', '1200');
    const scale = screen.getByRole('region', { name: 'Growing without losing the spirit' });
    expect(within(scale).getByText('For 1,200 members: 3 groups of about 400.')).toBeInTheDocument();
    expect(within(scale).getByText(/A VIP core of 50 of the most loyal members/)).toBeInTheDocument();
    expect(within(money).getByText(/^CHF\s30,000 a month$/)).toBeInTheDocument();
  });
});
