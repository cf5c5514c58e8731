import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { usePlanDraft } from '@/stores/plan-draft';
import { renderApp } from '../support/render-app';

async function builderFromNiche() {
  const user = userEvent.setup();
  usePlanDraft.getState().setSection('niche', { statement: 'productivity for introverted freelancers', what: 'productivity' });
  const view = renderApp('/plan/survey');
  await user.click(await screen.findByRole('radio', { name: 'English' }));
  await user.click(screen.getByRole('button', { name: 'Create the survey' }));
  await screen.findByRole('heading', { level: 2, name: 'Questions' });
  return { user, ...view };
}

const prompts = () => screen.getAllByLabelText('Question text').map((input) => (input as HTMLInputElement).value);

describe('the survey builder', () => {
  it('reorders questions by keyboard and announces it, and removes with undo', async () => {
    const { user, router } = await builderFromNiche();
    expect(router.state.location.pathname).toMatch(/^\/surveys\/.+\/edit$/);
    const before = prompts();
    expect(before).toHaveLength(7);

    const up = screen.getByRole('button', { name: 'Move question 2 up' });
    up.focus();
    await user.keyboard('{Enter}');
    expect(prompts().slice(0, 2)).toEqual([before[1], before[0]]);
    expect(screen.getByText('Question moved to position 1.')).toBeInTheDocument();
    // Focus stays on a usable control of the moved question.
    expect(screen.getByRole('button', { name: 'Move question 1 down' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove question 3' }));
    expect(prompts()).toHaveLength(6);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(prompts()).toHaveLength(7);
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('says what is wrong with a question and saves nothing until it is fixed', async () => {
    const { user } = await builderFromNiche();
    const first = screen.getByRole('group', { name: 'Question 1' });
    const choice = within(first).getByLabelText('Choice 1');
    await user.clear(choice);
    expect(await within(first).findByText('A choice question needs 2 to 12 choices, each with a label.')).toBeInTheDocument();
    expect(screen.getByText(/Not saved until these are fixed/)).toBeInTheDocument();

    await user.type(choice, 'Yes, and I paid');
    await waitFor(() => expect(screen.queryByText(/Not saved until these are fixed/)).toBeNull());
  });

  it('asks a question only after a matching answer, says the rule in words, and flags a rule left without its question', async () => {
    const { user } = await builderFromNiche();
    const first = screen.getByRole('group', { name: 'Question 1' });
    const labels = [1, 2].map((n) => (within(first).getByLabelText(`Choice ${n}`) as HTMLInputElement).value);
    const second = screen.getByRole('group', { name: 'Question 2' });
    const showIt = within(second).getByLabelText('Show it');
    await user.selectOptions(showIt, within(second).getByRole('option', { name: /^Depending on the answer to question 1: / }));
    expect(within(second).getByText(`Shown only to people who answered “${labels[0]}” to question 1.`)).toBeInTheDocument();
    await user.click(within(second).getByRole('checkbox', { name: labels[1] }));
    expect(within(second).getByText(`Shown only to people who answered “${labels[0]}” or “${labels[1]}” to question 1.`)).toBeInTheDocument();
    expect(await screen.findByText('Saved')).toBeInTheDocument();

    // Moved above the question it depends on, the rule is a problem and nothing is saved.
    await user.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    const moved = screen.getByRole('group', { name: 'Question 1' });
    expect(await within(moved).findByText(/depends on a question that is no longer above it/)).toBeInTheDocument();
    expect(screen.getByText(/Not saved until these are fixed/)).toBeInTheDocument();
    await user.selectOptions(within(moved).getByLabelText('Show it'), 'To everyone');
    await waitFor(() => expect(screen.queryByText(/Not saved until these are fixed/)).toBeNull());
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('proposes what each answer proves from its kind and wording, and adds a stronger commitment', async () => {
    const { user } = await builderFromNiche();
    const first = screen.getByRole('group', { name: 'Question 1' });
    const proves = within(first).getByLabelText('What an answer proves') as HTMLSelectElement;
    // "In the last year, did you…": what people did.
    expect(proves.value).toBe('behaviour');
    expect(within(first).getByRole('option', { name: 'A stronger commitment' })).toBeInTheDocument();
    expect(within(first).queryByRole('option', { name: 'A commitment' })).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Question 3' })).getByText('An opinion: what an answer to this kind of question always proves.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Question 7' })).getByText('A commitment: what an answer to this kind of question always proves.')).toBeInTheDocument();

    await user.selectOptions(proves, 'An opinion');
    expect(within(first).getByText('Read from the wording: Past behaviour.')).toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Use it' }));
    expect(proves.value).toBe('behaviour');

    await user.click(screen.getByRole('button', { name: 'Add a stronger commitment' }));
    const added = screen.getByRole('group', { name: 'Question 8' });
    expect(within(added).getByLabelText('Question text')).toHaveFocus();
    expect(within(added).getByLabelText('Question text')).toHaveValue('Book a 15-minute call with me about this community');
    expect((within(added).getByLabelText('What an answer proves') as HTMLSelectElement).value).toBe('strong_commitment');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('holds publishing until the test card is complete, then fixes it', async () => {
    const { user } = await builderFromNiche();
    const publish = screen.getByRole('button', { name: 'Publish' });
    expect(publish).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Complete the checklist to publish.')).toBeInTheDocument();

    const threshold = screen.getByRole('region', { name: 'Test card' });
    await user.click(within(threshold).getByRole('checkbox', { name: 'Yes, and I paid (course, coaching, tool)' }));
    await user.click(within(threshold).getByRole('button', { name: 'Set this threshold' }));
    expect(await within(threshold).findByText('Threshold set: 40% of at least 30 answers.')).toBeInTheDocument();
    // The threshold alone is not a card: the hypothesis is still to write.
    expect(publish).toHaveAttribute('aria-disabled', 'true');
    const hypothesis = 'At least 40 % of introverted freelancers paid for help with their productivity last quarter.';
    await user.type(within(threshold).getByLabelText('What you believe, in one sentence'), hypothesis);
    await user.tab();
    expect(await within(threshold).findByText('Hypothesis saved.')).toBeInTheDocument();

    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish' })).not.toHaveAttribute('aria-disabled', 'true'));
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const link = (await screen.findByLabelText('Public link')) as HTMLInputElement;
    expect(link.value).toMatch(/\/s\/[a-z0-9-]+$/);
    expect(screen.getByRole('img', { name: 'QR code of the public link' })).toBeInTheDocument();
    // The panel says where the survey is now, not what to do before publishing.
    expect(screen.getByRole('heading', { level: 2, name: 'Collecting answers' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Before publishing' })).toBeNull();
    // Published, the card is shown, no longer edited.
    expect(screen.queryByLabelText('What you believe, in one sentence')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Test card' })).getByText(hypothesis)).toBeInTheDocument();

    // A response limit out of bounds is refused on its field, before anything is sent.
    const limit = screen.getByRole('spinbutton', { name: 'Response limit (optional)' });
    await user.type(limit, '0');
    await user.click(screen.getByRole('button', { name: 'Save the sharing settings' }));
    await waitFor(() => expect(limit).toHaveAttribute('aria-invalid', 'true'));
    expect(limit).toHaveAccessibleDescription('A date in the future, and a limit from 1 to 100,000.');
    await user.clear(limit);
    await user.type(limit, '50');
    await user.click(screen.getByRole('button', { name: 'Save the sharing settings' }));
    expect(await screen.findByText('Sharing settings saved.')).toBeInTheDocument();
    expect(limit).not.toHaveAttribute('aria-invalid');
  });

  it('says what is wrong with a threshold on its field, before anything is sent', async () => {
    const { user } = await builderFromNiche();
    const threshold = screen.getByRole('region', { name: 'Test card' });
    const share = within(threshold).getByRole('spinbutton', { name: 'Share of answers needed (%)' });
    await user.clear(share);
    await user.type(share, '0');
    await user.click(within(threshold).getByRole('button', { name: 'Set this threshold' }));
    await waitFor(() => expect(share).toHaveAttribute('aria-invalid', 'true'));
    expect(share).toHaveAccessibleDescription(/A share from 1 to 100%/);
    // No answer counted as a success yet: the options say so too.
    expect(within(threshold).getByRole('group', { name: 'Answers that count as a success' })).toHaveAccessibleDescription(/at least one answer counted as success/);
  });
});
