// Calendar dates without a time zone ("2027-03-28"), computed on day numbers so that no
// local clock or time zone of the machine running the code can shift them.

import { defined } from './invariant';
import { daysInMonth, parseIsoDate, type DateParts, type IsoDate } from './iso-date';

export type { DateParts, IsoDate };

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 86_400_000;

/** The parts of a date the caller knows is valid (one it made, or checked): throws otherwise. */
export function dateParts(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a date: ${date}`);
  return parts;
}

export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && parseIsoDate(text) !== null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate | DateParts): number {
  const parts = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!parts) throw new RangeError(`not a date: ${String(date)}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS;
}

export function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * DAY_MS);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Same day n months later, kept inside the month (31 January + 1 month → 28 or 29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a date: ${date}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(date: IsoDate | DateParts): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function weekdayOf(date: IsoDate | DateParts): Weekday {
  return defined(WEEKDAYS[weekdayIndex(date)], 'a weekday index from 0 to 6');
}

/** The Monday of the week holding this date. */
export function startOfWeek(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

/**
 * The date of the nth weekday of a month (nth 1 to 5, or -1 for the last), or null when that
 * month has none: most months have no fifth Friday.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: number): IsoDate | null {
  const target = WEEKDAYS.indexOf(weekday);
  const length = daysInMonth(year, month);
  if (nth === -1) {
    const lastIndex = weekdayIndex({ year, month, day: length });
    return formatIsoDate({ year, month, day: length - ((lastIndex - target + 7) % 7) });
  }
  const firstIndex = weekdayIndex({ year, month, day: 1 });
  const day = 1 + ((target - firstIndex + 7) % 7) + (nth - 1) * 7;
  return day <= length ? formatIsoDate({ year, month, day }) : null;
}

/** Each month (year, month) from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: IsoDate, to: IsoDate): { year: number; month: number }[] {
  const a = dateParts(from);
  const b = dateParts(to);
  const months: { year: number; month: number }[] = [];
  for (let index = a.year * 12 + a.month - 1; index <= b.year * 12 + b.month - 1; index += 1) {
    months.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return months;
}

/** "HH:MM" on a 24-hour clock, as an input of type time gives it. */
export function parseTime(text: unknown): { hour: number; minute: number } | null {
  if (typeof text !== 'string') return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}
