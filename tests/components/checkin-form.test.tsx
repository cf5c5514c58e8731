import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, startOfWeek } from '@/domain/calendar-date';
import { fixedClock } from '@/domain/clock';
import { todayIn } from '@/domain/ritual-schedule';
import { fromWallClock, runtimeTimeZone } from '@/domain/time-zone';
import { callAs } from '../support/db';
import { renderApp } from '../support/render-app';
import { formatDate } from '@/i18n/format';

// The app and the expectations read one instant; the database (whose rules the check-ins meet)
// reads the real clock, so the instant is now, in this runtime's zone (the profile adopts it).
const clock = fixedClock(Date.now());
const today = todayIn(runtimeTimeZone(), clock());
const thisMonday = startOfWeek(today);
const weeksAgo = (n: number) => addDays(thisMonday, -7 * n);
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

type User = ReturnType<typeof userEvent.setup>;

async function fillCheckin(user: User, values: Partial<Record<string, string>>) {
  const fields: Record<string, string> = {
    Week: weeksAgo(1),
    Members: '40',
    'Active members': '12',
    Conversations: '10',
    'Conversations started by members': '4',
    'Conversations between members': '3',
    'Hours you spent': '5',
    ...values,
  };
  for (const [label, value] of Object.entries(fields)) {
    const input = screen.getByLabelText(label, { exact: true });
    await user.clear(input);
    if (value) {
      await user.click(input);
      await user.paste(value);
    }
  }
}

/** The error sentence wired to a field (its aria-describedby), as a screen reader reads it. */
function errorOf(label: string): string {
  const input = screen.getByLabelText(label, { exact: true });
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent ?? '';
}

