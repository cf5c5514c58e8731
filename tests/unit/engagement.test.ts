import { describe, expect, it } from 'vitest';
import { fixedClock } from '@/domain/clock';
import { todayIn } from '@/domain/ritual-schedule';
import {
  checkinFormSchema,
  weekToCheckIn,
  crossFieldIssues,
  engagementSeries,
  isMonday,
  monthlyGrowth,
  pooledShare,
  recentWindow,
  weekIssue,
  weeklySlope,
  weekMeasures,
  type Checkin,
} from '@/domain/engagement';

const week = (weekStart: string, patch: Partial<Checkin> = {}): Checkin => ({
  weekStart,
  members: 40,
  activeMembers: 20,
  conversationsTotal: 10,
  conversationsByMembers: 6,
  conversationsBetweenMembers: 4,
  creatorHours: 5,
  note: '',
  ...patch,
});

describe('weekMeasures', () => {
  it('divides active members by members, and conversations between members and opened by members by all conversations', () => {
    expect(weekMeasures(week('2026-11-02'))).toEqual({
      weekStart: '2026-11-02',
      members: 40,
      activeRate: 0.5,
      memberToMemberShare: 0.4,
      startedByMembersShare: 0.6,
      creatorHours: 5,
    });
  });

  it('says nothing rather than dividing by zero', () => {
    const m = weekMeasures(week('2026-11-02', { members: 0, activeMembers: 0, conversationsTotal: 0, conversationsByMembers: 0, conversationsBetweenMembers: 0 }));
    expect(m.activeRate).toBeNull();
    expect(m.memberToMemberShare).toBeNull();
    expect(m.startedByMembersShare).toBeNull();
  });
});

