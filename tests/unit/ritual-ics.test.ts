import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, buildVTimezone, escapeText, foldLine, icsFileName, ritualUid } from '@/domain/ritual-ics';
import { buildSchedule, type Schedule } from '@/domain/ritual-schedule';
import { createRitual, type Ritual } from '@/domain/ritual-section';
import { offsetMinutes } from '@/domain/time-zone';

const now = new Date(Date.UTC(2027, 0, 15, 9, 0));
const today = '2027-01-15';
const live = createRitual('weekly_live', 'live', { name: 'Weekly live', description: 'Questions, answers; and news\nfrom the week' });
const challenge = createRitual('monthly_challenge', 'challenge', { name: 'Défi du mois 🏃', description: '' });
const quarterly = createRitual('quarterly_event', 'quarter', { name: 'Quarterly event', description: '' });

function schedule(items: Ritual[], startDate = '2027-02-01', timeZone = 'Europe/Paris'): Schedule {
  return buildSchedule({ items, startDate, timeZone }, { today });
}

/** Every session the file holds, as an iCalendar parser sees it: UID → UTC start times. */
function expand(ics: string): Map<string, string[]> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const sessions = new Map<string, string[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const starts: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (starts.length > 500) throw new Error('runaway recurrence');
      starts.push(next.toJSDate().toISOString());
    }
    sessions.set(event.uid, starts);
  }
  return sessions;
}

const iso = (ms: number) => new Date(ms).toISOString();
const expected = (s: Schedule, ritualId: string) => s.occurrences.filter((o) => o.ritualId === ritualId).map((o) => iso(o.start));
/** All sessions of a ritual in the file, its series and any single events, in order. */
const sessionsOf = (sessions: Map<string, string[]>, ritualId: string) =>
  [...sessions]
    .filter(([uid]) => uid === ritualUid(ritualId) || uid.startsWith(`ritual-${ritualId}-`))
    .flatMap(([, s]) => s)
    .sort();

