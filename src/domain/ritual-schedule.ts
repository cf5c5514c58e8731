// The first months of rituals laid out day by day, in the creator's time zone, with what can go
// wrong said plainly: a missing day, a "5th Friday" that most months lack, a time the clocks skip.
import { addDays, addMonths, dayNumber, monthsBetween, nthWeekdayOfMonth, parseTime, startOfWeek, weekdayIndex, WEEKDAYS, type IsoDate } from './calendar-date';
import { MAX_RITUALS, type Ritual } from './ritual-section';
import { fromWallClock, isValidTimeZone, toWallClock, type WallClockStatus } from './time-zone';

/** The article: give more than you receive for at least three months. */
export const PLAN_MONTHS = 3;

export interface ScheduleWindow {
  start: IsoDate;
  /** The first day after the window. */
  end: IsoDate;
  timeZone: string;
}

export interface Occurrence {
  ritualId: string;
  date: IsoDate;
  /** The time as planned ("02:30"), even when the clocks skip it that day. */
  time: string;
  /** UTC milliseconds. */
  start: number;
  end: number;
  status: WallClockStatus;
}

export type ScheduleIssue =
  | { code: 'start_in_past' | 'invalid_time_zone' | 'too_many'; severity: 'error'; ritualId?: undefined }
  | { code: 'no_name' | 'no_day' | 'no_nth' | 'bad_time'; severity: 'error'; ritualId: string }
  | { code: 'missing_months'; severity: 'warning'; ritualId: string; months: { year: number; month: number }[] }
  | { code: 'none_in_window'; severity: 'warning'; ritualId: string }
  | { code: 'dst_gap'; severity: 'warning'; ritualId: string; dates: IsoDate[]; actualTime: string }
  | { code: 'dst_repeated'; severity: 'info'; ritualId: string; dates: IsoDate[] };

export interface Schedule {
  window: ScheduleWindow;
  occurrences: Occurrence[];
  issues: ScheduleIssue[];
  /** Rituals that can be put on a calendar (no error, at least one session in the window). */
  scheduled: Ritual[];
}

export function planWindow(startDate: IsoDate, timeZone: string, months = PLAN_MONTHS): ScheduleWindow {
  return { start: startDate, end: addMonths(startDate, months), timeZone };
}

/** The dates a ritual falls on inside the window, before any clock is applied. */
export function ritualDates(ritual: Ritual, window: ScheduleWindow): IsoDate[] {
  if (ritual.weekday === null) return [];
  const first = dayNumber(window.start);
  const last = dayNumber(window.end) - 1;
  const inWindow = (date: IsoDate | null): date is IsoDate => date !== null && dayNumber(date) >= first && dayNumber(date) <= last;

  if (ritual.frequency === 'weekly') {
    const offset = (WEEKDAYS.indexOf(ritual.weekday) - weekdayIndex(window.start) + 7) % 7;
    const dates: IsoDate[] = [];
    for (let date = addDays(window.start, offset); dayNumber(date) <= last; date = addDays(date, 7)) dates.push(date);
    return dates;
  }
  const { weekday, nth } = ritual;
  if (nth === null) return [];
  const months = monthsBetween(window.start, addDays(window.end, -1));
  const candidates = months.map(({ year, month }) => nthWeekdayOfMonth(year, month, weekday, nth));
  if (ritual.frequency === 'monthly') return candidates.filter(inWindow);
  // Quarterly: every third month from the first month that has a session, as
  // FREQ=MONTHLY;INTERVAL=3 counts from DTSTART.
  const firstIndex = candidates.findIndex(inWindow);
  if (firstIndex < 0) return [];
  return candidates.filter((date, index) => index >= firstIndex && (index - firstIndex) % 3 === 0 && inWindow(date)) as IsoDate[];
}

/** Months of the window with no such day (a "5th Friday"), for monthly and quarterly rituals. */
function monthsWithout(ritual: Ritual, window: ScheduleWindow): { year: number; month: number }[] {
  const { weekday, nth } = ritual;
  if (ritual.frequency !== 'monthly' || weekday === null || nth === null || nth === -1) return [];
  const first = dayNumber(window.start);
  const last = dayNumber(window.end) - 1;
  return monthsBetween(window.start, addDays(window.end, -1)).filter(({ year, month }) => {
    // Only months whose whole span is in the window: a partial first month is not the rule's fault.
    const monthStart = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
    const monthEnd = dayNumber(addDays(addMonths(`${year}-${String(month).padStart(2, '0')}-01`, 1), -1));
    if (monthStart < first || monthEnd > last) return false;
    return nthWeekdayOfMonth(year, month, weekday, nth) === null;
  });
}

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

export interface ScheduleInput {
  items: Ritual[];
  startDate: IsoDate;
  timeZone: string;
}