describe('the check-in form', () => {
  it('refuses active members above members, negative numbers, empty counts, a week in the future and parts above their whole, saying why on each field', async () => {
    const user = userEvent.setup();
    renderApp('/plan/launch', { clock });
    await screen.findByRole('button', { name: 'Add this check-in' });

    await fillCheckin(user, { Week: addDays(thisMonday, 7), 'Active members': '41', Conversations: '-2', 'Hours you spent': '' });
    await user.click(screen.getByRole('button', { name: 'Add this check-in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This check-in was not saved: 4 fields to correct.');
    expect(errorOf('Week')).toBe('This week has not started yet: check in once it has.');
    expect(errorOf('Active members')).toBe('Active members cannot outnumber members.');
    expect(errorOf('Conversations')).toBe('Cannot be negative.');
    expect(errorOf('Hours you spent')).toBe('Enter a number (0 if none).');
    expect(screen.getByLabelText('Active members', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    // The first field in error takes the focus.
    expect(screen.getByLabelText('Week', { exact: true })).toHaveFocus();
    expect(screen.getByText('No check-in yet. Your first one starts the charts below.')).toBeInTheDocument();

    // Fixing a field clears its message as the creator types.
    await user.clear(screen.getByLabelText('Active members', { exact: true }));
    await user.type(screen.getByLabelText('Active members', { exact: true }), '12');
    expect(errorOf('Active members')).toBe('');

    // Parts that outnumber all conversations, and counts that are not whole numbers.
    await fillCheckin(user, { 'Conversations started by members': '11', 'Conversations between members': '2.5' });
    await user.click(screen.getByRole('button', { name: 'Add this check-in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('2 fields to correct');
    expect(errorOf('Conversations started by members')).toBe('Cannot be more than all the conversations of the week.');
    expect(errorOf('Conversations between members')).toBe('A whole number, please.');
  });

  it('files any day under its Monday, lists the week, and refuses the same week twice, in the form and in SQL', async () => {
    const user = userEvent.setup();
    const { backend, databases } = renderApp('/plan/launch', { clock });
    await screen.findByRole('button', { name: 'Add this check-in' });

    const wednesday = addDays(weeksAgo(2), 2);
    await fillCheckin(user, { Week: wednesday });
    expect(screen.getByText(new RegExp(`it is filed under Monday`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add this check-in' }));
    expect(await screen.findByText(`Check-in saved for the week of ${longDate(weeksAgo(2))}.`)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Your check-ins, newest first (1)' });
    expect(within(table).getByRole('rowheader', { name: longDate(weeksAgo(2)) })).toBeInTheDocument();

    // A fresh form for the next week; the same week again is refused before any call.
    await fillCheckin(user, { Week: weeksAgo(2) });
    await user.click(screen.getByRole('button', { name: 'Add this check-in' }));
    await waitFor(() => expect(errorOf('Week')).toBe('This week already has a check-in: edit it in the list below instead.'));

    // Another tab files last week first: the database's refusal shows on the field all the same.
    const { userId } = await backend.session();
    await callAs(databases[0]!, userId, 'save_checkin', {
      p_week_start: weeksAgo(1),
      p_members: 10,
      p_active_members: 5,
      p_conversations_total: 2,
      p_conversations_by_members: 1,
      p_conversations_between_members: 1,
      p_creator_hours: 2,
    });
    await fillCheckin(user, { Week: weeksAgo(1) });
    await user.click(screen.getByRole('button', { name: 'Add this check-in' }));
    await waitFor(() => expect(errorOf('Week')).toBe('This week already has a check-in: edit it in the list below instead.'));
    expect(screen.getByLabelText('Week', { exact: true })).toHaveFocus();
  });

  it('after a save, offers the next week, not the one before; past the last week, says when the next is due', async () => {
    // Sunday 23:30 of this week in this runtime's zone: the week is not over yet, and the
    // database (on the real clock) is in the same week.
    const sunday = addDays(thisMonday, 6);
    const sundayNight = fixedClock(fromWallClock(runtimeTimeZone(), { date: sunday, hour: 23, minute: 30 }).ms);
    expect(todayIn(runtimeTimeZone(), sundayNight())).toBe(sunday);
    const user = userEvent.setup();
    renderApp('/plan/launch', { clock: sundayNight });
    await screen.findByRole('button', { name: 'Add this check-in' });
    const week = () => screen.getByLabelText('Week', { exact: true });
    expect(week()).toHaveValue(thisMonday);

    // Catching up from two weeks ago: each save moves on to the week after it.
    for (const [saved, next] of [
      [weeksAgo(2), weeksAgo(1)],
      [weeksAgo(1), thisMonday],
    ] as const) {
      await fillCheckin(user, { Week: saved });
      await user.click(screen.getByRole('button', { name: 'Add this check-in' }));
      await screen.findByText(`Check-in saved for the week of ${longDate(saved)}.`);
      await waitFor(() => expect(week()).toHaveValue(next));
    }
    await fillCheckin(user, { Week: thisMonday });
    await user.click(screen.getByRole('button', { name: 'Add this check-in' }));
    await screen.findByText(`Check-in saved for the week of ${longDate(thisMonday)}.`);
    // Every week up to this one is in: no week offered (the next one has not started).
    await waitFor(() => expect(week()).toHaveValue(''));
    const nextMonday = formatDate(addDays(thisMonday, 7), 'en', 'weekday');
    expect(screen.getByText(`Every week up to this one has its check-in. The next one is for the week of ${nextMonday}, once it has started.`)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Your check-ins, newest first (3)' })).toBeInTheDocument();
  });

  it('edits a week and deletes one after confirming', async () => {
    const user = userEvent.setup();
    renderApp('/plan/launch', { clock });
    await screen.findByRole('button', { name: 'Add this check-in' });
    await fillCheckin(user, { Week: weeksAgo(1), Members: '40' });
    await user.click(screen.getByRole('button', { name: 'Add this check-in' }));
    const week = longDate(weeksAgo(1));
    await screen.findByText(`Check-in saved for the week of ${week}.`);

    await user.click(screen.getByRole('button', { name: `Edit the week of ${week}` }));
    expect(screen.getByRole('heading', { name: `Edit the week of ${week}` })).toHaveFocus();
    expect(screen.getByLabelText('Week', { exact: true })).toHaveAttribute('readonly');
    const members = screen.getByLabelText('Members', { exact: true });
    expect(members).toHaveValue(40);
    await user.clear(members);
    await user.type(members, '44');
    await user.click(screen.getByRole('button', { name: 'Save the changes' }));
    const table = await screen.findByRole('table', { name: 'Your check-ins, newest first (1)' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('44'));

    await user.click(within(table).getByRole('button', { name: `Delete the week of ${week}` }));
    await user.click(within(table).getByRole('button', { name: `Yes, delete the week of ${week}` }));
    expect(await screen.findByText('No check-in yet. Your first one starts the charts below.')).toBeInTheDocument();
  });
});
