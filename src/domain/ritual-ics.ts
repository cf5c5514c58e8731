// RFC 5545 export of the rituals: one VEVENT per ritual with its recurrence rule, the time zone
// carried by TZID and a VTIMEZONE computed from the runtime's time-zone data, and a stable UID
// so that importing the file again updates the events instead of duplicating them.
// Written by hand rather than with a library: wall-clock times go out exactly as planned.
import { addDays, dateParts, weekdayOf, type IsoDate } from './calendar-date';
import { daysInMonth } from './iso-date';
import type { Ritual } from './ritual-section';
import type { Schedule, ScheduleWindow } from './ritual-schedule';
import { fromWallClock, offsetMinutes, offsetTransitions, toWallClock } from './time-zone';
import { defined } from './invariant';

export const ICS_MIME = 'text/calendar;charset=utf-8';
export const UID_DOMAIN = 'noyau.app';

export interface IcsOptions {
  /** DTSTAMP: when the file was made (pass the current time from the caller). */
  now: Date;
  calendarName: string;
  /** Only these rituals (a per-ritual download); all scheduled ones when absent. */
  ritualIds?: string[];
}

export function ritualUid(ritualId: string): string {
  return `ritual-${ritualId}@${UID_DOMAIN}`;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** Lines of at most 75 octets, continued with CRLF and a space, never splitting a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = chunks.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      chunks.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function localStamp(date: IsoDate, hour: number, minute: number): string {
  return `${date.replaceAll('-', '')}T${pad(hour)}${pad(minute)}00`;
}

function wallStamp(zone: string, ms: number): string {
  const wall = toWallClock(zone, ms);
  return localStamp(wall.date, wall.hour, wall.minute);
}

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function offsetText(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

export function recurrenceRule(ritual: Ritual, untilMs: number): string {
  const until = `UNTIL=${utcStamp(untilMs)}`;
  if (ritual.frequency === 'weekly') return `FREQ=WEEKLY;BYDAY=${ritual.weekday};${until}`;
  const byDay = `BYDAY=${ritual.nth}${ritual.weekday}`;
  if (ritual.frequency === 'monthly') return `FREQ=MONTHLY;${byDay};${until}`;
  return `FREQ=MONTHLY;INTERVAL=3;${byDay};${until}`;
}

type Transition = { at: number; from: number; to: number };
type WallAt = (ms: number, offset: number) => { date: IsoDate; hour: number; minute: number; stamp: string };

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  start: string;
  from: number;
  to: number;
  rrule?: string;
}

/**
 * A VTIMEZONE for `zone` that holds for the window and a year on each side. Regular daylight
 * saving rules come out as yearly rules (the form Outlook expects); anything irregular comes out
 * as one observance per change, which every client reads.
 */
export function buildVTimezone(zone: string, window: Pick<ScheduleWindow, 'start' | 'end'>): string[] {
  const minute = 60_000;
  const from = Math.floor(fromWallClock('UTC', { date: addDays(window.start, -400), hour: 0, minute: 0 }).ms / minute) * minute;
  const to = fromWallClock('UTC', { date: addDays(window.end, 400), hour: 0, minute: 0 }).ms;
  const transitions = offsetTransitions(zone, from, to);
  const observances: Observance[] = [];
  const wallAt = (ms: number, offset: number) => {
    const wall = toWallClock('UTC', ms + offset * minute);
    return { ...wall, stamp: localStamp(wall.date, wall.hour, wall.minute) };
  };

  if (transitions.length === 0) {
    const offset = offsetMinutes(zone, from);
    observances.push({ kind: 'STANDARD', start: '19700101T000000', from: offset, to: offset });
  } else {
    const firstYear = dateParts(toWallClock('UTC', from).date).year;
    const lastYear = dateParts(toWallClock('UTC', to).date).year;
    const fullYears = Array.from({ length: Math.max(0, lastYear - firstYear - 1) }, (_, i) => firstYear + 1 + i);
    const regular = yearlyRules(transitions, wallAt, fullYears);
    if (regular) {
      observances.push(...regular);
    } else {
      const first = defined(transitions[0], 'a first transition');
      observances.push({ kind: first.from > first.to ? 'DAYLIGHT' : 'STANDARD', start: wallAt(from, first.from).stamp, from: first.from, to: first.from });
      for (const t of transitions) {
        observances.push({ kind: t.to > t.from ? 'DAYLIGHT' : 'STANDARD', start: wallAt(t.at, t.from).stamp, from: t.from, to: t.to });
      }
    }
  }

  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    ...observances.flatMap((o) => [
      `BEGIN:${o.kind}`,
      `DTSTART:${o.start}`,
      `TZOFFSETFROM:${offsetText(o.from)}`,
      `TZOFFSETTO:${offsetText(o.to)}`,
      ...(o.rrule ? [`RRULE:${o.rrule}`] : []),
      `END:${o.kind}`,
    ]),
    'END:VTIMEZONE',
  ];
}

