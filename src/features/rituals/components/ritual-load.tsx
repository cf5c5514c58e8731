import { loadVerdict, type RitualLoad } from '@/domain/ritual-schedule';
import type { Ritual } from '@/domain/ritual-section';
import { useT } from '@/i18n/i18n';
import { weeklyHours } from '@/domain/plan';
import { usePlanDraft } from '@/stores/plan-draft';
import { WeeklyHours } from '@/components/plan/weekly-hours';
import { useDateFormat } from '../hooks/use-date-format';
import { ritualName } from './cadence-text';

/** Hours a week the rituals ask for, against the hours the creator said they can give. */
export function RitualLoadPanel({ load, rituals }: { load: RitualLoad; rituals: Ritual[] }) {
  const t = useT();
  const format = useDateFormat();
  const available = usePlanDraft((s) => weeklyHours(s.sections));
  const verdict = loadVerdict(load, available);
  const hasSessions = load.perRitual.some((r) => r.sessions > 0);
  const scale = Math.max(load.averageHoursPerWeek, load.busiestWeek?.hours ?? 0, available ?? 0, 1);
  const byId = new Map(rituals.map((r) => [r.id, r]));
  return (
    <section className="ritual-load" aria-labelledby="rituals-load-title">
      <h2 id="rituals-load-title">{t('rituals.load.title')}</h2>
      <div role="status" className="load-summary">
        {hasSessions ? (
          <>
            <p className="load-average">{t('rituals.load.average', { hours: format.hours(load.averageHoursPerWeek) })}</p>
            {load.busiestWeek ? (
              <p>{t('rituals.load.busiest', { hours: format.hours(load.busiestWeek.hours), date: format.dayMonth(load.busiestWeek.start) })}</p>
            ) : null}
          </>
        ) : (
          <p>{t('rituals.load.none')}</p>
        )}
        {verdict === 'unknown' ? null : (
          <p className={`load-verdict load-verdict-${verdict}`}>
            {verdict === 'over' ? t('rituals.load.over', { hours: format.hours(available ?? 0) }) : t(`rituals.load.${verdict}`)}
          </p>
        )}
      </div>
      {hasSessions ? (
        <div className="load-bars" aria-hidden="true">
          <div className={`load-bar load-bar-${verdict}`} style={{ width: `${(load.averageHoursPerWeek / scale) * 100}%` }} />
          {available != null ? <div className="load-limit" style={{ left: `${(available / scale) * 100}%` }} /> : null}
        </div>
      ) : null}
      <WeeklyHours hours={available != null ? format.hours(available) : null} />
      {hasSessions ? (
        <table className="load-table">
          <caption>{t('rituals.load.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rituals.load.col.ritual')}</th>
              <th scope="col">{t('rituals.load.col.sessions')}</th>
              <th scope="col">{t('rituals.load.col.hours')}</th>
              <th scope="col">{t('rituals.load.col.perWeek')}</th>
            </tr>
          </thead>
          <tbody>
            {load.perRitual.map((row) => (
              <tr key={row.ritualId}>
                <th scope="row">{ritualName(t, byId.get(row.ritualId) ?? { name: '' })}</th>
                <td>{row.sessions}</td>
                <td>{format.hours(row.hours)}</td>
                <td>{format.hours(row.hoursPerWeek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
