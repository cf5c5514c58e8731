// The article's pitfalls, spotted in the creator's own data. Each comes with the figures that
// raised it, so the advice can quote them; thresholds are ours, set from the article's examples.
import { addMonths, dayNumber, isIsoDate, type IsoDate } from './calendar-date';
import { monthlyGrowth, pooledShare, recentWindow, sortByWeek, weeklySlope, type Checkin } from './engagement';
import type { Sections } from './plan';

type LaunchSection = NonNullable<Sections['launch']>;

/**
 * Growth faster than this per month, while the active rate falls, is a race. The article's
 * example, 200 to 2,000 members in three months, is about +115 % a month.
 */
export const GROWTH_RACE_MONTHLY = 0.5;
/** Check-ins looked at for trends: about the last month. */
export const TREND_WINDOW = 5;
/** At most this share of conversations between members: nearly everything goes through the creator. */
export const GURU_MEMBER_SHARE = 0.1;
/** Below this many conversations in the window, the share says too little. */
export const GURU_MIN_CONVERSATIONS = 10;
/** The article: give more than you receive, for three months at least. */
export const GIVING_MONTHS = 3;

export type Pitfall =
  | { key: 'growth_race'; growth: number; activeFrom: number; activeTo: number }
  | { key: 'burnout'; hours: number; budget: number; rising: boolean }
  | { key: 'guru'; share: number; conversations: number }
  | { key: 'automated' }
  | { key: 'no_revenue' }
  | { key: 'asking_before_giving'; paidStart: IsoDate; earliest: IsoDate };

export interface PitfallInput {
  checkins: readonly Checkin[];
  launch: LaunchSection | undefined;
  /** The hours a week the creator can give (weeklyHours of the plan), if known. */
  weeklyHours: number | null;
  /** When the rituals start (the rituals step), if known. */
  ritualsStart?: IsoDate | null;
  /** The creator's date. */
  today: IsoDate;
}

/** Members grow faster than GROWTH_RACE_MONTHLY a month while the share of active members falls. */
export function growthRace(checkins: readonly Checkin[]): Extract<Pitfall, { key: 'growth_race' }> | null {
  const window = recentWindow(checkins, TREND_WINDOW).filter((c) => c.members > 0);
  if (window.length < 2) return null;
  const growth = monthlyGrowth(window);
  if (growth === null || growth <= GROWTH_RACE_MONTHLY) return null;
  const rates = window.map((c) => ({ weekStart: c.weekStart, value: c.activeMembers / c.members }));
  const slope = weeklySlope(rates);
  const activeFrom = rates[0]?.value;
  const activeTo = rates.at(-1)?.value;
  if (activeFrom === undefined || activeTo === undefined || slope === null || slope >= 0 || activeTo >= activeFrom) return null;
  return { key: 'growth_race', growth, activeFrom, activeTo };
}

/**
 * The latest week is over the creator's own budget, and either the hours are rising or the
 * week before was over it too (a steady overload burns out as surely as a rising one).
 */
export function burnout(checkins: readonly Checkin[], budget: number | null | undefined): Extract<Pitfall, { key: 'burnout' }> | null {
  if (budget == null) return null;
  const window = recentWindow(checkins, TREND_WINDOW);
  const last = window[window.length - 1];
  if (!last || last.creatorHours <= budget) return null;
  const slope = weeklySlope(window.map((c) => ({ weekStart: c.weekStart, value: c.creatorHours })));
  const rising = slope !== null && slope > 0;
  const previous = window[window.length - 2];
  if (!rising && !(previous && previous.creatorHours > budget)) return null;
  return { key: 'burnout', hours: last.creatorHours, budget, rising };
}

/** Members hardly ever talk to each other: conversations go through the creator. */
export function guruSyndrome(checkins: readonly Checkin[]): Extract<Pitfall, { key: 'guru' }> | null {
  const window = recentWindow(checkins, TREND_WINDOW - 1);
  const conversations = window.reduce((s, c) => s + c.conversationsTotal, 0);
  if (conversations < GURU_MIN_CONVERSATIONS) return null;
  const share = pooledShare(window, (c) => c.conversationsBetweenMembers, (c) => c.conversationsTotal);
  if (share === null || share > GURU_MEMBER_SHARE) return null;
  return { key: 'guru', share, conversations };
}

/**
 * A paid offer before three months of rituals have run. The giving starts with the rituals;
 * without a start date, with the first check-in; without either, today.
 */
export function askingBeforeGiving(input: Omit<PitfallInput, 'weeklyHours'>): Extract<Pitfall, { key: 'asking_before_giving' }> | null {
  const paidStart = input.launch?.paidStartDate;
  if (!paidStart || !isIsoDate(paidStart)) return null;
  const firstCheckin = sortByWeek(input.checkins)[0]?.weekStart;
  const givingStart = input.ritualsStart && isIsoDate(input.ritualsStart) ? input.ritualsStart : (firstCheckin ?? input.today);
  const earliest = addMonths(givingStart, GIVING_MONTHS);
  return dayNumber(paidStart) < dayNumber(earliest) ? { key: 'asking_before_giving', paidStart, earliest } : null;
}

export function hasRevenuePlan(launch: LaunchSection | undefined): boolean {
  return !!launch?.offerType && (launch.price ?? 0) > 0;
}

/** Every pitfall the data shows, the most pressing first. */
export function detectPitfalls(input: PitfallInput): Pitfall[] {
  const found: (Pitfall | null)[] = [
    burnout(input.checkins, input.weeklyHours),
    growthRace(input.checkins),
    guruSyndrome(input.checkins),
    input.launch?.usesBots === true ? { key: 'automated' } : null,
    askingBeforeGiving(input),
    hasRevenuePlan(input.launch) ? null : { key: 'no_revenue' },
  ];
  return found.filter((p): p is Pitfall => p !== null);
}
