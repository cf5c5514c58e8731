import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import type { Profile } from '@/data/profile/get-my-profile';
import { useSetMyTimeZone } from '@/data/profile/set-my-time-zone';
import { runtimeTimeZone } from '@/domain/time-zone';
import { useT } from '@/i18n/i18n';

/** The zone the creator's days are counted in: "this week" for check-ins starts on its Monday. */
export function TimeZoneForm({ profile }: { profile: Profile }) {
  const t = useT();
  const errorText = useErrorText();
  const save = useSetMyTimeZone();
  const [zone, setZone] = useState(profile.timeZone ?? runtimeTimeZone());

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(zone);
  }

  return (
    <form className="panel time-zone-form" onSubmit={submit} noValidate aria-labelledby="time-zone-form-title">
      <h2 id="time-zone-form-title">{t('account.timeZone.title')}</h2>
      <Field label={t('account.timeZone.label')} hint={t('account.timeZone.hint')} error={save.isError ? errorText(save.error) : undefined}>
        {(props) => <TimeZoneSelect {...props} value={zone} onZone={setZone} />}
      </Field>
      {save.isSuccess ? <p role="status">{t('account.timeZone.saved', { zone: save.data.timeZone?.replaceAll('_', ' ') ?? '' })}</p> : null}
      <Button type="submit" variant="primary" disabled={save.isPending}>
        {save.isPending ? t('account.timeZone.saving') : t('account.timeZone.save')}
      </Button>
    </form>
  );
}
