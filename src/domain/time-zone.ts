// Wall-clock time in an IANA time zone, from the runtime's own time-zone database (Intl):
// no data file to ship, and the same answers in the browser and in the tests.
import { formatIsoDate, type IsoDate } from './calendar-date';
import { parseIsoDate } from './iso-date';
import { defined } from './invariant';

export interface WallClock {
  date: IsoDate;
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  return format;
}

export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** This runtime's zone names (UTC included), plus any in `keep` it does not list, sorted. */
export function knownTimeZones(...keep: string[]): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC', ...keep.filter(Boolean)])].sort();
}

/** The zone this browser (or Node) runs in, UTC when it names none. */
export function runtimeTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(zone) ? zone : 'UTC';
}

function parts(zone: string, ms: number) {
  const values: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  // Intl gives every one of these parts for the formatter's options.
  const part = (type: string) => defined(values[type], `the ${type} of a date in ${zone}`);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour') % 24,
    minute: part('minute'),
    second: part('second'),
  };
}

/** The wall clock in `zone` at an instant. */
export function toWallClock(zone: string, ms: number): WallClock {
  const p = parts(zone, ms);
  return { date: formatIsoDate(p), hour: p.hour, minute: p.minute };
}

/** Minutes to add to UTC to get the wall clock in `zone` at that instant (Paris in winter: 60). */
export function offsetMinutes(zone: string, ms: number): number {
  const p = parts(zone, ms);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

export type WallClockStatus = 'ok' | 'gap' | 'repeated';

/**
 * The instant a wall clock stands for, as RFC 5545 reads it: a time skipped when clocks go
 * forward (the "gap") uses the offset from before the change, so 02:30 becomes 03:30; a time
 * that happens twice when clocks go back is its first occurrence.
 */
export function fromWallClock(zone: string, { date, hour, minute }: WallClock): { ms: number; status: WallClockStatus } {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`not a date: ${date}`);
  const naive = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  const before = offsetMinutes(zone, naive - 36 * 60 * MINUTE_MS);
  const after = offsetMinutes(zone, naive + 36 * 60 * MINUTE_MS);
  const matches = [...new Set([before, after])]
    .map((offset) => naive - offset * MINUTE_MS)
    .filter((ms) => {
      const wall = toWallClock(zone, ms);
      return wall.date === date && wall.hour === hour && wall.minute === minute;
    })
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first === undefined) return { ms: naive - before * MINUTE_MS, status: 'gap' };
  return { ms: first, status: matches.length > 1 ? 'repeated' : 'ok' };
}

/** Each change of offset between two instants, to the minute. */
export function offsetTransitions(zone: string, fromMs: number, toMs: number): { at: number; from: number; to: number }[] {
  const transitions: { at: number; from: number; to: number }[] = [];
  const step = 24 * 60 * MINUTE_MS;
  let previousMs = fromMs;
  let previous = offsetMinutes(zone, fromMs);
  for (let ms = fromMs + step; ms < toMs + step; ms += step) {
    const current = offsetMinutes(zone, ms);
    if (current !== previous) {
      // The change happened in (previousMs, ms]: narrow it down to the minute.
      let low = previousMs;
      let high = ms;
      while (high - low > MINUTE_MS) {
        const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetMinutes(zone, mid) === previous) low = mid;
        else high = mid;
      }
      transitions.push({ at: high, from: previous, to: current });
    }
    previousMs = ms;
    previous = current;
  }
  return transitions;
}
