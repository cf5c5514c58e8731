import { describe, expect, it } from 'vitest';
import { addMonths, nthWeekdayOfMonth, weekdayOf } from '@/domain/calendar-date';
import { parseIsoDate } from '@/domain/iso-date';
import { buildSchedule, defaultStartDate, loadVerdict, ritualDates, ritualLoad, planWindow, todayIn } from '@/domain/ritual-schedule';
import { createRitual, editRitual, isRitualsComplete, ritualsSectionSchema, type Ritual } from '@/domain/ritual-section';
import { fromWallClock, offsetMinutes, toWallClock } from '@/domain/time-zone';

const text = { name: 'Ritual', description: '' };
const weeklyLive = createRitual('weekly_live', 'live', { name: 'Weekly live', description: '' }); // Tuesdays 19:00, 60 min
const challenge = createRitual('monthly_challenge', 'challenge', { name: 'Monthly challenge', description: '' }); // 1st Monday 12:30, 30 min
const quarterly = createRitual('quarterly_event', 'quarter', { name: 'Quarterly event', description: '' }); // 1st Saturday 10:00, 120 min
const utc = (ms: number) => new Date(ms).toISOString();

describe('calendar dates', () => {
  it('find the nth weekday of a month, and no fifth Friday where there is none', () => {
    expect(nthWeekdayOfMonth(2027, 4, 'FR', 5)).toBe('2027-04-30');
    expect(nthWeekdayOfMonth(2027, 2, 'FR', 5)).toBeNull();
    expect(nthWeekdayOfMonth(2027, 3, 'FR', 5)).toBeNull();
    expect(nthWeekdayOfMonth(2027, 2, 'MO', 1)).toBe('2027-02-01');
    expect(nthWeekdayOfMonth(2027, 2, 'SU', -1)).toBe('2027-02-28');
    expect(nthWeekdayOfMonth(2024, 2, 'TH', -1)).toBe('2024-02-29');
  });

  it('add months without leaving the month, and refuse dates that do not exist', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(parseIsoDate('2027-02-30')).toBeNull();
    expect(parseIsoDate('27-02-01')).toBeNull();
    expect(weekdayOf('2027-02-02')).toBe('TU');
  });
});

describe('wall clocks in a time zone', () => {
  it('read offsets from the runtime’s time-zone data', () => {
    expect(offsetMinutes('Europe/Paris', Date.UTC(2027, 0, 15))).toBe(60);
    expect(offsetMinutes('Europe/Paris', Date.UTC(2027, 6, 15))).toBe(120);
    expect(offsetMinutes('America/Toronto', Date.UTC(2027, 0, 15))).toBe(-300);
    expect(offsetMinutes('Asia/Kolkata', Date.UTC(2027, 0, 15))).toBe(330);
    expect(toWallClock('Europe/Paris', Date.UTC(2027, 2, 28, 1, 0))).toEqual({ date: '2027-03-28', hour: 3, minute: 0 });
  });

  it('move a time the clocks skip by the size of the gap, as RFC 5545 does', () => {
    const skipped = fromWallClock('Europe/Paris', { date: '2027-03-28', hour: 2, minute: 30 });
    expect(skipped.status).toBe('gap');
    expect(utc(skipped.ms)).toBe('2027-03-28T01:30:00.000Z'); // 03:30 summer time
  });

  it('take the first of a time the clocks repeat', () => {
    const twice = fromWallClock('Europe/Paris', { date: '2027-10-31', hour: 2, minute: 30 });
    expect(twice).toEqual({ ms: Date.UTC(2027, 9, 31, 0, 30), status: 'repeated' });
    expect(fromWallClock('Europe/Paris', { date: '2027-10-31', hour: 12, minute: 0 }).status).toBe('ok');
  });

  it('give today’s date in the creator’s zone, not the machine’s', () => {
    const lateEvening = Date.UTC(2027, 0, 14, 23, 30);
    expect(todayIn('Europe/Paris', lateEvening)).toBe('2027-01-15');
    expect(todayIn('America/Toronto', lateEvening)).toBe('2027-01-14');
    expect(defaultStartDate('2027-01-14')).toBe('2027-01-18');
    expect(defaultStartDate('2027-01-18')).toBe('2027-01-25');
  });
});

