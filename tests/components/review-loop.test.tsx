import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';
import { renderApp } from '../support/render-app';

const PROFILE_KEY = 'noyau.localProfile';

/** A creator whose plan a coach follows, and the database they share. */
async function world() {
  const db = await openSnapshot();
  const owner = await createUser(db, 'Camille');
  await callAs(db, owner, 'save_my_profile', { p_display_name: 'Camille' });
  await callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for introverted freelancers' } });
  const coach = await createUser(db, 'Léa');
  await callAs(db, coach, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
  const { code } = (await callAs(db, owner, 'create_coach_invitation')) as { code: string };
  const { plan_id: planId } = (await callAs(db, coach, 'accept_coach_invitation', { p_code: code })) as { plan_id: string };
  return { db, owner, coach, planId };
}

describe('the review loop, on the creator’s side', () => {
  it('counts unread items in the navigation, and marks one read when it is opened', async () => {
    const user = userEvent.setup();
    const { db, owner, coach, planId } = await world();
    await callAs(db, owner, 'request_plan_review');
    await callAs(db, coach, 'add_plan_comment', { p_plan_id: planId, p_section: 'niche', p_body: 'Who exactly?\n<b>bold</b>' });
    localStorage.setItem(PROFILE_KEY, owner);
    renderApp('/inbox', { openDatabase: async () => db });

    const nav = await screen.findByRole('link', { name: 'Inbox, 1 unread' });
    expect(nav).toHaveTextContent('Inbox1');
    expect(await screen.findByText('1 unread')).toBeInTheDocument();
    const item = screen.getByRole('link', { name: 'Léa commented on “Niche”' });
    const excerpt = item.closest('li')!.querySelector('.inbox-excerpt')!;
    expect(excerpt.textContent).toBe('Who exactly?\n<b>bold</b>');
    expect(excerpt.querySelector('b')).toBeNull();

    await user.click(item);
    expect(await screen.findByRole('region', { name: 'Your coach’s comments on this step' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Inbox' })).not.toHaveTextContent('1'));
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from app.inbox_items where recipient_id = $1 and read_at is null', [owner]);
    expect(rows[0]!.n).toBe(0);
  });

  it('says when the inbox is empty', async () => {
    const db = await openSnapshot();
    const someone = await createUser(db, 'Nina');
    localStorage.setItem(PROFILE_KEY, someone);
    renderApp('/inbox', { openDatabase: async () => db });
    expect(await screen.findByText(/Nothing here yet\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inbox' })).toBeInTheDocument();
  });

  it('sends the plan as version 1, refuses a note over 1,000 characters, then says the coach has it', async () => {
    const user = userEvent.setup();
    const { db, owner } = await world();
    localStorage.setItem(PROFILE_KEY, owner);
    renderApp('/plan/summary', { openDatabase: async () => db });

    const panel = await screen.findByRole('region', { name: 'Review by your coach' });
    const note = within(panel).getByRole('textbox', { name: /A word for your coach/ });
    await user.click(note);
    await user.paste('x'.repeat(1001));
    await user.click(within(panel).getByRole('button', { name: 'Ask for a review of version 1' }));
    expect(await within(panel).findByText('At most 1,000 characters.')).toBeInTheDocument();
    expect((await db.query<{ n: number }>('select count(*)::int as n from app.plan_versions')).rows[0]!.n).toBe(0);

    await user.clear(note);
    await user.click(note);
    await user.paste('What do you think of the niche?');
    await user.click(within(panel).getByRole('button', { name: 'Ask for a review of version 1' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent('Version 1 sent to your coach.');
    expect(await within(panel).findByText('Version 1 holds the plan as it is now: your coach has it.')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /Ask for a review/ })).toBeNull();
    expect(within(panel).getByText(/^Version 1, sent on /)).toBeInTheDocument();
    expect(within(panel).getByText('Your note: “What do you think of the niche?”')).toBeInTheDocument();
  });
});
