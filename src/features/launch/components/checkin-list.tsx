import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { weekMeasures, type Checkin } from '@/domain/engagement';
import { useLocale, useT } from '@/i18n/i18n';
import { useDeleteCheckin } from '../api/delete-checkin';
import { formatDate, formatNumber, formatPercent } from '@/i18n/format';

interface CheckinListProps {
  checkins: readonly Checkin[];
  onEdit: (checkin: Checkin) => void;
  editingWeek: string | null;
}

/** The weeks logged so far, newest first, each with its edit and delete. */
export function CheckinList({ checkins, onEdit, editingWeek }: CheckinListProps) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const remove = useDeleteCheckin();
  const [confirming, setConfirming] = useState<string | null>(null);
  const rate = (value: number | null) => (value === null ? '—' : formatPercent(value, locale, 0));

  if (checkins.length === 0) return <p className="empty-state">{t('launch.checkins.empty')}</p>;
  const newestFirst = [...checkins].reverse();
  return (
    <div className="table-scroll" role="region" aria-labelledby="checkins-table-caption" tabIndex={0}>
      <table className="checkin-table">
        <caption id="checkins-table-caption">{t('launch.checkins.tableCaption', { count: checkins.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('launch.checkins.week')}</th>
            <th scope="col">{t('launch.checkin.members')}</th>
            <th scope="col">{t('launch.checkin.activeMembers')}</th>
            <th scope="col">{t('launch.checkins.conversations')}</th>
            <th scope="col">{t('launch.checkin.creatorHours')}</th>
            <th scope="col">{t('launch.checkin.note')}</th>
            <th scope="col"><span className="visually-hidden">{t('launch.checkins.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((checkin) => {
            const week = formatDate(checkin.weekStart, locale);
            const m = weekMeasures(checkin);
            return (
              <tr key={checkin.weekStart} aria-current={editingWeek === checkin.weekStart ? 'true' : undefined}>
                <th scope="row">{week}</th>
                <td>{formatNumber(checkin.members, locale)}</td>
                <td>
                  {formatNumber(checkin.activeMembers, locale)} <span className="muted">({rate(m.activeRate)})</span>
                </td>
                <td>
                  {t('launch.checkins.conversationsCell', {
                    total: formatNumber(checkin.conversationsTotal, locale),
                    by: formatNumber(checkin.conversationsByMembers, locale),
                    between: formatNumber(checkin.conversationsBetweenMembers, locale),
                  })}
                </td>
                <td>{formatNumber(checkin.creatorHours, locale, 2)}</td>
                <td className="checkin-note" dir="auto">{checkin.note}</td>
                <td className="row-actions">
                  {confirming === checkin.weekStart ? (
                    <>
                      <Button
                        variant="danger"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(checkin.weekStart, { onSuccess: () => setConfirming(null) })}
                      >
                        {t('launch.checkins.confirmDelete', { week })}
                      </Button>
                      <Button onClick={() => setConfirming(null)}>{t('launch.checkins.keep')}</Button>
                    </>
                  ) : (
                    <>
                      <Button onClick={() => onEdit(checkin)} aria-label={t('launch.checkins.editWeek', { week })}>
                        {t('launch.checkins.edit')}
                      </Button>
                      <Button variant="danger" onClick={() => setConfirming(checkin.weekStart)} aria-label={t('launch.checkins.deleteWeek', { week })}>
                        {t('launch.checkins.delete')}
                      </Button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {remove.isError ? <p role="alert" className="field-error">{errorText(remove.error)}</p> : null}
    </div>
  );
}
