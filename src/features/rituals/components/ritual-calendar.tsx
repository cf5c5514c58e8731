import { useState } from 'react';
import { addDays } from '@/domain/calendar-date';
import type { Schedule } from '@/domain/ritual-schedule';
import type { Ritual } from '@/domain/ritual-section';
import { useT } from '@/i18n/i18n';
import { useDateFormat } from '../hooks/use-date-format';
import { AgendaTable } from './agenda-table';
import { MonthGrid } from './month-grid';

type View = 'month' | 'agenda';

export function RitualCalendar({ schedule, rituals, membersZone }: { schedule: Schedule; rituals: Map<string, Ritual>; membersZone: string }) {
  const t = useT();
  const format = useDateFormat();
  const [view, setView] = useState<View>('month');
  const { window } = schedule;
  return (
    <section className="ritual-calendar" aria-labelledby="rituals-calendar-title">
      <h2 id="rituals-calendar-title">{t('rituals.calendar.title')}</h2>
      <p className="hint">
        {t('rituals.calendar.range', {
          start: format.longDate(window.start),
          end: format.longDate(addDays(window.end, -1)),
          zone: window.timeZone.replaceAll('_', ' '),
        })}
      </p>
      <div className="view-switch" role="group" aria-label={t('rituals.calendar.view')}>
        {(['month', 'agenda'] as const).map((option) => (
          <button key={option} type="button" className="view-option" aria-pressed={view === option} onClick={() => setView(option)}>
            {t(`rituals.calendar.${option}`)}
          </button>
        ))}
      </div>
      {view === 'month' ? (
        <MonthGrid schedule={schedule} rituals={rituals} membersZone={membersZone} />
      ) : (
        <AgendaTable schedule={schedule} rituals={rituals} membersZone={membersZone} />
      )}
    </section>
  );
}
