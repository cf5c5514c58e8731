import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';
import { renderApp } from '../support/render-app';

describe('switching local profiles', () => {
  it('goes to the chosen profile’s home: a coach to their clients, a creator to their plan', async () => {
    const user = userEvent.setup();
    const db = await openSnapshot();
    await db.query('delete from auth.users');
    const camille = await createUser(db, 'Camille');
    await callAs(db, camille, 'save_my_profile', { p_display_name: 'Camille', p_roles: ['creator'] });
    const lea = await createUser(db, 'Léa');
    await callAs(db, lea, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
    localStorage.setItem('noyau.localProfile', camille);
    // Camille is on a page of her own (her account), then switches to her coach.
    const { router } = renderApp('/account', { openDatabase: async () => db });
    const menu = await screen.findByRole('combobox', { name: 'Profile' });
    await waitFor(() => expect(menu).toBeEnabled());

    await user.selectOptions(menu, screen.getByRole('option', { name: /^Léa/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/coach'));

    await user.selectOptions(menu, screen.getByRole('option', { name: /^Camille/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plan/niche'));
  });
});
