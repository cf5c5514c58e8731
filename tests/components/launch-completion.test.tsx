import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('the launch step says what completes it', () => {
  it('lists what the plan still lacks, each a link to where it is asked, and shortens as it is filled in', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/plan/launch');
    await screen.findByRole('button', { name: 'Add this check-in' });
    const todo = () => screen.getByText('This step is complete once your plan has:').parentElement!;
    const links = () => within(todo()).getAllByRole('link');
    expect(links().map((link) => link.textContent)).toEqual([
      'the kind of offer',
      'a price',
      'the share of members you expect to pay',
      'the hours a week you can give',
      'whether you will use bots',
    ]);
    // Each link goes to a part of this page, but the weekly hours: asked once, in the platform step.
    const hoursLink = within(todo()).getByRole('link', { name: 'the hours a week you can give' });
    expect(hoursLink).toHaveAttribute('href', '/plan/platform#platform-time');
    for (const link of links().filter((l) => l !== hoursLink)) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    // Nothing on this page asks them again: it says where they are asked.
    expect(screen.queryByRole('spinbutton', { name: /hours a week/i })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Your limits and targets' })).getByText('You have not said yet how many hours a week you can give.')).toBeInTheDocument();

    // The link lands on the question itself.
    await user.click(hoursLink);
    await screen.findByRole('heading', { level: 1, name: 'One platform, well run' });
    const time = screen.getByRole('group', { name: 'Your time and budget' });
    await waitFor(() => expect(time).toHaveFocus());
    await user.click(within(time).getByLabelText('Hours you can give the community each week'));
    await user.paste('6');

    await router.navigate('/plan/launch');
    await screen.findByRole('button', { name: 'Add this check-in' });
    await waitFor(() => expect(links()).toHaveLength(4));
    expect(within(todo()).queryByRole('link', { name: 'the hours a week you can give' })).toBeNull();
    expect(screen.getByText('You said you can give 6 h a week.')).toBeInTheDocument();
  });
});
