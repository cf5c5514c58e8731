import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUSY_DELAY_MS, Button } from '@/components/ui/button';

afterEach(() => vi.useRealTimers());

function Creating() {
  const [busy, setBusy] = useState(false);
  return (
    <Button busy={busy} busyLabel="Creating the invitation…" onClick={() => setBusy(true)}>
      Create an invitation
    </Button>
  );
}

describe('a button whose action takes a while', () => {
  it('waits at once, and says what it is doing once the action has run longer than 300 ms', () => {
    vi.useFakeTimers();
    render(<Creating />);
    const button = screen.getByRole('button', { name: 'Create an invitation' });
    act(() => button.click());
    // At once: no second click, and assistive technology hears it is busy; the words stay (no flicker for a quick action).
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAccessibleName('Create an invitation');
    act(() => {
      vi.advanceTimersByTime(BUSY_DELAY_MS - 1);
    });
    expect(button).toHaveAccessibleName('Create an invitation');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(button).toHaveAccessibleName('Creating the invitation…');
  });

  it('is a plain button when idle', () => {
    render(<Button busyLabel="Saving…">Save</Button>);
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toBeEnabled();
    expect(button).not.toHaveAttribute('aria-busy');
  });
});
