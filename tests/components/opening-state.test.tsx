import type { PGlite } from '@electric-sql/pglite';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../support/db';
import { renderApp } from '../support/render-app';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('while the local database opens', () => {
  it('shows it on screen, lets the creator write, explains the controls that wait, and reports nothing to fix yet', async () => {
    const user = userEvent.setup();
    const gate = deferred<void>();
    let db: PGlite | null = null;
    renderApp('/plan/niche', {
      openDatabase: async () => {
        db = await openSnapshot();
        await db.query(`delete from auth.users`);
        await gate.promise;
        return db;
      },
    });

    const opening = await screen.findByText('Opening the local database…', { selector: 'strong' });
    expect(opening).toBeVisible();
    expect(opening.closest('.visually-hidden')).toBeNull();

    // The niche step: where to begin, not a fault, before anything was typed.
    const margin = await screen.findByRole('complementary', { name: 'Automatic checks' });
    expect(within(margin).getByText('Write your niche first')).toBeInTheDocument();
    expect(within(margin).getByText('To begin')).toBeInTheDocument();
    expect(within(margin).queryByText('To fix before continuing')).not.toBeInTheDocument();
    expect(screen.getByText('Write your niche to go on.')).toBeInTheDocument();
    expect(screen.queryByText(/Fix the points marked/)).not.toBeInTheDocument();

    // Controls that need the database say why they wait.
    for (const name of ['New profile…', 'Load the demo']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription('Available once the local database is open.');
    }
    expect(screen.getByRole('combobox', { name: 'Profile' })).toHaveAccessibleDescription('Available once the local database is open.');

    // Writing works meanwhile.
    const statement = screen.getByLabelText('Your niche in one sentence');
    await user.type(statement, 'chess');
    expect(statement).toHaveValue('chess');

    gate.resolve();
    expect(await screen.findByText('Local database ready')).toBeVisible();
    expect(screen.queryByText('Opening the local database…')).not.toBeInTheDocument();
    expect(screen.queryByText('Available once the local database is open.')).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'New profile…' })).toBeEnabled();
    // What was written meanwhile is kept, then saved.
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(statement).toHaveValue('chess');

    // Once written and then emptied, the empty statement is a point to fix.
    await user.clear(statement);
    expect(within(margin).getByText('To fix before continuing')).toBeInTheDocument();
  });

  it('in French too', async () => {
    const user = userEvent.setup();
    renderApp('/plan/niche', { openDatabase: () => new Promise<never>(() => undefined) });
    await user.click(await screen.findByRole('button', { name: 'Français' }));
    expect(await screen.findByText('Ouverture de la base locale…', { selector: 'strong' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Charger la démo' })).toHaveAccessibleDescription(
      'Disponible dès que la base locale est ouverte.',
    );
    expect(screen.getByText('Écrivez d’abord votre niche')).toBeInTheDocument();
    expect(screen.queryByText('À corriger pour continuer')).not.toBeInTheDocument();
  });
});

describe('when the local database fails to open', () => {
  it('says what to do: try again, continue without saving, or erase and start again', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    renderApp('/plan/niche', {
      openDatabase: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('The storage quota is exhausted');
        return openSnapshot();
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The local database could not open.');
    expect(alert).toHaveTextContent('What you can do: try again; continue without saving');
    expect(alert).toHaveTextContent('The storage quota is exhausted');
    expect(within(alert).getByRole('button', { name: 'Continue without saving' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Erase local data and start again' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Local database ready')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
