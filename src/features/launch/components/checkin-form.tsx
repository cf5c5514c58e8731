import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/form';
import { addDays, isIsoDate, startOfWeek, type IsoDate } from '@/domain/calendar-date';
import {
  weekToCheckIn,
  CHECKIN_LIMITS,
  checkinErrorCodes,
  checkinFormSchema,
  type Checkin,
  type CheckinErrorCode,
  type CheckinFormValues,
} from '@/domain/engagement';
import { BackendError } from '@/data/errors';
import { useLocale, useT } from '@/i18n/i18n';
import { useSaveCheckin } from '../api/save-checkin';
import { formatDate } from '@/i18n/format';

type CountField = 'members' | 'activeMembers' | 'conversationsTotal' | 'conversationsByMembers' | 'conversationsBetweenMembers' | 'creatorHours';
const countFields: CountField[] = ['members', 'activeMembers', 'conversationsTotal', 'conversationsByMembers', 'conversationsBetweenMembers', 'creatorHours'];

// Counts start empty (not 0): a blank field is "not counted yet", and the form says so.
const blank = (day: IsoDate | '') => ({ day, note: '' }) as unknown as CheckinFormValues;
const fromCheckin = (c: Checkin): CheckinFormValues => ({
  day: c.weekStart,
  members: c.members,
  activeMembers: c.activeMembers,
  conversationsTotal: c.conversationsTotal,
  conversationsByMembers: c.conversationsByMembers,
  conversationsBetweenMembers: c.conversationsBetweenMembers,
  creatorHours: c.creatorHours,
  note: c.note,
});

interface CheckinFormProps {
  checkins: readonly Checkin[];
  /** The week being edited, or null to add one. Give each its own `key`: the form starts from it. */
  editing: Checkin | null;
  onEditDone: () => void;
  onSaved: (week: IsoDate) => void;
  /** A week saved a moment ago (the list may not hold it yet): the form goes on from it. */
  justSaved: IsoDate | null;
  today: IsoDate;
}

export function CheckinForm({ checkins, editing, onEditDone, onSaved, justSaved, today }: CheckinFormProps) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const titleId = useId();
  const save = useSaveCheckin();
  const [failure, setFailure] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const takenWeeks = useMemo(() => checkins.map((c) => c.weekStart), [checkins]);
  // Adding refuses a week already there; editing keeps its own week.
  const schema = useMemo(() => checkinFormSchema({ today, takenWeeks: editing ? [] : takenWeeks }), [today, takenWeeks, editing]);
  // Read once: the form is remounted for each new check-in.
  const [offered] = useState(() => (editing ? null : weekToCheckIn(today, takenWeeks, justSaved ?? undefined)));
  const form = useZodForm<CheckinFormValues, Checkin>(schema, {
    defaultValues: editing ? fromCheckin(editing) : blank(offered ?? ''),
  });
  const { register, handleSubmit, formState, setError, control } = form;

  // Editing a week (the form is remounted for it): start at its heading, as a new page would.
  useEffect(() => {
    if (editing) heading.current?.focus();
    // On mount only: the parent gives each week its own form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const message = (code: string | undefined) => {
    if (!code) return null;
    return (checkinErrorCodes as readonly string[]).includes(code) ? t(`launch.checkin.error.${code as CheckinErrorCode}`) : t('launch.checkin.invalid');
  };
  const fieldError = (name: FieldPath<CheckinFormValues>) => message(formState.errors[name]?.message);

  const day = useWatch({ control, name: 'day' });
  const note = useWatch({ control, name: 'note' });
  const monday = typeof day === 'string' && isIsoDate(day) ? startOfWeek(day) : null;

  const onSubmit = handleSubmit((checkin) => {
    setFailure(null);
    save.mutate(
      { checkin, replace: !!editing },
      {
        // The parent then gives the next week a fresh form.
        onSuccess: (result) => onSaved(result.weekStart),
        onError: (error) => {
          // The database has the last word (another tab, its own clock): say it on the field.
          if (error instanceof BackendError && error.key === 'checkin_duplicate_week') setError('day', { message: 'duplicate_week' }, { shouldFocus: true });
          else if (error instanceof BackendError && error.key === 'checkin_in_future') setError('day', { message: 'in_future' }, { shouldFocus: true });
          else setFailure(error);
        },
      },
    );
  });

  return (
    <form className="panel checkin-form" aria-labelledby={titleId} noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {editing ? t('launch.checkin.editTitle', { week: formatDate(editing.weekStart, locale) }) : t('launch.checkin.addTitle')}
      </h3>
      <p className="hint">{t('launch.checkin.help')}</p>
      {!editing && offered === null ? (
        <p className="hint checkin-up-to-date">{t('launch.checkin.upToDate', { monday: formatDate(addDays(startOfWeek(today), 7), locale, 'weekday') })}</p>
      ) : null}
      <div className="checkin-grid">
        <Field
          label={t('launch.checkin.day')}
          hint={monday ? t('launch.checkin.dayHint', { monday: formatDate(monday, locale, 'weekday') }) : t('launch.checkin.dayHintEmpty')}
          error={fieldError('day')}
        >
          {(props) => <input {...props} type="date" max={addDays(startOfWeek(today), 6)} readOnly={!!editing} {...register('day')} />}
        </Field>
        {countFields.map((name) => (
          <Field key={name} label={t(`launch.checkin.${name}`)} hint={t(`launch.checkin.${name}.hint`)} error={fieldError(name)}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode={name === 'creatorHours' ? 'decimal' : 'numeric'}
                min={0}
                max={name === 'creatorHours' ? CHECKIN_LIMITS.hours : CHECKIN_LIMITS.count}
                step={name === 'creatorHours' ? 0.5 : 1}
                className="input-narrow"
                {...register(name, { valueAsNumber: true })}
              />
            )}
          </Field>
        ))}
      </div>
      <Field
        label={t('launch.checkin.note')}
        hint={t('launch.checkin.note.hint')}
        extra={<span className="muted">{t('launch.checkin.noteCount', { count: (note ?? '').length, max: CHECKIN_LIMITS.note })}</span>}
        error={fieldError('note')}
      >
        {(props) => <textarea {...props} rows={3} dir="auto" {...register('note')} />}
      </Field>
      <div className="actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? t('launch.checkin.saving') : editing ? t('launch.checkin.saveEdit') : t('launch.checkin.add')}
        </Button>
        {editing ? <Button onClick={onEditDone}>{t('launch.checkin.cancelEdit')}</Button> : null}
      </div>
      {Object.keys(formState.errors).length > 0 ? (
        <p role="alert" className="field-error">{t('launch.checkin.fixErrors', { count: Object.keys(formState.errors).length })}</p>
      ) : null}
      {failure ? <Alert tone="error">{errorText(failure)}</Alert> : null}
    </form>
  );
}
