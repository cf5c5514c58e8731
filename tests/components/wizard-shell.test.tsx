import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../support/db';
import { renderApp } from '../support/render-app';

describe('the wizard shell', () => {
  it('saves the niche statement to the database and keeps it across steps', async () => {
    const user = userEvent.setup();
    const { router, databases } = renderApp('/plan/niche');

    expect(await screen.findByRole('heading', { level: 1, name: 'Who is your community for?' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your niche in one sentence'), 'yoga pour cavaliers');
    expect(await screen.findByText('Saved')).toBeInTheDocument();

    const steps = screen.getByRole('navigation', { name: 'Plan steps' });
    expect(within(steps).getByRole('link', { name: /^Niche\s*\(complete\)$/ })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Next: Validate' }));
    // The router commits the new step in a transition; the focus moves in the effect that follows.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Test the interest with real people' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(router.state.location.pathname).toBe('/plan/survey');

    await user.click(screen.getByRole('link', { name: 'Back: Niche' }));
    expect(await screen.findByLabelText('Your niche in one sentence')).toHaveValue('yoga pour cavaliers');

    const { rows } = await databases[0]!.query<{ statement: string }>(
      `select sections -> 'niche' ->> 'statement' as statement from app.plans`,
    );
    expect(rows).toEqual([{ statement: 'yoga pour cavaliers' }]);
  });

  it('switches language from the header and remembers it', async () => {
    const user = userEvent.setup();
    renderApp('/plan/niche');
    const languages = await screen.findByRole('group', { name: 'Language' });
    await user.click(within(languages).getByRole('button', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'À qui s’adresse votre communauté ?' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Langue' })).getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
    expect(JSON.parse(localStorage.getItem('noyau.locale')!).state.locale).toBe('fr');
  });

  it('shows a page that cannot be found as such', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('when the local database cannot open', () => {
  it('says so and offers a session kept in memory', async () => {
    const user = userEvent.setup();
    renderApp('/plan/niche', {
      openDatabase: async (inMemory) => {
        if (!inMemory) throw new Error('IndexedDB is not available in this window');
        return openSnapshot();
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The local database could not open.');
    expect(alert).toHaveTextContent('This browser refuses to store data here');

    await user.click(within(alert).getByRole('button', { name: 'Continue without saving' }));
    expect(
      await screen.findByText('Temporary session: nothing will be kept after you close this tab.'),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('Your niche in one sentence'), 'échecs');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });
});
