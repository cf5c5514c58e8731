import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addDays, addMonths, dayNumber, formatIsoDate, monthsBetween, dateParts, weekdayIndex, type IsoDate } from '@/domain/calendar-date';
import { daysInMonth } from '@/domain/iso-date';
import type { Occurrence, Schedule } from '@/domain/ritual-schedule';
import type { Ritual } from '@/domain/ritual-section';
import { useT } from '@/i18n/i18n';
import { useDateFormat } from '../hooks/use-date-format';
import { ritualName } from './cadence-text';
import { defined } from '@/domain/invariant';

interface MonthGridProps {
  schedule: Schedule;
  rituals: Map<string, Ritual>;
  membersZone: string;
}

/**
 * A month at a time, as a grid the keyboard can walk (the WAI-ARIA date grid pattern): one day
 * is in the tab order, arrows move between days, Page Up/Down between months. The agenda view
 * lists the same sessions as tables.
 */
export function MonthGrid({ schedule, rituals, membersZone }: MonthGridProps) {
  const t = useT();
  const format = useDateFormat();
  const { window } = schedule;
  const months = useMemo(() => monthsBetween(window.start, addDays(window.end, -1)), [window.start, window.end]);
  const firstMonth = defined(months[0], 'a month in the window');
  const lastMonth = defined(months.at(-1), 'a month in the window');
  const first = formatIsoDate({ ...firstMonth, day: 1 });
  const last = formatIsoDate({ ...lastMonth, day: daysInMonth(lastMonth.year, lastMonth.month) });
  const [focused, setFocused] = useState<IsoDate>(window.start);
  const [seenStart, setSeenStart] = useState(window.start);
  if (seenStart !== window.start) {
    setSeenStart(window.start);
    setFocused(window.start);
  }
  const current = dayNumber(focused) < dayNumber(first) || dayNumber(focused) > dayNumber(last) ? window.start : focused;
  const { year, month } = dateParts(current);
  const monthIndex = months.findIndex((m) => m.year === year && m.month === month);
  const previousMonth = monthIndex > 0 ? months[monthIndex - 1] : undefined;
  const nextMonth = monthIndex >= 0 ? months[monthIndex + 1] : undefined;
  const grid = useRef<HTMLTableElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-date="${current}"]`)?.focus();
  }, [current]);

  const byDate = useMemo(() => {
    const map = new Map<IsoDate, Occurrence[]>();
    for (const o of schedule.occurrences) map.set(o.date, [...(map.get(o.date) ?? []), o]);
    return map;
  }, [schedule.occurrences]);

  const go = (date: IsoDate, fromKeyboard: boolean) => {
    const clamped = dayNumber(date) < dayNumber(first) ? first : dayNumber(date) > dayNumber(last) ? last : date;
    moved.current = fromKeyboard;
    setFocused(clamped);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => IsoDate> = {
      ArrowLeft: () => addDays(current, -1),
      ArrowRight: () => addDays(current, 1),
      ArrowUp: () => addDays(current, -7),
      ArrowDown: () => addDays(current, 7),
      Home: () => addDays(current, -weekdayIndex(current)),
      End: () => addDays(current, 6 - weekdayIndex(current)),
      PageUp: () => addMonths(current, -1),
      PageDown: () => addMonths(current, 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    go(move(), true);
  };

  const leading = weekdayIndex(formatIsoDate({ year, month, day: 1 }));
  const length = daysInMonth(year, month);
  const cells: (IsoDate | null)[] = [
    ...Array.from({ length: leading }, () => null),
    ...Array.from({ length }, (_, i) => formatIsoDate({ year, month, day: i + 1 })),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const inWindow = (date: IsoDate) => dayNumber(date) >= dayNumber(window.start) && dayNumber(date) < dayNumber(window.end);
  const titleId = 'rituals-month-title';
  const selected = byDate.get(current) ?? [];
  const sessionLine = (o: Occurrence) => {
    const name = ritualName(t, rituals.get(o.ritualId) ?? { name: '' });
    return `${format.time(o.start, window.timeZone)} ${name}`;
  };

  return (
    <div className="month-view">
      <div className="month-nav">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={!previousMonth}
          onClick={() => previousMonth && go(formatIsoDate({ ...previousMonth, day: 1 }), false)}
        >
          ← {t('rituals.calendar.previous')}
        </button>
        <h3 id={titleId} aria-live="polite">
          {format.monthTitle(year, month)}
        </h3>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={!nextMonth}
          onClick={() => nextMonth && go(formatIsoDate({ ...nextMonth, day: 1 }), false)}
        >
          {t('rituals.calendar.next')} →
        </button>
      </div>
      <p className="hint" id="rituals-grid-help">
        {t('rituals.calendar.gridHelp')}
      </p>
      <table ref={grid} role="grid" className="month-grid" aria-labelledby={titleId} aria-describedby="rituals-grid-help" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {format.weekdaysShort.map((day, i) => (
              <th key={day} scope="col" abbr={format.weekdaysLong[i]}>
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((date, d) => {
                if (!date) return <td key={`empty-${d}`} role="gridcell" className="day day-empty" />;
                const sessions = byDate.get(date) ?? [];
                const outside = !inWindow(date);
                return (
                  <td
                    key={date}
                    role="gridcell"
                    data-date={date}
                    tabIndex={date === current ? 0 : -1}
                    aria-selected={date === current}
                    className={['day', outside ? 'day-outside' : '', sessions.length ? 'day-busy' : '', date === current ? 'day-selected' : '']
                      .filter(Boolean)
                      .join(' ')}
                    onClick={() => go(date, true)}
                  >
                    <span className="day-number" aria-hidden="true">
                      {dateParts(date).day}
                    </span>
                    <span className="visually-hidden">
                      {format.longDate(date)}
                      {outside ? `, ${t('rituals.calendar.outside')}` : ''}
                      {`, ${sessions.length ? t('rituals.calendar.sessions', { count: sessions.length }) : t('rituals.calendar.noSession')}`}
                    </span>
                    {sessions.length > 0 ? (
                      <ul className="day-sessions">
                        {sessions.map((o) => (
                          <li key={o.ritualId} className={`session session-${rituals.get(o.ritualId)?.preset ?? 'custom'}`}>
                            {sessionLine(o)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="day-detail">
        <h4>{t('rituals.calendar.dayTitle', { date: format.longDate(current) })}</h4>
        {selected.length === 0 ? (
          <p className="hint">{t('rituals.calendar.dayEmpty')}</p>
        ) : (
          <ul>
            {selected.map((o) => (
              <li key={o.ritualId}>
                {sessionLine(o)} – {format.time(o.end, window.timeZone)}
                {o.status === 'gap' ? ` (${t('rituals.calendar.moved', { time: format.time(o.start, window.timeZone) })})` : ''}
                {membersZone ? ` · ${membersZone.replaceAll('_', ' ')}: ${format.zoneDay(o.start, membersZone)} ${format.time(o.start, membersZone)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
