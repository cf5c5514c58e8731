import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('the account page in local mode', () => {
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
    expect(await within(menu).findByRole('option', { name: 'Léa · coach' })).toBeInTheDocument();

    // No role at all is refused before anything is sent.
    await user.click(screen.getByRole('checkbox', { name: 'Coach' }));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(screen.getByText('Choose at least one.')).toBeInTheDocument();
  });
});
