import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('the launch step says what completes it', () => {
  it('lists what the plan still lacks, each a link to where it is asked, and shortens as it is filled in', async () => {
    const user = userEvent.setup();
    renderApp('/plan/launch');
    await screen.findByRole('button', { name: 'Add this check-in' });
    const todo = screen.getByText('This step is complete once your plan has:').parentElement!;
    const links = () => within(todo).getAllByRole('link');
    expect(links().map((link) => link.textContent)).toEqual([
      'the kind of offer',
      'a price',
      'the share of members you expect to pay',
      'the hours a week you can give',
      'whether you will use bots',
    ]);
    // Each link goes to a part of this page.
    for (const link of links()) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();

    const hours = screen.getByLabelText('Hours a week you want to give at most', { exact: true });
    await user.click(hours);
    await user.paste('6');
    await waitFor(() => expect(links()).toHaveLength(4));
    expect(within(todo).queryByRole('link', { name: 'the hours a week you can give' })).toBeNull();
  });
});
