import { useState } from 'react';
import { Field } from '@/components/ui/field';

interface NumberFieldProps {
  label: string;
  hint?: string;
  invalidText: string;
  value: number | null;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  onChange: (value: number | null) => void;
}

/** A number input that keeps what is typed on screen and passes on only valid values. */
export function NumberField({ label, hint, invalidText, value, min, max, step = 1, integer = true, onChange }: NumberFieldProps) {
  const [text, setText] = useState(value != null ? String(value) : '');
  const [seen, setSeen] = useState(value);
  // The plan can change from elsewhere (loaded from the database, another step): follow it.
  if (value !== seen) {
    setSeen(value);
    setText(value != null ? String(value) : '');
  }
  const parse = (raw: string) => (raw.trim() === '' ? null : Number(raw.replace(',', '.')));
  const valid = (n: number | null) => n === null || (Number.isFinite(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max);
  const invalid = !valid(parse(text));
  return (
    <Field label={label} hint={hint} error={invalid ? invalidText : null}>
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
            if (valid(next)) {
              setSeen(next);
              onChange(next);
            }
          }}
        />
      )}
    </Field>
  );
}
