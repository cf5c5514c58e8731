import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { usePlanDraft } from '@/stores/plan-draft';
import { renderApp } from '../support/render-app';

async function builder(language: 'English' | 'Français') {
  const user = userEvent.setup();
  usePlanDraft.getState().setSection('niche', { statement: 'productivity for introverted freelancers', what: 'productivity' });
  renderApp('/plan/survey');
  await user.click(await screen.findByRole('radio', { name: language }));
  await user.click(screen.getByRole('button', { name: 'Create the survey' }));
  await screen.findByRole('heading', { level: 2, name: 'Questions' });
  const first = screen.getAllByLabelText('Question text')[0] as HTMLInputElement;
  return { user, first };
}

describe('the question check in the builder', () => {
  it('lets the template’s questions through, flags a hypothetical one as it is typed, rewrites it, and undoes', async () => {
    const { user, first } = await builder('English');
    const check = document.getElementById(first.getAttribute('aria-describedby')!)!;
    expect(check).toBeEmptyDOMElement();

    await user.clear(first);
    await user.type(first, 'Would you pay for a weekly coaching session?');
    expect(within(check).getByText('Asks what people would do')).toBeInTheDocument();
    expect(check).toHaveTextContent('Words that give it away: “Would you”');
    expect(check).toHaveTextContent('A way to ask it: In the last 12 months, have you paid for a weekly coaching session?');

    await user.click(within(check).getByRole('button', { name: 'Use this wording' }));
    expect(first).toHaveValue('In the last 12 months, have you paid for a weekly coaching session?');
    expect(within(check).queryByText('Asks what people would do')).toBeNull();
    expect(check).toHaveTextContent('Wording replaced.');

    await user.click(within(check).getByRole('button', { name: 'Undo' }));
    expect(first).toHaveValue('Would you pay for a weekly coaching session?');
  });

  it('reads a French survey’s questions in French', async () => {
    const { user, first } = await builder('Français');
    const check = document.getElementById(first.getAttribute('aria-describedby')!)!;
    expect(check).toBeEmptyDOMElement();
    await user.clear(first);
    await user.type(first, 'Ne pensez-vous pas que les indépendants manquent de soutien ?');
    expect(within(check).getByText('Suggests the answer')).toBeInTheDocument();
  });
});
