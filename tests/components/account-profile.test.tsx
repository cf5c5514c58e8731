import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('the account page in local mode', () => {
  it('takes the browser’s time zone, and saves another one chosen from the list, in French too', async () => {
    const user = userEvent.setup();
    const { databases } = renderApp('/account');
    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    await user.selectOptions(zone, 'Pacific/Kiritimati');
    await user.click(screen.getByRole('button', { name: 'Save the time zone' }));
    expect(await screen.findByText('Time zone saved: Pacific/Kiritimati.')).toBeInTheDocument();
    const stored = await databases[0]!.query<{ time_zone: string }>(`select time_zone from app.profiles where time_zone is not null`);
    expect(stored.rows.map((row) => row.time_zone)).toEqual(['Pacific/Kiritimati']);
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Votre fuseau horaire' })).toBeInTheDocument();
  });

  it('names the profile and turns on the coach role, which the profile menu then shows', async () => {
    const user = userEvent.setup();
    renderApp('/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Local profiles' })).toBeInTheDocument();

    const name = await screen.findByRole('textbox', { name: 'Display name' });
    await user.clear(name);
    await user.type(name, 'Léa');
    await user.click(screen.getByRole('checkbox', { name: 'Coach' }));
    await user.click(screen.getByRole('checkbox', { name: 'Creator' }));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();

    const menu = screen.getByRole('combobox', { name: 'Profile' });
    // A coach is listed under the role, by name alone.
    const coaches = await within(menu).findByRole('group', { name: 'Coaches' });
    expect(within(coaches).getByRole('option', { name: 'Léa' })).toBeInTheDocument();
    expect(within(menu).queryByRole('group', { name: 'Creators' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(within(within(menu).getByRole('group', { name: 'Coachs' })).getByRole('option', { name: 'Léa' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));

    // No role at all is refused before anything is sent.
    await user.click(screen.getByRole('checkbox', { name: 'Coach' }));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByText('Choose at least one.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'What you do in Noyau' })).toHaveAccessibleDescription('Choose at least one.');

    // A name too long says so on the field, wired to it for assistive technologies.
    await user.click(screen.getByRole('checkbox', { name: 'Coach' }));
    await user.clear(name);
    await user.type(name, 'x'.repeat(81));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/At most 80 characters\./);
  });
});