describe('buildSchedule', () => {
  const input = (items: Ritual[], startDate = '2027-02-01', timeZone = 'Europe/Paris') => ({ items, startDate, timeZone });
  const today = '2027-01-15';

  it('lays out three months: 13 weekly lives, 3 challenges, 1 quarterly event', () => {
    const schedule = buildSchedule(input([weeklyLive, challenge, quarterly]), { today });
    expect(schedule.window).toEqual({ start: '2027-02-01', end: '2027-05-01', timeZone: 'Europe/Paris' });
    const count = (id: string) => schedule.occurrences.filter((o) => o.ritualId === id).map((o) => o.date);
    expect(count('live')).toHaveLength(13);
    expect(count('challenge')).toEqual(['2027-02-01', '2027-03-01', '2027-04-05']);
    expect(count('quarter')).toEqual(['2027-02-06']);
    expect(schedule.issues).toEqual([]);
    expect(schedule.scheduled.map((r) => r.id)).toEqual(['live', 'challenge', 'quarter']);
  });

  it('keeps 19:00 in Paris across the change to summer time, so the UTC hour moves', () => {
    const schedule = buildSchedule(input([weeklyLive]), { today });
    const lives = schedule.occurrences;
    expect(lives.find((o) => o.date === '2027-03-23')).toMatchObject({ time: '19:00', status: 'ok' });
    expect(utc(lives.find((o) => o.date === '2027-03-23')!.start)).toBe('2027-03-23T18:00:00.000Z');
    expect(utc(lives.find((o) => o.date === '2027-03-30')!.start)).toBe('2027-03-30T17:00:00.000Z');
    // Members in Montréal: 13:00 before both changes, 14:00 between them, 13:00 after.
    const montreal = (date: string) => toWallClock('America/Toronto', lives.find((o) => o.date === date)!.start);
    expect(montreal('2027-03-09').hour).toBe(13);
    expect(montreal('2027-03-16').hour).toBe(14);
    expect(montreal('2027-03-30').hour).toBe(13);
  });

  it('skips the months with no “5th Friday” and says which', () => {
    const fifth = { ...challenge, weekday: 'FR' as const, nth: 5 as const };
    const schedule = buildSchedule(input([fifth]), { today });
    expect(schedule.occurrences.map((o) => o.date)).toEqual(['2027-04-30']);
    expect(schedule.issues).toEqual([
      {
        code: 'missing_months',
        severity: 'warning',
        ritualId: 'challenge',
        months: [
          { year: 2027, month: 2 },
          { year: 2027, month: 3 },
        ],
      },
    ]);
  });

  it('says when a ritual has no session at all in the window', () => {
    // No month from February to April 2027 has a fifth Sunday.
    const none = buildSchedule(input([{ ...quarterly, weekday: 'SU', nth: 5 }]), { today });
    expect(none.occurrences).toEqual([]);
    expect(none.scheduled).toEqual([]);
    expect(none.issues).toEqual([{ code: 'none_in_window', severity: 'warning', ritualId: 'quarter' }]);
    // A quarterly ritual starts in the first month that has its day.
    expect(ritualDates({ ...quarterly, weekday: 'TU', nth: 5 }, planWindow('2027-02-01', 'UTC'))).toEqual(['2027-03-30']);
  });

  it('warns about a time the clocks skip, and says when the session really starts', () => {
    const early = { ...createRitual('hot_seat', 'night', text), weekday: 'SU' as const, time: '02:30' };
    const schedule = buildSchedule(input([early]), { today });
    expect(schedule.issues).toEqual([{ code: 'dst_gap', severity: 'warning', ritualId: 'night', dates: ['2027-03-28'], actualTime: '03:30' }]);
    const shifted = schedule.occurrences.find((o) => o.date === '2027-03-28')!;
    expect(shifted).toMatchObject({ time: '02:30', status: 'gap' });
    expect(toWallClock('Europe/Paris', shifted.start)).toEqual({ date: '2027-03-28', hour: 3, minute: 30 });
  });

  it('notes a time the clocks repeat', () => {
    const early = { ...createRitual('hot_seat', 'night', text), weekday: 'SU' as const, time: '02:30' };
    const schedule = buildSchedule(input([early], '2027-10-01'), { today });
    expect(schedule.issues).toEqual([{ code: 'dst_repeated', severity: 'info', ritualId: 'night', dates: ['2027-10-31'] }]);
  });

  it('refuses a start date in the past, a ritual with no day or no name, and leaves them off the calendar', () => {
    const noDay = createRitual('custom', 'custom', text);
    const noName = { ...createRitual('hot_seat', 'blank', text), name: '  ' };
    const noNth = { ...challenge, id: 'nonth', nth: null };
    const schedule = buildSchedule(input([weeklyLive, noDay, noName, noNth], '2027-01-04'), { today });
    expect(schedule.issues).toEqual([
      { code: 'start_in_past', severity: 'error' },
      { code: 'no_day', severity: 'error', ritualId: 'custom' },
      { code: 'no_name', severity: 'error', ritualId: 'blank' },
      { code: 'no_nth', severity: 'error', ritualId: 'nonth' },
    ]);
    expect(new Set(schedule.occurrences.map((o) => o.ritualId))).toEqual(new Set(['live']));
  });

  it('falls back to UTC for a time zone this runtime does not know, and says so', () => {
    const schedule = buildSchedule(input([weeklyLive], '2027-02-01', 'Mars/Olympus_Mons'), { today });
    expect(schedule.issues).toContainEqual({ code: 'invalid_time_zone', severity: 'error' });
    expect(schedule.window.timeZone).toBe('UTC');
    expect(utc(schedule.occurrences[0]!.start)).toBe('2027-02-02T19:00:00.000Z');
  });

  it('handles 50 rituals, and flags more', () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ ...weeklyLive, id: `r${i}`, weekday: (['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const)[i % 7]! }));
    const fifty = buildSchedule(input(many.slice(0, 50)), { today });
    expect(fifty.scheduled).toHaveLength(50);
    expect(fifty.issues).toEqual([]);
    expect(buildSchedule(input(many), { today }).issues).toContainEqual({ code: 'too_many', severity: 'error' });
  });
});

describe('ritualLoad', () => {
  const today = '2027-01-15';
  it('counts the hours per week, on average and in the busiest week', () => {
    const schedule = buildSchedule({ items: [weeklyLive, challenge, quarterly], startDate: '2027-02-01', timeZone: 'Europe/Paris' }, { today });
    const load = ritualLoad(schedule);
    const weeks = 89 / 7; // 1 February to 30 April
    expect(load.weeks).toBeCloseTo(weeks);
    expect(load.averageHoursPerWeek).toBeCloseTo((13 * 1 + 3 * 0.5 + 2) / weeks);
    // The first week holds a live, the challenge and the quarterly event.
    expect(load.busiestWeek).toEqual({ start: '2027-02-01', hours: 3.5 });
    expect(load.perRitual.find((r) => r.ritualId === 'live')).toMatchObject({ sessions: 13, hours: 13 });
  });

  it('warns when the rituals take more than the creator can give', () => {
    const schedule = buildSchedule({ items: [weeklyLive, challenge, quarterly], startDate: '2027-02-01', timeZone: 'Europe/Paris' }, { today });
    const load = ritualLoad(schedule);
    expect(loadVerdict(load, null)).toBe('unknown');
    expect(loadVerdict(load, 1)).toBe('over');
    expect(loadVerdict(load, 2)).toBe('busy_weeks');
    expect(loadVerdict(load, 4)).toBe('ok');
  });
});

describe('the rituals section', () => {
  it('bumps the sequence on every edit, and keeps nth consistent with the cadence', () => {
    const edited = editRitual(weeklyLive, { frequency: 'monthly' });
    expect(edited).toMatchObject({ sequence: 1, nth: 1 });
    expect(editRitual(edited, { frequency: 'weekly' })).toMatchObject({ sequence: 2, nth: null });
  });

  it('is complete once every ritual has a name and a day', () => {
    expect(isRitualsComplete(undefined)).toBe(false);
    expect(isRitualsComplete({ items: [weeklyLive] })).toBe(true);
    expect(isRitualsComplete({ items: [weeklyLive, createRitual('custom', 'c', text)] })).toBe(false);
  });

  it('accepts drafts within bounds and refuses the rest', () => {
    expect(ritualsSectionSchema.safeParse({ items: [weeklyLive], startDate: '2027-02-01', timeZone: 'Europe/Paris' }).success).toBe(true);
    expect(ritualsSectionSchema.safeParse({ items: [] }).success).toBe(true);
    for (const bad of [
      { items: [{ ...weeklyLive, time: '25:00' }] },
      { items: [{ ...weeklyLive, durationMinutes: 0 }] },
      { items: [{ ...weeklyLive, nth: 6 }] },
      { items: [weeklyLive, weeklyLive] },
      { items: Array.from({ length: 51 }, (_, i) => ({ ...weeklyLive, id: `r${i}` })) },
      { startDate: '2027-02-30' },
      { timeZone: 'Europe/Paris; DROP' },
    ]) {
      expect(ritualsSectionSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});
