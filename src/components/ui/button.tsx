import { useEffect, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

/** How long an action runs before its button says so: shorter ones would only flicker. */
export const BUSY_DELAY_MS = 300;

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** The action it started is running: the button waits (disabled, aria-busy). */
  busy?: boolean;
  /** What it says once the action has run for BUSY_DELAY_MS ("Creating…"). */
  busyLabel?: ReactNode;
}

export function Button({ variant = 'secondary', className, type = 'button', busy = false, busyLabel, disabled, children, ...props }: ButtonProps) {
  const [slow, setSlow] = useState(false);
  // A new action starts quiet again (React's pattern for state reset by a prop's change).
  const [wasBusy, setWasBusy] = useState(busy);
  if (busy !== wasBusy) {
    setWasBusy(busy);
    setSlow(false);
  }
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), BUSY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return (
    <button
      type={type}
      className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...props}
    >
      {busy && slow && busyLabel ? (
        <>
          <span className="btn-spinner" aria-hidden="true" /> {busyLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
