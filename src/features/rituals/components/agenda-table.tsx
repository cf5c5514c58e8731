import { monthsBetween, addDays, dateParts } from '@/domain/calendar-date';
import type { Schedule } from '@/domain/ritual-schedule';
import type { Ritual } from '@/domain/ritual-section';
import { useT } from '@/i18n/i18n';
import { useDateFormat } from '../hooks/use-date-format';
import { ritualName } from './cadence-text';

/** Every session of the three months, month by month, as tables. */
export function AgendaTable({ schedule, rituals, membersZone }: { schedule: Schedule; rituals: Map<string, Ritual>; membersZone: string }) {
  const t = useT();
  const format = useDateFormat();
  const zone = schedule.window.timeZone;
  if (schedule.occurrences.length === 0) return <p className="empty-state">{t('rituals.agenda.empty')}</p>;
  const months = monthsBetween(schedule.window.start, addDays(schedule.window.end, -1));
  return (
    <div className="agenda">
      {months.map(({ year, month }) => {
        const sessions = schedule.occurrences.filter((o) => {
          const d = dateParts(o.date);
          return d.year === year && d.month === month;
        });
        if (sessions.length === 0) return null;
        const title = format.monthTitle(year, month);
        return (
          <table key={`${year}-${month}`} className="agenda-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rituals.agenda.col.date')}</th>
                <th scope="col">{t('rituals.agenda.col.time', { zone: zone.replaceAll('_', ' ') })}</th>
                {membersZone ? <th scope="col">{t('rituals.agenda.col.members', { zone: membersZone.replaceAll('_', ' ') })}</th> : null}
                <th scope="col">{t('rituals.agenda.col.ritual')}</th>
                <th scope="col">{t('rituals.agenda.col.duration')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((o) => {
                const ritual = rituals.get(o.ritualId);
                return (
                  <tr key={`${o.ritualId}-${o.date}`}>
                    <td>{format.shortDate(o.date)}</td>
                    <td>
                      {format.time(o.start, zone)}–{format.time(o.end, zone)}
                      {o.status === 'gap' ? <span className="hint"> ({t('rituals.calendar.moved', { time: format.time(o.start, zone) })})</span> : null}
                    </td>
                    {membersZone ? (
                      <td>
                        {format.zoneDay(o.start, membersZone)} {format.time(o.start, membersZone)}
                      </td>
                    ) : null}
                    <th scope="row">{ritualName(t, ritual ?? { name: '' })}</th>
                    <td>{t('rituals.cadence.duration', { minutes: ritual?.durationMinutes ?? Math.round((o.end - o.start) / 60_000) })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
