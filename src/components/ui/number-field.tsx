import { useState, type ReactNode } from 'react';
import { Field } from '@/components/ui/field';

interface NumberFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The stored value; for a percentage, a share from 0 to 1. */
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  step?: number;
  /** Whole numbers only. Said at every use: a count and an amount of hours differ. */
  integer: boolean;
  /** Shown and typed as a percentage, stored as a share. */
  percent?: boolean;
  invalidMessage: ReactNode;
}

const toText = (value: number | null | undefined, percent: boolean) =>
  value == null ? '' : String(percent ? Math.round(value * 100_000) / 1_000 : value);

/**
 * The one number input: a number of the plan, passed on as it is typed when valid. What is typed stays on screen even when
 * it is not valid yet (with the reason); only valid values reach the draft.
 */
export function NumberField({ label, hint, value, onChange, min, max, step = 1, integer, percent = false, invalidMessage }: NumberFieldProps) {
  const [text, setText] = useState(toText(value, percent));
  const [seen, setSeen] = useState(value ?? null);
  // The plan can change from elsewhere (loaded from the database, another profile): follow it.
  if ((value ?? null) !== seen) {
    setSeen(value ?? null);
    setText(toText(value, percent));
  }
  const parse = (raw: string): number | null | undefined => {
    if (raw.trim() === '') return null;
    const n = Number(raw.replace(',', '.'));
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) return undefined;
    return percent ? Math.round(n * 1_000) / 100_000 : n;
  };
  const invalid = parse(text) === undefined;
  return (
    <Field label={label} hint={hint} error={invalid ? invalidMessage : null}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode={integer ? 'numeric' : 'decimal'}
          min={min}
          max={max}
          step={step}
          className="input-narrow"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const next = parse(event.target.value);
            if (next !== undefined) {
              setSeen(next);
              onChange(next);
            }
          }}
        />
      )}
    </Field>
  );
}
