import type { PGlite } from '@electric-sql/pglite';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';
import { renderApp } from '../support/render-app';

const PROFILE_KEY = 'noyau.localProfile';

/** A creator with a plan and an invitation, a coach profile, and the database they share. */
async function world() {
  const db = await openSnapshot();
  const owner = await createUser(db, 'Camille');
  await callAs(db, owner, 'save_my_profile', { p_display_name: 'Camille' });
  await callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for introverted freelancers' } });
  const coach = await createUser(db, 'Léa');
  await callAs(db, coach, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
  const { code } = (await callAs(db, owner, 'create_coach_invitation')) as { code: string };
  const planId = ((await callAs(db, owner, 'get_my_plan')) as { id: string }).id;
  return { db, owner, coach, code, planId };
}

function renderAs(userId: string, path: string, db: PGlite) {
  localStorage.setItem(PROFILE_KEY, userId);
  return renderApp(path, { openDatabase: async () => db });
}

describe('the coach’s pages', () => {
  it('accepts an invitation, reads the plan, comments as plain text and approves', async () => {
    const user = userEvent.setup();
    const { db, owner, coach, code } = await world();
    renderAs(coach, '/coach', db);

    expect(await screen.findByText(/No plan has been shared with you yet/)).toBeInTheDocument();
    // A wrong code first: one message for every kind of bad code.
    const field = screen.getByRole('textbox', { name: 'Invitation code' });
    await user.click(field);
    await user.paste('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789');
    await user.click(screen.getByRole('button', { name: 'Accept and open the plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation code does not work');

    await user.clear(field);
    await user.click(field);
    await user.paste(code.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Accept and open the plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan of Camille' })).toBeInTheDocument();
    expect(screen.getByText('productivity for introverted freelancers', { selector: '.plan-document-niche' })).toBeInTheDocument();
    // Read-only: no way to edit the client's plan from here.
    expect(screen.queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();

    // Each step is headed once, not by its name and again by its section's.
    for (const name of ['Niche', 'Validate']) {
      const region = screen.getByRole('region', { name });
      expect(within(region).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([name]);
      expect(within(region).queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([`Comments on “${name}”`]);
    }
    expect(screen.queryByRole('heading', { name: 'Validation' })).toBeNull();
    // HTML in a comment is shown as the text it is.
    const niche = screen.getByRole('region', { name: 'Niche' });
    const box = within(niche).getByRole('textbox', { name: 'Your comment on “Niche”' });
    await user.click(box);
    await user.paste('<b>Who</b> exactly? <img src=x onerror="alert(1)">');
    await user.click(within(niche).getByRole('button', { name: 'Send the comment' }));
    const body = await within(niche).findByText('<b>Who</b> exactly? <img src=x onerror="alert(1)">');
    expect(body.querySelector('b, img')).toBeNull();
    expect(document.querySelector('.comment-body img')).toBeNull();

    // 10,000 characters: refused before sending, and nothing is sent.
    await user.click(box);
    await user.paste('x'.repeat(10_000));
    expect(within(niche).getByText('10,000 / 4,000 characters')).toBeInTheDocument();
    await user.click(within(niche).getByRole('button', { name: 'Send the comment' }));
    expect(within(niche).getByText(/A comment has at most 4,000 characters/)).toBeInTheDocument();
    expect((await db.query<{ n: number }>('select count(*)::int as n from app.plan_comments')).rows[0]!.n).toBe(1);

    // Nothing to decide before the client sends a version.
    const review = screen.getByRole('region', { name: 'Your review' });
    expect(within(review).getByText('You have not given this plan a status yet.')).toBeInTheDocument();
    expect(within(review).getByText('Nothing to decide yet.')).toBeInTheDocument();
    expect(within(review).queryByRole('button')).toBeNull();

    // The client asks for a review: the home lists the plan as waiting, version 1 is decided on.
    await callAs(db, owner, 'request_plan_review', { p_note: 'Is the niche narrow enough?' });
    await user.click(screen.getByRole('link', { name: /Back to your clients/ }));
    let row = within(await screen.findByRole('table', { name: 'Your clients’ plans' })).getByRole('row', { name: /Camille/ });
    expect(row).toHaveTextContent('Waiting for you');
    expect(row).toHaveTextContent('Version 1 sent');
    expect(row).toHaveTextContent('Comments: 1 · 1 open thread');
    expect(row).toHaveTextContent('1 unread');
    await user.click(within(row).getByRole('link', { name: 'Camille' }));
    expect(await screen.findByText(/^Version 1, sent on /)).toBeInTheDocument();
    expect(screen.getByText('Your client’s note: “Is the niche narrow enough?”')).toBeInTheDocument();
    // "Needs work" and "Approve" weigh the same: neither is the page's primary action.
    const decisions = within(screen.getByRole('group', { name: 'Decide on version 1' })).getAllByRole('button');
    expect(decisions.map((b) => b.textContent)).toEqual(['Needs work', 'Approve version 1']);
    expect(new Set(decisions.map((b) => b.className)).size).toBe(1);
    const decided = screen.getByRole('region', { name: 'Your review' });
    await user.click(within(decided).getByRole('button', { name: 'Approve version 1' }));
    await waitFor(() => expect(within(decided).getByRole('button', { name: 'Approve version 1' })).toHaveAttribute('aria-pressed', 'true'));
    expect(decided.querySelector('.review-status')).toHaveTextContent(/^Approved version 1 · since /);

    // Back home: the plan is listed with its progress and the review, and waits no more.
    await user.click(screen.getByRole('link', { name: /Back to your clients/ }));
    row = within(await screen.findByRole('table', { name: 'Your clients’ plans' })).getByRole('row', { name: /Camille/ });
    expect(row).toHaveTextContent('1 of 5 steps complete');
    expect(row).toHaveTextContent('Approved');
    expect(row).not.toHaveTextContent('Waiting for you');
    expect(row).not.toHaveTextContent('unread');
  });

  it('tells a revoked coach, whose page is still open, that access is gone', async () => {
    const user = userEvent.setup();
    const { db, owner, coach, code, planId } = await world();
    await callAs(db, coach, 'accept_coach_invitation', { p_code: code });
    renderAs(coach, `/coach/plans/${planId}`, db);
    const niche = await screen.findByRole('region', { name: 'Niche' });

    // The creator revokes while the page is open.
    const access = (await callAs(db, owner, 'list_my_coach_access')) as { coaches: { id: string }[] };
    await callAs(db, owner, 'revoke_coach', { p_link_id: access.coaches[0]!.id });

    await user.click(within(niche).getByRole('textbox', { name: 'Your comment on “Niche”' }));
    await user.paste('One more thing');
    await user.click(within(niche).getByRole('button', { name: 'Send the comment' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This plan is no longer shared with you' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your client no longer shares this plan with you.');
    expect(screen.queryByText('productivity for introverted freelancers')).not.toBeInTheDocument();
    expect((await db.query<{ n: number }>('select count(*)::int as n from app.plan_comments')).rows[0]!.n).toBe(0);
  });

  it('asks a profile to become a coach before accepting', async () => {
    const user = userEvent.setup();
    const { db, code } = await world();
    const newcomer = await createUser(db, 'Sam');
    const { router } = renderAs(newcomer, `/coach/join#${code}`, db);
    expect(await screen.findByRole('heading', { level: 1, name: 'You are invited to coach a plan' })).toBeInTheDocument();
    // The code came in the link's fragment, and the fragment is cleared from the address.
    expect(screen.getByRole('textbox', { name: 'Invitation code' })).toHaveValue(code);
    await waitFor(() => expect(router.state.location.hash).toBe(''));

    await user.click(screen.getByRole('button', { name: 'Accept and open the plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Turn on the coach role for this profile first.');
    await user.click(screen.getByRole('button', { name: 'Use this profile as a coach' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'This profile is not a coach yet' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Accept and open the plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan of Camille' })).toBeInTheDocument();
  });
});
