import { describe, expect, it } from 'vitest';
import type { Checkin } from '@/domain/engagement';
import { askingBeforeGiving, burnout, detectPitfalls, growthRace, guruSyndrome, hasRevenuePlan } from '@/domain/pitfalls';

const week = (weekStart: string, patch: Partial<Checkin> = {}): Checkin => ({
  weekStart,
  members: 40,
  activeMembers: 20,
  conversationsTotal: 20,
  conversationsByMembers: 10,
  conversationsBetweenMembers: 8,
  creatorHours: 4,
  note: '',
  ...patch,
});
const weeks = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
const series = (patches: Partial<Checkin>[]) => patches.map((patch, i) => week(weeks[i]!, patch));

describe('growth race', () => {
  it('fires when members grow fast while the active rate falls', () => {
    const checkins = series([
      { members: 40, activeMembers: 24 },
      { members: 60, activeMembers: 27 },
      { members: 90, activeMembers: 30 },
      { members: 140, activeMembers: 28 },
    ]);
    const found = growthRace(checkins);
    expect(found).toMatchObject({ key: 'growth_race', activeFrom: 0.6, activeTo: 0.2 });
    expect(found!.growth).toBeGreaterThan(0.5);
  });

  it('stays quiet when growth is fast but people stay active, or slow while they drop off', () => {
    expect(growthRace(series([{ members: 40, activeMembers: 20 }, { members: 60, activeMembers: 30 }, { members: 90, activeMembers: 46 }]))).toBeNull();
    expect(growthRace(series([{ members: 40, activeMembers: 24 }, { members: 41, activeMembers: 20 }, { members: 42, activeMembers: 12 }]))).toBeNull();
  });

  it('needs two weeks with members', () => {
    expect(growthRace(series([{ members: 40 }]))).toBeNull();
    expect(growthRace(series([{ members: 0, activeMembers: 0 }, { members: 100, activeMembers: 10 }]))).toBeNull();
  });
});

describe('burnout', () => {
  it('fires when hours rise over the budget the creator set', () => {
    expect(burnout(series([{ creatorHours: 3 }, { creatorHours: 5 }, { creatorHours: 8 }]), 6)).toEqual({ key: 'burnout', hours: 8, budget: 6, rising: true });
  });

  it('fires on two weeks in a row over budget even when flat', () => {
    expect(burnout(series([{ creatorHours: 9 }, { creatorHours: 9 }]), 6)).toEqual({ key: 'burnout', hours: 9, budget: 6, rising: false });
  });

  it('stays quiet under budget, on a single heavy week after a quiet one falling, or without a budget', () => {
    expect(burnout(series([{ creatorHours: 3 }, { creatorHours: 5 }]), 6)).toBeNull();
    expect(burnout(series([{ creatorHours: 12 }, { creatorHours: 4 }, { creatorHours: 7 }]), 6)).toBeNull();
    expect(burnout(series([{ creatorHours: 3 }, { creatorHours: 30 }]), null)).toBeNull();
    expect(burnout([], 6)).toBeNull();
  });
});

describe('guru syndrome', () => {
  it('fires when members hardly ever talk to each other', () => {
    const found = guruSyndrome(series([{ conversationsTotal: 10, conversationsBetweenMembers: 1 }, { conversationsTotal: 10, conversationsBetweenMembers: 0 }]));
    expect(found).toEqual({ key: 'guru', share: 0.05, conversations: 20 });
  });

  it('stays quiet when members talk to each other, or with too few conversations to tell', () => {
    expect(guruSyndrome(series([{ conversationsTotal: 10, conversationsBetweenMembers: 3 }]))).toBeNull();
    expect(guruSyndrome(series([{ conversationsTotal: 5, conversationsBetweenMembers: 0 }]))).toBeNull();
  });
});

describe('asking before giving', () => {
  const base = { checkins: [] as Checkin[], today: '2026-11-26' };
  it('fires when the paid offer starts before three months of rituals', () => {
    expect(askingBeforeGiving({ ...base, launch: { paidStartDate: '2027-01-15' }, ritualsStart: '2026-12-01' })).toEqual({
      key: 'asking_before_giving',
      paidStart: '2027-01-15',
      earliest: '2027-03-01',
    });
    expect(askingBeforeGiving({ ...base, launch: { paidStartDate: '2027-03-01' }, ritualsStart: '2026-12-01' })).toBeNull();
  });

  it('counts from the first check-in, then from today, when the rituals have no date', () => {
    expect(askingBeforeGiving({ ...base, checkins: [week('2026-11-02')], launch: { paidStartDate: '2027-01-15' } })).toMatchObject({ earliest: '2027-02-02' });
    expect(askingBeforeGiving({ ...base, launch: { paidStartDate: '2027-01-15' } })).toMatchObject({ earliest: '2027-02-26' });
    expect(askingBeforeGiving({ ...base, launch: {} })).toBeNull();
  });
});

describe('detectPitfalls', () => {
  it('says a plan without an offer and a price has no revenue plan', () => {
    expect(hasRevenuePlan(undefined)).toBe(false);
    expect(hasRevenuePlan({ offerType: 'programme', price: 0 })).toBe(false);
    expect(hasRevenuePlan({ offerType: 'programme', price: 500 })).toBe(true);
    expect(detectPitfalls({ checkins: [], launch: undefined, weeklyHours: null, today: '2026-11-26' })).toEqual([{ key: 'no_revenue' }]);
  });

  it('flags automated animation from the plan, and lists the most pressing first', () => {
    const checkins = series([
      { members: 40, activeMembers: 24, creatorHours: 5 },
      { members: 60, activeMembers: 27, creatorHours: 7 },
      { members: 90, activeMembers: 30, creatorHours: 9 },
      { members: 140, activeMembers: 28, creatorHours: 12 },
    ]);
    const keys = detectPitfalls({ checkins, launch: { usesBots: true, offerType: 'course', price: 90 }, weeklyHours: 6, today: '2026-11-26' }).map((p) => p.key);
    expect(keys).toEqual(['burnout', 'growth_race', 'automated']);
  });
});
