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
  const headers = {
    members: t('launch.checkin.members'),
    active: t('launch.checkin.activeMembers'),
    conversations: t('launch.checkins.conversations'),
    hours: t('launch.checkin.creatorHours'),
    note: t('launch.checkin.note'),
  };
  // The explicit roles keep the table a table for assistive technologies when a narrow screen
  // lays each row out as a card (styles.css: .checkins-table).
  return (
    <div className="table-scroll checkins-table" role="region" aria-labelledby="checkins-table-caption" tabIndex={0}>
      <table className="checkin-table" role="table">
        <caption id="checkins-table-caption">{t('launch.checkins.tableCaption', { count: checkins.length })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('launch.checkins.week')}</th>
            <th scope="col" role="columnheader">{headers.members}</th>
            <th scope="col" role="columnheader">{headers.active}</th>
            <th scope="col" role="columnheader">{headers.conversations}</th>
            <th scope="col" role="columnheader">{headers.hours}</th>
            <th scope="col" role="columnheader">{headers.note}</th>
            <th scope="col" role="columnheader"><span className="visually-hidden">{t('launch.checkins.actions')}</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {newestFirst.map((checkin) => {
            const week = formatDate(checkin.weekStart, locale);
            const m = weekMeasures(checkin);
            return (
              <tr key={checkin.weekStart} role="row" aria-current={editingWeek === checkin.weekStart ? 'true' : undefined}>
                <th scope="row" role="rowheader">{week}</th>
                <td role="cell" data-label={headers.members}>{formatNumber(checkin.members, locale)}</td>
                <td role="cell" data-label={headers.active}>
                  {formatNumber(checkin.activeMembers, locale)} <span className="muted">({rate(m.activeRate)})</span>
                </td>
                <td role="cell" data-label={headers.conversations}>
                  {t('launch.checkins.conversationsCell', {
                    total: formatNumber(checkin.conversationsTotal, locale),
                    by: formatNumber(checkin.conversationsByMembers, locale),
                    between: formatNumber(checkin.conversationsBetweenMembers, locale),
                  })}
                </td>
                <td role="cell" data-label={headers.hours}>{formatNumber(checkin.creatorHours, locale, 2)}</td>
                <td role="cell" className="checkin-note" dir="auto" data-label={checkin.note ? headers.note : undefined}>{checkin.note}</td>
                <td role="cell" className="row-actions">
                  <div className="row-actions-buttons">
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
                  </div>
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
