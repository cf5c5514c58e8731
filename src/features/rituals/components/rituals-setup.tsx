import { useMemo } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { isIsoDate, type IsoDate } from '@/domain/calendar-date';
import { useT } from '@/i18n/i18n';
import { useDateFormat } from '../hooks/use-date-format';
import { LazyDetails } from '@/components/ui/lazy-details';

interface RitualsSetupProps {
  startDate: IsoDate;
  timeZone: string;
  zoneKnown: boolean;
  startInPast: boolean;
  nextMonday: IsoDate;
  membersZone: string;
  onStartDate: (date: IsoDate) => void;
  onTimeZone: (zone: string) => void;
  onMembersZone: (zone: string) => void;
}

/** Where members often live, for the "their own time" preview: one zone per large region. */
const memberZones = [
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Toronto',
  'America/Mexico_City',
  'America/Bogota',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Europe/London',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Zurich',
  'Europe/Berlin',
  'Europe/Athens',
  'Africa/Casablanca',
  'Africa/Dakar',
  'Africa/Abidjan',
  'Africa/Kinshasa',
  'Africa/Johannesburg',
  'Indian/Reunion',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Noumea',
  'Pacific/Tahiti',
  'UTC',
];

export function RitualsSetup({
  startDate,
  timeZone,
  zoneKnown,
  startInPast,
  nextMonday,
  membersZone,
  onStartDate,
  onTimeZone,
  onMembersZone,
}: RitualsSetupProps) {
  const t = useT();
  const format = useDateFormat();
  const elsewhere = useMemo(
    () => [...new Set([...memberZones, ...(membersZone ? [membersZone] : [])])].filter((zone) => zone !== timeZone).sort(),
    [membersZone, timeZone],
  );
  return (
    <fieldset className="rituals-setup">
      <legend>{t('rituals.setup.title')}</legend>
      <div className="rituals-setup-fields">
        <Field
          label={t('rituals.start.label')}
          hint={t('rituals.start.hint')}
          error={startInPast ? t('rituals.start.past') : null}
          extra={
            startInPast ? (
              <Button variant="secondary" onClick={() => onStartDate(nextMonday)}>
                {t('rituals.start.useNextMonday', { date: format.dayMonth(nextMonday) })}
              </Button>
            ) : undefined
          }
        >
          {(props) => (
            <input
              {...props}
              type="date"
              value={startDate}
              onChange={(event) => {
                if (isIsoDate(event.target.value)) onStartDate(event.target.value);
              }}
            />
          )}
        </Field>
        <div className="field zone-field">
          <p className="zone-current" id="rituals-zone-current">
            {t('rituals.zone.current', { zone: timeZone.replaceAll('_', ' ') })}
          </p>
          <p className="hint">{t('rituals.zone.hint')}</p>
          {zoneKnown ? null : <p className="field-error">{t('rituals.zone.invalid', { zone: timeZone })}</p>}
          {/* The full list of zones (about 400) is built only when the creator asks to change it. */}
          <LazyDetails className="zone-change" summary={t('rituals.zone.change')}>
            {() => (
              <Field label={t('rituals.zone.label')}>
                {(props) => <TimeZoneSelect {...props} value={timeZone} onZone={onTimeZone} />}
              </Field>
            )}
          </LazyDetails>
        </div>
        <Field label={t('rituals.members.label')}>
          {(props) => (
            <select {...props} value={membersZone} onChange={(event) => onMembersZone(event.target.value)}>
              <option value="">{t('rituals.members.none')}</option>
              {elsewhere.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