describe('engagementSeries and recentWindow', () => {
  it('put weeks in order, oldest first, and keep the last ones', () => {
    const checkins = [week('2026-11-16'), week('2026-11-02'), week('2026-11-09')];
    expect(engagementSeries(checkins).map((m) => m.weekStart)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(recentWindow(checkins, 2).map((c) => c.weekStart)).toEqual(['2026-11-09', '2026-11-16']);
  });
});

describe('weeklySlope', () => {
  it('is the least-squares change per week', () => {
    expect(weeklySlope([{ weekStart: '2026-11-02', value: 1 }, { weekStart: '2026-11-09', value: 3 }, { weekStart: '2026-11-16', value: 5 }])).toBeCloseTo(2);
    // Two weeks apart: the slope is per week, not per point.
    expect(weeklySlope([{ weekStart: '2026-11-02', value: 0 }, { weekStart: '2026-11-16', value: 4 }])).toBeCloseTo(2);
  });

  it('needs two different weeks', () => {
    expect(weeklySlope([{ weekStart: '2026-11-02', value: 1 }])).toBeNull();
    expect(weeklySlope([{ weekStart: '2026-11-02', value: 1 }, { weekStart: '2026-11-02', value: 2 }])).toBeNull();
  });
});

describe('monthlyGrowth', () => {
  it('compounds growth to a month of 52/12 weeks', () => {
    // Doubling in 52/12 weeks is +100 % a month; the same ratio over half the time is +300 %.
    const weeks = 52 / 12;
    expect(monthlyGrowth([week('2026-01-05', { members: 100 }), { ...week('2026-01-05'), weekStart: '2026-02-02', members: 200 }])).toBeCloseTo(2 ** (weeks / 4) - 1);
    expect(monthlyGrowth([week('2026-11-02', { members: 50 }), week('2026-11-16', { members: 100 })])).toBeCloseTo(2 ** (weeks / 2) - 1);
  });

  it('is negative when the community shrinks and null without a start or a span', () => {
    expect(monthlyGrowth([week('2026-11-02', { members: 100 }), week('2026-11-30', { members: 80 })])!).toBeLessThan(0);
    expect(monthlyGrowth([week('2026-11-02')])).toBeNull();
    expect(monthlyGrowth([week('2026-11-02', { members: 0, activeMembers: 0 }), week('2026-11-09')])).toBeNull();
  });
});

describe('pooledShare', () => {
  it('weighs busy weeks more than quiet ones', () => {
    const share = pooledShare(
      [week('2026-11-02', { conversationsTotal: 90, conversationsBetweenMembers: 9 }), week('2026-11-09', { conversationsTotal: 10, conversationsBetweenMembers: 10 })],
      (c) => c.conversationsBetweenMembers,
      (c) => c.conversationsTotal,
    );
    expect(share).toBeCloseTo(0.19);
  });
});

describe('check-in bounds', () => {
  it('refuses parts that outnumber their whole', () => {
    expect(crossFieldIssues({ members: 10, activeMembers: 11, conversationsTotal: 5, conversationsByMembers: 6, conversationsBetweenMembers: 6 })).toEqual([
      { path: 'activeMembers', code: 'active_over_members' },
      { path: 'conversationsByMembers', code: 'by_members_over_total' },
      { path: 'conversationsBetweenMembers', code: 'between_over_total' },
    ]);
    expect(crossFieldIssues({ members: 10, activeMembers: 10, conversationsTotal: 5, conversationsByMembers: 5, conversationsBetweenMembers: 0 })).toEqual([]);
  });

  it('files any day under its Monday, and refuses a week that has not started or is already there', () => {
    const today = '2026-11-26'; // a Thursday
    expect(weekIssue('2026-11-29', { today })).toBeNull(); // Sunday of this week
    expect(weekIssue('2026-11-30', { today })).toBe('in_future');
    expect(weekIssue('2026-11-20', { today, takenWeeks: ['2026-11-16'] })).toBe('duplicate_week');
    expect(weekIssue('2026-02-30', { today })).toBe('invalid_date');
    expect(weekIssue('', { today })).toBe('invalid_date');
    expect(isMonday('2026-11-23')).toBe(true);
    expect(isMonday('2026-11-24')).toBe(false);
  });

  const values = { day: '2026-11-25', members: 40, activeMembers: 12, conversationsTotal: 10, conversationsByMembers: 4, conversationsBetweenMembers: 3, creatorHours: 4.5, note: '' };
  const codes = (input: unknown, context: { today: string; takenWeeks?: string[] } = { today: '2026-11-26' }) => {
    const result = checkinFormSchema(context).safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('gives the form a Monday and the counts', () => {
    const { day: _day, ...counts } = values;
    expect(checkinFormSchema({ today: '2026-11-26' }).parse(values)).toEqual({ ...counts, weekStart: '2026-11-23' });
  });

  it.each([
    ['a negative count', { members: -1 }, { members: 'negative' }],
    ['a count that is not whole', { conversationsTotal: 2.5 }, { conversationsTotal: 'whole' }],
    ['an empty count (NaN from the input)', { activeMembers: Number.NaN }, { activeMembers: 'required' }],
    ['more than a million', { members: 1_000_001 }, { members: 'too_large' }],
    ['more hours than a week holds', { creatorHours: 169 }, { creatorHours: 'too_many_hours' }],
    ['negative hours', { creatorHours: -0.5 }, { creatorHours: 'negative' }],
    ['active members over members', { activeMembers: 41 }, { activeMembers: 'active_over_members' }],
    ['a note over 1,000 characters', { note: 'n'.repeat(1_001) }, { note: 'note_too_long' }],
    ['a week in the future', { day: '2026-12-01' }, { day: 'in_future' }],
  ])('refuses %s', (_case, patch, expected) => {
    expect(codes({ ...values, ...patch })).toEqual(expected);
  });

  it('reports every refused field at once, an empty one included', () => {
    expect(codes({ ...values, day: '2026-12-02', activeMembers: 41, conversationsTotal: 2.5, creatorHours: Number.NaN })).toEqual({
      day: 'in_future',
      activeMembers: 'active_over_members',
      conversationsTotal: 'whole',
      creatorHours: 'required',
    });
  });

  it('refuses a week that already has a check-in when adding', () => {
    expect(codes(values, { today: '2026-11-26', takenWeeks: ['2026-11-23'] })).toEqual({ day: 'duplicate_week' });
  });
});

describe('the week the check-in form offers', () => {
  // 2026-11-26 is a Thursday; its week starts on Monday 2026-11-23.
  it('is this week on opening, else a week left without one since the first check-in, else none', () => {
    expect(weekToCheckIn('2026-11-26', [])).toBe('2026-11-23');
    expect(weekToCheckIn('2026-11-26', ['2026-11-09', '2026-11-23'])).toBe('2026-11-16');
    // Weeks before the first check-in are not gaps: nothing is due until next Monday.
    expect(weekToCheckIn('2026-11-26', ['2026-11-23'])).toBeNull();
    expect(weekToCheckIn('2026-11-26', ['2026-11-16', '2026-11-23'])).toBeNull();
  });

  it('goes on to the next week after the one just saved, never back to the week before it', () => {
    // Catching up in order: two weeks ago, then last week, then this week, then done.
    expect(weekToCheckIn('2026-11-26', [], '2026-11-09')).toBe('2026-11-16');
    expect(weekToCheckIn('2026-11-26', ['2026-11-09'], '2026-11-16')).toBe('2026-11-23');
    expect(weekToCheckIn('2026-11-26', ['2026-11-09', '2026-11-16'], '2026-11-23')).toBeNull();
    // This week first, as the form offers on opening: the week before it is not offered.
    expect(weekToCheckIn('2026-11-26', [], '2026-11-23')).toBeNull();
    // Any day is filed under its Monday; weeks already in are stepped over.
    expect(weekToCheckIn('2026-11-26', ['2026-11-16'], '2026-11-04')).toBe('2026-11-09');
    expect(weekToCheckIn('2026-11-26', ['2026-11-09', '2026-11-16'], '2026-11-02')).toBe('2026-11-23');
    // Nothing after it is free: back to the oldest week left without one since the first.
    expect(weekToCheckIn('2026-11-26', ['2026-10-26', '2026-11-23'], '2026-11-16')).toBe('2026-11-02');
  });

  it('reads this week from the creator’s date: on a Sunday night the week is not over, on Monday morning a new one is due', () => {
    // One instant: Sunday 23:30 in Paris, already Monday 12:30 at UTC+14.
    const instant = fixedClock('2026-12-06T22:30:00Z')();
    const paris = todayIn('Europe/Paris', instant);
    const kiritimati = todayIn('Pacific/Kiritimati', instant);
    expect([paris, kiritimati]).toEqual(['2026-12-06', '2026-12-07']);
    // Just saved the week of Monday 30 November.
    expect(weekToCheckIn(paris, [], '2026-11-30')).toBeNull();
    expect(weekToCheckIn(kiritimati, [], '2026-11-30')).toBe('2026-12-07');
    // Monday 00:00 in Paris is a new week; a minute before is the old one.
    expect(weekToCheckIn(todayIn('Europe/Paris', fixedClock('2026-12-06T23:00:00Z')()), ['2026-11-30'])).toBe('2026-12-07');
    expect(weekToCheckIn(todayIn('Europe/Paris', fixedClock('2026-12-06T22:59:00Z')()), ['2026-11-30'])).toBeNull();
  });
});
