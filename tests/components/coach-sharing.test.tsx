import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';
import { renderApp } from '../support/render-app';

const PROFILE_KEY = 'noyau.localProfile';

describe('the creator’s side of coach review', () => {
  it('invites from the summary, sees who has access, and revokes it at once', async () => {
    const user = userEvent.setup();
    const db = await openSnapshot();
    const owner = await createUser(db, 'Camille');
    await callAs(db, owner, 'save_my_profile', { p_display_name: 'Camille', p_roles: ['creator'] });
    await callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for introverted freelancers' } });
    const coach = await createUser(db, 'Léa');
    await callAs(db, coach, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
    localStorage.setItem(PROFILE_KEY, owner);
    renderApp('/plan/summary', { openDatabase: async () => db });

    await user.click(await screen.findByRole('button', { name: 'Share with my coach' }));
    let panel = screen.getByRole('region', { name: 'Share with your coach' });
    expect(await within(panel).findByText(/Nothing is shared yet\./)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Create an invitation' }));
    const code = (await within(panel).findByText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)).textContent!;
    expect(within(panel).getByText(`${window.location.origin}/coach/join#${code}`)).toBeInTheDocument();
    expect(within(panel).getByText(/It works once, until/)).toBeInTheDocument();

    // The coach accepts (elsewhere), and the creator makes a second invitation from another tab.
    await callAs(db, coach, 'accept_coach_invitation', { p_code: code });
    await callAs(db, owner, 'create_coach_invitation');
    // Back to the summary later: the panel reads the access list again.
    await user.click(screen.getByRole('link', { name: 'Back: Launch' }));
    await user.click(await screen.findByRole('link', { name: 'Next: Summary' }));
    await user.click(await screen.findByRole('button', { name: 'Share with my coach' }));
    panel = screen.getByRole('region', { name: 'Share with your coach' });
    const item = await within(panel).findByText('Léa');
    expect(item.closest('li')).toHaveTextContent(/has access since/);
    expect(within(panel).queryByText(/Nothing is shared yet/)).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Revoke Léa’s access' }));
    const confirm = within(panel).getByRole('group', { name: 'Confirm the revocation' });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke now' }));
    await waitFor(() => expect(within(panel).getByText('Léa').closest('li')).toHaveTextContent(/access revoked on/));
    await expect(callAs(db, coach, 'list_coach_plans')).resolves.toEqual([]);
    // The second invitation is still waiting: it can be revoked too.
    await user.click(within(panel).getByRole('button', { name: /Revoke the invitation made on/ }));
    await waitFor(() => expect(within(panel).queryByRole('button', { name: /Revoke the invitation made on/ })).not.toBeInTheDocument());
  });

  it('shows the coach’s comments and status next to the step, and lets the creator reply', async () => {
    const user = userEvent.setup();
    const db = await openSnapshot();
    const owner = await createUser(db, 'Camille');
    await callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for introverted freelancers' } });
    const coach = await createUser(db, 'Léa');
    await callAs(db, coach, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
    const { code } = (await callAs(db, owner, 'create_coach_invitation')) as { code: string };
    const { plan_id: planId } = (await callAs(db, coach, 'accept_coach_invitation', { p_code: code })) as { plan_id: string };
    await callAs(db, coach, 'add_plan_comment', { p_plan_id: planId, p_section: 'niche', p_body: 'Who exactly?\n<script>alert(1)</script>' });
    await callAs(db, owner, 'request_plan_review');
    await callAs(db, coach, 'set_plan_review', { p_plan_id: planId, p_status: 'needs_work', p_version: 1 });
    localStorage.setItem(PROFILE_KEY, owner);
    renderApp('/plan/niche', { openDatabase: async () => db });

    const panel = await screen.findByRole('region', { name: 'Your coach’s comments on this step' });
    expect(within(panel).getByText('Needs work')).toBeInTheDocument();
    expect(within(panel).getByText(/by Léa, on/)).toBeInTheDocument();
    expect(within(panel).getByText('version 1 ·')).toBeInTheDocument();
    expect(within(panel).getByText('1 open thread')).toBeInTheDocument();
    const body = within(panel).getByText((_text, element) => element?.classList.contains('comment-body') === true);
    expect(body.textContent).toBe('Who exactly?\n<script>alert(1)</script>');
    expect(body.querySelector('script')).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Reply' }));
    await user.click(within(panel).getByRole('textbox', { name: 'Your reply' }));
    await user.paste('Introverted freelancers who work from home.');
    await user.click(within(panel).getByRole('button', { name: 'Send the reply' }));
    expect(await within(panel).findByText('Introverted freelancers who work from home.')).toBeInTheDocument();
    expect(within(panel).getByText('You')).toBeInTheDocument();

    // Other steps have no comment: nothing shows there.
    await user.click(screen.getByRole('link', { name: 'Next: Validate' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Test the interest with real people' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your coach’s comments on this step' })).not.toBeInTheDocument();
  });

  it('asks a creator without a name for the one the coach will see, before the first invitation', async () => {
    const user = userEvent.setup();
    const db = await openSnapshot();
    const owner = await createUser(db, '');
    await callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for introverted freelancers' } });
    localStorage.setItem(PROFILE_KEY, owner);
    renderApp('/plan/summary', { openDatabase: async () => db });

    await user.click(await screen.findByRole('button', { name: 'Share with my coach' }));
    const panel = screen.getByRole('region', { name: 'Share with your coach' });
    const name = await within(panel).findByRole('textbox', { name: 'Your name, as your coach will see it' });
    expect(within(panel).queryByRole('button', { name: 'Create an invitation' })).toBeNull();

    // Nothing written without a name.
    await user.click(within(panel).getByRole('button', { name: 'Save my name and create an invitation' }));
    expect(await within(panel).findByText('Write the name your coach will see.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    const { rows: none } = await db.query(`select 1 from app.coach_invitations where owner_id = $1`, [owner]);
    expect(none).toHaveLength(0);

    await user.type(name, 'Camille');
    await user.click(within(panel).getByRole('button', { name: 'Save my name and create an invitation' }));
    expect(await within(panel).findByText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)).toBeInTheDocument();
    expect(await callAs(db, owner, 'get_my_profile')).toMatchObject({ display_name: 'Camille' });
    // Named now: the next invitation is one click.
    expect(within(panel).getByRole('button', { name: 'Create an invitation' })).toBeInTheDocument();
  });
});