describe('buildIcs', () => {
  it('writes one recurring event per ritual that a parser expands to the planned sessions', () => {
    const s = schedule([live, challenge, quarterly]);
    const ics = buildIcs(s, { now, calendarName: 'My rituals' });
    const sessions = expand(ics);
    expect([...sessions.keys()]).toEqual([ritualUid('live'), ritualUid('challenge'), ritualUid('quarter')]);
    expect(sessions.get(ritualUid('live'))).toEqual(expected(s, 'live'));
    expect(sessions.get(ritualUid('live'))).toHaveLength(13);
    expect(sessions.get(ritualUid('challenge'))).toEqual(expected(s, 'challenge'));
    expect(sessions.get(ritualUid('quarter'))).toEqual(['2027-02-06T09:00:00.000Z']);
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270430T215959Z');
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYDAY=1MO;UNTIL=20270430T215959Z');
    expect(ics).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=1SA;UNTIL=20270430T215959Z');
  });

  it('carries the time zone: TZID on the times, and a VTIMEZONE that keeps 19:00 in Paris across the change to summer time', () => {
    const s = schedule([live]);
    const ics = buildIcs(s, { now, calendarName: 'My rituals' });
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20270202T190000');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    const lives = expand(ics).get(ritualUid('live'))!;
    expect(lives).toContain('2027-03-23T18:00:00.000Z');
    expect(lives).toContain('2027-03-30T17:00:00.000Z');
    // The same instants, seen from Montréal: what members there get in their own calendar.
    const montreal = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Toronto', hour: '2-digit', minute: '2-digit' });
    expect(lives.slice(5, 9).map((t) => montreal.format(new Date(t)))).toEqual(['13:00', '14:00', '14:00', '13:00']);
  });

  it('keeps a “5th Friday” to the months that have one', () => {
    const fifth = { ...challenge, weekday: 'FR' as const, nth: 5 as const };
    const s = schedule([fifth], '2027-02-01');
    const ics = buildIcs(s, { now, calendarName: 'x' });
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYDAY=5FR;');
    expect(expand(ics).get(ritualUid('challenge'))).toEqual(['2027-04-30T10:30:00.000Z']);
    const longer = buildSchedule({ items: [fifth], startDate: '2027-01-01', timeZone: 'Europe/Paris' }, { today, months: 3 });
    expect(expand(buildIcs(longer, { now, calendarName: 'x' })).get(ritualUid('challenge'))).toEqual(['2027-01-29T11:30:00.000Z']);
  });

  it('moves a session the clocks skip out of the series, to the exact time the schedule shows', () => {
    const night = { ...createRitual('hot_seat', 'night', { name: 'Night owls', description: '' }), weekday: 'SU' as const, time: '02:30' };
    const s = schedule([night]);
    const ics = buildIcs(s, { now, calendarName: 'x' });
    expect(ics).toContain('EXDATE;TZID=Europe/Paris:20270328T023000');
    expect(ics).toContain('UID:ritual-night-20270328@noyau.app\r\n');
    expect(sessionsOf(expand(ics), 'night')).toEqual(expected(s, 'night'));
  });

  it('does the same for a time the clocks repeat', () => {
    const night = { ...createRitual('hot_seat', 'night', { name: 'Night owls', description: '' }), weekday: 'SU' as const, time: '02:30' };
    const s = schedule([night], '2027-10-01');
    expect(sessionsOf(expand(buildIcs(s, { now, calendarName: 'x' })), 'night')).toEqual(expected(s, 'night'));
  });

  it.each([
    'America/Toronto',
    'America/St_Johns',
    'Australia/Sydney',
    'Australia/Lord_Howe',
    'America/Santiago',
    'Africa/Casablanca',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'UTC',
  ])('writes a VTIMEZONE for %s that agrees with the runtime every day of the window', (zone) => {
    const s = schedule([live, challenge], '2027-02-01', zone);
    const ics = buildIcs(s, { now, calendarName: 'x' });
    expect(sessionsOf(expand(ics), 'live')).toEqual(expected(s, 'live'));
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const timezone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    for (let day = 0; day < 120; day += 1) {
      const ms = Date.UTC(2027, 1, 1, 12) + day * 86_400_000;
      const time = ICAL.Time.fromJSDate(new Date(ms), true);
      expect(timezone.utcOffset(time) / 60, `${zone} day ${day}`).toBe(offsetMinutes(zone, ms));
    }
  });

  it('writes a zone with no daylight saving as a single observance', () => {
    expect(buildVTimezone('Asia/Tokyo', { start: '2027-02-01', end: '2027-05-01' })).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'X-LIC-LOCATION:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('keeps UIDs stable from one export to the next, and raises SEQUENCE when a ritual changed', () => {
    const first = buildIcs(schedule([live]), { now, calendarName: 'x' });
    const edited = { ...live, time: '20:00', sequence: live.sequence + 1 };
    const second = buildIcs(schedule([edited]), { now: new Date(now.getTime() + 3_600_000), calendarName: 'x' });
    const uid = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid');
    expect(uid(second)).toBe(uid(first));
    expect(first).toContain('SEQUENCE:0');
    expect(second).toContain('SEQUENCE:1');
    expect(second).toContain('DTSTART;TZID=Europe/Paris:20270202T200000');
  });

  it('escapes text and folds long lines so that parsers read names and descriptions back intact', () => {
    const name = 'Live, Q&A; “backslash” \\ and émojis 🧘🧘🧘 ' + 'très long '.repeat(8);
    const described = { ...live, name: name.slice(0, 80), description: 'Line one\nLine two, with; punctuation\r\nand a tab\tinside' };
    const ics = buildIcs(schedule([described]), { now, calendarName: 'Mes rituels, 2027' });
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(name.slice(0, 80).trim());
    expect(event.description).toBe('Line one\nLine two, with; punctuation\nand a tab\tinside');
    // An X- property is not typed for ical.js, which leaves its escapes as they are.
    expect(ics).toContain('X-WR-CALNAME:Mes rituels\\, 2027\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('exports one ritual alone for a per-ritual download', () => {
    const ics = buildIcs(schedule([live, challenge, quarterly]), { now, calendarName: 'x', ritualIds: ['challenge'] });
    expect([...expand(ics).keys()]).toEqual([ritualUid('challenge')]);
  });

  it('leaves out rituals that cannot be scheduled, and stays a valid calendar even when empty', () => {
    const noDay = createRitual('custom', 'custom', { name: 'Custom', description: '' });
    const ics = buildIcs(schedule([noDay]), { now, calendarName: 'x' });
    expect(ics).not.toContain('VTIMEZONE');
    expect(expand(ics).size).toBe(0);
    expect(new ICAL.Component(ICAL.parse(ics)).name).toBe('vcalendar');
  });

  it('stays valid with 50 rituals', () => {
    const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...live,
      id: `r${i}`,
      name: `Ritual ${i}`,
      weekday: weekdays[i % 7]!,
      time: `${String(8 + (i % 12)).padStart(2, '0')}:00`,
    }));
    const s = schedule(many);
    const sessions = expand(buildIcs(s, { now, calendarName: 'x' }));
    expect(sessions.size).toBe(50);
    expect([...sessions.values()].flat()).toHaveLength(s.occurrences.length);
  });
});

describe('helpers', () => {
  it('escape iCalendar text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('fold at 75 octets without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').every((part) => new TextEncoder().encode(part).length <= 75)).toBe(true);
    expect(folded.replaceAll('\r\n ', '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });

  it('make file names from ritual names', () => {
    expect(icsFileName('Défi du mois 🏃')).toBe('defi-du-mois.ics');
    expect(icsFileName('🏃')).toBe('rituals.ics');
  });
});
