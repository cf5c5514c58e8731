import { useState } from 'react';
import { useErrorText } from '@/components/ui/error-message';
import type { IsoDate } from '@/domain/calendar-date';
import type { Checkin } from '@/domain/engagement';
import { useLocale, useT } from '@/i18n/i18n';
import { formatDate } from '@/i18n/format';
import { CheckinForm } from './checkin-form';
import { CheckinList } from './checkin-list';

interface CheckinsSectionProps {
  checkins: readonly Checkin[] | undefined;
  loading: boolean;
  error: unknown;
  today: IsoDate;
}

export function CheckinsSection({ checkins, loading, error, today }: CheckinsSectionProps) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const [editing, setEditing] = useState<Checkin | null>(null);
  const [saved, setSaved] = useState<IsoDate | null>(null);
  // Each new check-in starts from a blank form: a new key remounts it.
  const [round, setRound] = useState(0);

  return (
    <section aria-labelledby="launch-checkins" className="launch-section">
      <h2 id="launch-checkins">{t('launch.checkins.title')}</h2>
      <p>{t('launch.checkins.intro')}</p>
      {loading ? (
        <p role="status">{t('common.loading')}</p>
      ) : error ? (
        <p role="alert" className="field-error">{errorText(error)}</p>
      ) : (
        <>
          <CheckinForm
            key={editing ? `edit-${editing.weekStart}` : `new-${round}`}
            checkins={checkins ?? []}
            editing={editing}
            onEditDone={() => setEditing(null)}
            onSaved={(week) => {
              setSaved(week);
              setEditing(null);
              setRound((n) => n + 1);
            }}
            justSaved={saved}
            today={today}
          />
          <p role="status" className="save-note">{saved ? t('launch.checkin.saved', { week: formatDate(saved, locale) }) : ''}</p>
          <CheckinList
            checkins={checkins ?? []}
            editingWeek={editing?.weekStart ?? null}
            onEdit={(checkin) => {
              setSaved(null);
              setEditing(checkin);
            }}
          />
        </>
      )}
    </section>
  );
}
