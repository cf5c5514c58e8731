import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { WEEKDAYS, type Weekday } from '@/domain/calendar-date';
import type { ScheduleIssue } from '@/domain/ritual-schedule';
import {
  DURATION_MAX,
  DURATION_MIN,
  frequencies,
  nths,
  RITUAL_DESCRIPTION_MAX,
  RITUAL_NAME_MAX,
  type Frequency,
  type Nth,
  type Ritual,
} from '@/domain/ritual-section';
import { useT } from '@/i18n/i18n';
import { cadenceText, ritualName } from './cadence-text';
import { NumberField } from '@/components/ui/number-field';
import { RitualIssues } from './ritual-issues';

interface RitualEditorProps {
  ritual: Ritual;
  issues: ScheduleIssue[];
  focusOnMount: boolean;
  defaultOpen: boolean;
  onChange: (patch: Partial<Omit<Ritual, 'id' | 'sequence'>>) => void;
  onRemove: () => void;
}

export function RitualEditor({ ritual, issues, focusOnMount, defaultOpen, onChange, onRemove }: RitualEditorProps) {
  const t = useT();
  const [open, setOpen] = useState(defaultOpen || focusOnMount);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) nameInput.current?.focus();
  }, [focusOnMount]);
  const firstError = issues.find(
    (issue): issue is Extract<ScheduleIssue, { code: 'no_name' | 'no_day' | 'no_nth' | 'bad_time' }> =>
      issue.severity === 'error' && issue.ritualId !== undefined,
  );
  const hasError = firstError !== undefined;
  const name = ritualName(t, ritual);

  return (
    <details className={hasError ? 'ritual ritual-error' : 'ritual'} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="ritual-name">{name}</span>
        <span className="ritual-cadence">
          {' — '}
          {cadenceText(t, ritual)} · {t('rituals.cadence.duration', { minutes: ritual.durationMinutes })}
        </span>
        {firstError ? <span className="ritual-badge">{t(`rituals.issue.${firstError.code}`)}</span> : null}
      </summary>
      {/* Fields are built only when open: fifty closed rituals stay light. */}
      {open ? (
        <div className="ritual-fields">
          <Field label={t('rituals.field.name')} error={ritual.name.trim() === '' ? t('rituals.field.nameMissing') : null}>
            {(props) => (
              <input
                {...props}
                ref={nameInput}
                type="text"
                dir="auto"
                maxLength={RITUAL_NAME_MAX}
                value={ritual.name}
                onChange={(event) => onChange({ name: event.target.value })}
              />
            )}
          </Field>
          <Field label={t('rituals.field.description')} hint={t('rituals.field.description.hint')}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                dir="auto"
                maxLength={RITUAL_DESCRIPTION_MAX}
                value={ritual.description}
                onChange={(event) => onChange({ description: event.target.value })}
              />
            )}
          </Field>
          <div className="ritual-cadence-fields">
            <Field label={t('rituals.field.frequency')}>
              {(props) => (
                <select {...props} value={ritual.frequency} onChange={(event) => onChange({ frequency: event.target.value as Frequency })}>
                  {frequencies.map((frequency) => (
                    <option key={frequency} value={frequency}>
                      {t(`rituals.frequency.${frequency}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {ritual.frequency !== 'weekly' ? (
              <Field label={t('rituals.field.nth')}>
                {(props) => (
                  <select {...props} value={String(ritual.nth ?? 1)} onChange={(event) => onChange({ nth: Number(event.target.value) as Nth })}>
                    {nths.map((nth) => (
                      <option key={nth} value={String(nth)}>
                        {t(`rituals.nth.${nth}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <Field label={t('rituals.field.weekday')} error={ritual.weekday === null ? t('rituals.field.dayMissing') : null}>
              {(props) => (
                <select {...props} value={ritual.weekday ?? ''} onChange={(event) => onChange({ weekday: (event.target.value || null) as Weekday | null })}>
                  <option value="">{t('rituals.field.weekdayNone')}</option>
                  {WEEKDAYS.map((day) => (
                    <option key={day} value={day}>
                      {t(`rituals.weekday.${day}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('rituals.field.time')}>
              {(props) => (
                <input
                  {...props}
                  type="time"
                  required
                  value={ritual.time}
                  onChange={(event) => {
                    // A cleared or half-typed time is not kept: the last full time stays.
                    if (/^([01]\d|2[0-3]):[0-5]\d$/.test(event.target.value)) onChange({ time: event.target.value });
                  }}
                />
              )}
            </Field>
            <NumberField
        integer
              label={t('rituals.field.duration')}
              invalidMessage={t('rituals.field.durationInvalid')}
              value={ritual.durationMinutes}
              min={DURATION_MIN}
              max={DURATION_MAX}
              step={5}
              onChange={(value) => {
                if (value !== null) onChange({ durationMinutes: value });
              }}
            />
          </div>
          <RitualIssues
            issues={issues.filter((issue) => issue.code !== 'no_day' && issue.code !== 'no_name')}
            time={ritual.time}
            onUseLast={() => onChange({ nth: -1 })}
          />
          <div className="actions">
            <Button variant="danger" onClick={onRemove}>
              {t('rituals.remove', { name })}
            </Button>
          </div>
        </div>
      ) : null}
    </details>
  );
}
