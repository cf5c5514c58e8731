import { useMemo, type SelectHTMLAttributes } from 'react';
import { knownTimeZones } from '@/domain/time-zone';

type TimeZoneSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string;
  onZone: (zone: string) => void;
};

/** A list of this runtime's time zones (and `value`, if it does not know it), named as people read them. */
export function TimeZoneSelect({ value, onZone, ...props }: TimeZoneSelectProps) {
  const zones = useMemo(() => knownTimeZones(value), [value]);
  return (
    <select {...props} value={value} onChange={(event) => onZone(event.target.value)}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </select>
  );
}