/** `today` is the creator's date (in their time zone): a plan cannot start in the past. */
export function buildSchedule({ items, startDate, timeZone }: ScheduleInput, { today, months = PLAN_MONTHS }: { today: IsoDate; months?: number }): Schedule {
  const issues: ScheduleIssue[] = [];
  const zoneOk = isValidTimeZone(timeZone);
  const zone = zoneOk ? timeZone : 'UTC';
  const window = planWindow(startDate, zone, months);
  if (!zoneOk) issues.push({ code: 'invalid_time_zone', severity: 'error' });
  if (dayNumber(startDate) < dayNumber(today)) issues.push({ code: 'start_in_past', severity: 'error' });
  if (items.length > MAX_RITUALS) issues.push({ code: 'too_many', severity: 'error' });

  const occurrences: Occurrence[] = [];
  const scheduled: Ritual[] = [];
  for (const ritual of items.slice(0, MAX_RITUALS)) {
    const time = parseTime(ritual.time);
    const errors: ScheduleIssue[] = [];
    if (ritual.name.trim() === '') errors.push({ code: 'no_name', severity: 'error', ritualId: ritual.id });
    if (ritual.weekday === null) errors.push({ code: 'no_day', severity: 'error', ritualId: ritual.id });
    if (ritual.frequency !== 'weekly' && ritual.nth === null) errors.push({ code: 'no_nth', severity: 'error', ritualId: ritual.id });
    if (!time) errors.push({ code: 'bad_time', severity: 'error', ritualId: ritual.id });
    issues.push(...errors);
    if (errors.length > 0 || !time) continue;

    const dates = ritualDates(ritual, window);
    const missing = monthsWithout(ritual, window);
    if (missing.length > 0) issues.push({ code: 'missing_months', severity: 'warning', ritualId: ritual.id, months: missing });
    if (dates.length === 0) {
      issues.push({ code: 'none_in_window', severity: 'warning', ritualId: ritual.id });
      continue;
    }
    scheduled.push(ritual);
    const gaps: IsoDate[] = [];
    const repeated: IsoDate[] = [];
    let actualTime = ritual.time;
    for (const date of dates) {
      const { ms, status } = fromWallClock(zone, { date, hour: time.hour, minute: time.minute });
      if (status === 'gap') {
        gaps.push(date);
        const wall = toWallClock(zone, ms);
        actualTime = hhmm(wall.hour, wall.minute);
      }
      if (status === 'repeated') repeated.push(date);
      occurrences.push({ ritualId: ritual.id, date, time: ritual.time, start: ms, end: ms + ritual.durationMinutes * 60_000, status });
    }
    if (gaps.length > 0) issues.push({ code: 'dst_gap', severity: 'warning', ritualId: ritual.id, dates: gaps, actualTime });
    if (repeated.length > 0) issues.push({ code: 'dst_repeated', severity: 'info', ritualId: ritual.id, dates: repeated });
  }
  occurrences.sort((a, b) => a.start - b.start || a.ritualId.localeCompare(b.ritualId));
  return { window, occurrences, issues, scheduled };
}

export interface RitualLoad {
  weeks: number;
  averageHoursPerWeek: number;
  busiestWeek: { start: IsoDate; hours: number } | null;
  perRitual: { ritualId: string; sessions: number; hours: number; hoursPerWeek: number }[];
}

/** Hours of sessions the creator commits to, on average per week and in the busiest week. */
export function ritualLoad(schedule: Schedule): RitualLoad {
  const days = dayNumber(schedule.window.end) - dayNumber(schedule.window.start);
  const weeks = days / 7;
  const hoursOf = (o: Occurrence) => (o.end - o.start) / 3_600_000;
  const byWeek = new Map<IsoDate, number>();
  const byRitual = new Map<string, { sessions: number; hours: number }>();
  for (const occurrence of schedule.occurrences) {
    const week = startOfWeek(occurrence.date);
    byWeek.set(week, (byWeek.get(week) ?? 0) + hoursOf(occurrence));
    const entry = byRitual.get(occurrence.ritualId) ?? { sessions: 0, hours: 0 };
    entry.sessions += 1;
    entry.hours += hoursOf(occurrence);
    byRitual.set(occurrence.ritualId, entry);
  }
  const total = [...byRitual.values()].reduce((sum, entry) => sum + entry.hours, 0);
  let busiestWeek: RitualLoad['busiestWeek'] = null;
  for (const [start, hours] of byWeek) {
    if (!busiestWeek || hours > busiestWeek.hours + 1e-9) busiestWeek = { start, hours };
  }
  return {
    weeks,
    averageHoursPerWeek: weeks > 0 ? total / weeks : 0,
    busiestWeek,
    perRitual: schedule.scheduled.map((ritual) => {
      const entry = byRitual.get(ritual.id) ?? { sessions: 0, hours: 0 };
      return { ritualId: ritual.id, ...entry, hoursPerWeek: weeks > 0 ? entry.hours / weeks : 0 };
    }),
  };
}

export type LoadVerdict = 'unknown' | 'ok' | 'busy_weeks' | 'over';

/** Compares the load with the hours the creator said they can give each week. */
export function loadVerdict(load: RitualLoad, availableHours: number | null | undefined): LoadVerdict {
  if (availableHours == null) return 'unknown';
  if (load.averageHoursPerWeek > availableHours + 1e-9) return 'over';
  if (load.busiestWeek && load.busiestWeek.hours > availableHours + 1e-9) return 'busy_weeks';
  return 'ok';
}

/** The creator's calendar date at an instant (pass Date.now() from the caller). */
export function todayIn(timeZone: string, nowMs: number): IsoDate {
  return toWallClock(isValidTimeZone(timeZone) ? timeZone : 'UTC', nowMs).date;
}

/** The next Monday after `today` (a week to invite the first members before the first ritual). */
export function defaultStartDate(today: IsoDate): IsoDate {
  return addDays(today, 7 - weekdayIndex(today));
}
