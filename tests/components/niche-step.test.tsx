import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('the niche step', () => {
  it('blocks a nine-word niche, explains why, and lets the creator continue once fixed', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/plan/niche');
    const statement = await screen.findByLabelText('Your niche in one sentence');

    await user.type(statement, 'fitness for entrepreneur mums who have 20 minutes max');
    expect(screen.getByText('9 words: 2 too many')).toBeInTheDocument();
    const margin = screen.getByRole('complementary', { name: 'Automatic checks' });
    const finding = within(margin).getByText('9 words: too vague to be a niche').closest('li')!;
    expect(finding).toHaveTextContent('To fix before continuing');
    expect(finding).toHaveTextContent('Words you could cut: who, have');

    const next = screen.getByRole('button', { name: 'Next: Validate' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(screen.getByRole('alert')).toHaveTextContent('Fix the points marked “to fix before continuing” to go on.');
    expect(router.state.location.pathname).toBe('/plan/niche');

    await user.clear(statement);
    await user.type(statement, 'entrepreneur mums: fitness in 20 minutes');
    expect(screen.getByText('6 of 7 words')).toBeInTheDocument();
    expect(within(margin).getByText('Precise and short: members will recognise themselves.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Next: Validate' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Test the interest with real people' })).toBeInTheDocument();
  });

  it('composes the statement from the three prompts, with undo', async () => {
    const user = userEvent.setup();
    renderApp('/plan/niche');
    const statement = await screen.findByLabelText('Your niche in one sentence');
    await user.type(statement, 'my first try');

    await user.type(screen.getByLabelText('Who are they?'), 'introverted freelancers');
    await user.type(screen.getByLabelText('What brings them together?'), 'productivity');
    await user.click(screen.getByRole('button', { name: 'Compose my statement' }));
    expect(statement).toHaveValue('productivity for introverted freelancers');
    expect(screen.getByText('Statement composed from your answers.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(statement).toHaveValue('my first try');
  });

  it('shows a lone broad category as blocking, in French too', async () => {
    const user = userEvent.setup();
    renderApp('/plan/niche');
    await user.click(await screen.findByRole('button', { name: 'Français' }));
    await user.type(await screen.findByLabelText('Votre niche en une phrase'), 'Développement personnel');
    expect(screen.getByText('« Développement personnel » est une catégorie entière, pas une niche')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suivant : Valider' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('advises on community size and refuses sizes that are not whole numbers', async () => {
    const user = userEvent.setup();
    renderApp('/plan/niche');
    const start = await screen.findByLabelText('How many people in your first cohort?');
    await user.type(start, '200');
    expect(screen.getByText(/More than 50 to start/)).toBeInTheDocument();
    await user.clear(start);
    await user.type(start, '0');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('A whole number from 1 to 100,000.')).toBeInTheDocument();
  });

  it('shows pasted HTML as text, never as markup', async () => {
    const user = userEvent.setup();
    const { container } = renderApp('/plan/niche');
    const statement = await screen.findByLabelText('Your niche in one sentence');
    await user.click(statement);
    await user.paste('<img src=x onerror=alert(1)> pour mamans');
    expect(statement).toHaveValue('<img src=x onerror=alert(1)> pour mamans');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('This looks like code or a link')).toBeInTheDocument();
  });
});
