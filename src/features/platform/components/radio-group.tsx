import { useId, type ReactNode } from 'react';

interface RadioGroupProps<T extends string> {
  legend: ReactNode;
  options: readonly T[];
  value: T | null | undefined;
  label: (option: T) => string;
  onChange: (value: T) => void;
}

/** A question with one answer: a fieldset of radio buttons, arrow keys move between them. */
export function RadioGroup<T extends string>({ legend, options, value, label, onChange }: RadioGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => (
          <label key={option} className="choice-option">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