/** Two changes a year on one rule each ("last Sunday of March at 02:00"), or null. */
function yearlyRules(transitions: Transition[], wallAt: WallAt, fullYears: number[]): Observance[] | null {
  const result: Observance[] = [];
  for (const kind of ['DAYLIGHT', 'STANDARD'] as const) {
    const list = transitions.filter((t) => t.to > t.from === (kind === 'DAYLIGHT'));
    if (list.length === 0) return null;
    const walls = list.map((t) => wallAt(t.at, t.from));
    const dates = walls.map((w) => dateParts(w.date));
    const same = <T>(values: T[]) => values.every((v) => v === values[0]);
    // One change of this kind in every full year of the range, and all on the same rule.
    const years = dates.map((d) => d.year);
    if (new Set(years).size !== years.length || !fullYears.every((year) => years.includes(year))) return null;
    if (!same(list.map((t) => t.from)) || !same(list.map((t) => t.to))) return null;
    if (!same(dates.map((d) => d.month)) || !same(walls.map((w) => w.hour * 60 + w.minute))) return null;
    const weekdays = dates.map((d) => weekdayOf(d));
    if (!same(weekdays)) return null;
    const nth = dates.map((d) => Math.ceil(d.day / 7));
    let byDay: string;
    if (same(nth)) byDay = `${nth[0]}${weekdays[0]}`;
    else if (dates.every((d) => d.day + 7 > daysInMonth(d.year, d.month))) byDay = `-1${weekdays[0]}`;
    else return null;
    const [wall, first, date] = [defined(walls[0], 'a wall clock'), defined(list[0], 'a transition'), defined(dates[0], 'a date')];
    result.push({ kind, start: wall.stamp, from: first.from, to: first.to, rrule: `FREQ=YEARLY;BYMONTH=${date.month};BYDAY=${byDay}` });
  }
  return result;
}

/** The end of the window (midnight starting its first day after) as an instant, less a second. */
export function windowUntil(window: ScheduleWindow): number {
  return fromWallClock(window.timeZone, { date: window.end, hour: 0, minute: 0 }).ms - 1000;
}

/** The whole file, CRLF line endings, folded; an empty calendar when nothing can be scheduled. */
export function buildIcs(schedule: Schedule, { now, calendarName, ritualIds }: IcsOptions): string {
  const { window } = schedule;
  const zone = window.timeZone;
  const rituals = schedule.scheduled.filter((ritual) => !ritualIds || ritualIds.includes(ritual.id));
  const until = windowUntil(window);
  const events = rituals.flatMap((ritual) => {
    const occurrences = schedule.occurrences.filter((o) => o.ritualId === ritual.id);
    const [hour, minute] = ritual.time.split(':').map(Number) as [number, number];
    const common = [
      `DTSTAMP:${utcStamp(now.getTime())}`,
      `SEQUENCE:${ritual.sequence}`,
      `SUMMARY:${escapeText(ritual.name.trim())}`,
      ...(ritual.description.trim() ? [`DESCRIPTION:${escapeText(ritual.description.trim())}`] : []),
      `CATEGORIES:${escapeText(ritual.preset)}`,
      'TRANSP:OPAQUE',
    ];
    // Clients disagree on a time the clocks skip or repeat (RFC 5545 says: the offset before a
    // gap, the first of two repeats; ical.js, for one, does otherwise). Those sessions leave the
    // series (EXDATE) and come back as single events at an exact UTC instant.
    const first = occurrences.find((o) => o.status === 'ok');
    const special = occurrences.filter((o) => o.status !== 'ok');
    const series = first
      ? [
          'BEGIN:VEVENT',
          `UID:${ritualUid(ritual.id)}`,
          ...common,
          `DTSTART;TZID=${zone}:${localStamp(first.date, hour, minute)}`,
          `DTEND;TZID=${zone}:${wallStamp(zone, first.end)}`,
          `RRULE:${recurrenceRule(ritual, until)}`,
          ...special.filter((o) => o.start > first.start).map((o) => `EXDATE;TZID=${zone}:${localStamp(o.date, hour, minute)}`),
          'END:VEVENT',
        ]
      : [];
    const singles = special.flatMap((o) => [
      'BEGIN:VEVENT',
      `UID:${ritualUid(`${ritual.id}-${o.date.replaceAll('-', '')}`)}`,
      ...common,
      `DTSTART:${utcStamp(o.start)}`,
      `DTEND:${utcStamp(o.end)}`,
      'END:VEVENT',
    ]);
    return [...series, ...singles];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Noyau//Community rituals//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    `X-WR-TIMEZONE:${zone}`,
    ...(events.length > 0 ? buildVTimezone(zone, window) : []),
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A file name from a ritual or calendar name: letters, digits and dashes only. */
export function icsFileName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'rituals'}.ics`;
}
