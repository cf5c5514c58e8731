import type { ReactNode } from 'react';

type Tone = 'info' | 'warning' | 'error' | 'success';

/** An error interrupts (role="alert"); anything else is announced politely (role="status"). */
export function Alert({ tone = 'info', title, children }: { tone?: Tone; title?: ReactNode; children?: ReactNode }) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children}
    </div>
  );
}
