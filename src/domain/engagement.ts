// Engagement, not head count: the weekly check-ins a creator logs, the bounds they must respect
// (the same as app.check_checkin in SQL), and the measures drawn from them.
import { z } from 'zod';
import { addDays, dayNumber, isIsoDate, startOfWeek, weekdayIndex, type IsoDate } from './calendar-date';

export const CHECKIN_LIMITS = {
  /** Members and conversations, per week. */
  count: 1_000_000,
  /** A week holds 168 hours. */
  hours: 168,
  note: 1_000,
} as const;

export interface Checkin {
  /** The Monday the week starts on. */
  weekStart: IsoDate;
  members: number;
  /** Members with at least one meaningful action that week. */
  activeMembers: number;
  /** Every conversation of the week: the denominator of the shares below. */
  conversationsTotal: number;
  /** Conversations a member opened. */
  conversationsByMembers: number;
  /** Conversations in which members answered each other, whoever opened them. */
  conversationsBetweenMembers: number;
  creatorHours: number;
  note: string;
}

/** Why a check-in is refused, per field: the form shows `launch.checkin.error.<code>`. */
export const checkinErrorCodes = [
  'required',
  'whole',
  'negative',
  'too_large',
  'too_many_hours',
  'active_over_members',
  'by_members_over_total',
  'between_over_total',
  'invalid_date',
  'in_future',
  'duplicate_week',
  'note_too_long',
] as const;
export type CheckinErrorCode = (typeof checkinErrorCodes)[number];

const count = z
  .number({ error: 'required' })
  .int({ error: 'whole' })
  .min(0, { error: 'negative' })
  .max(CHECKIN_LIMITS.count, { error: 'too_large' });

/** The shape of a check-in and the bounds that hold whatever the date (the same as in SQL). */
export const checkinFields = z.object({
  members: count,
  activeMembers: count,
  conversationsTotal: count,
  conversationsByMembers: count,
  conversationsBetweenMembers: count,
  creatorHours: z
    .number({ error: 'required' })
    .min(0, { error: 'negative' })
    .max(CHECKIN_LIMITS.hours, { error: 'too_many_hours' }),
  note: z.string().max(CHECKIN_LIMITS.note, { error: 'note_too_long' }),
});

type Counts = Pick<Checkin, 'members' | 'activeMembers' | 'conversationsTotal' | 'conversationsByMembers' | 'conversationsBetweenMembers'>;

/** The rules between fields: the part never outnumbers the whole. */
export function crossFieldIssues(values: Counts): { path: keyof Counts; code: CheckinErrorCode }[] {
  const issues: { path: keyof Counts; code: CheckinErrorCode }[] = [];
  if (values.activeMembers > values.members) issues.push({ path: 'activeMembers', code: 'active_over_members' });
  if (values.conversationsByMembers > values.conversationsTotal) issues.push({ path: 'conversationsByMembers', code: 'by_members_over_total' });
  if (values.conversationsBetweenMembers > values.conversationsTotal) {
    issues.push({ path: 'conversationsBetweenMembers', code: 'between_over_total' });
  }
  return issues;
}

/** Where a week stands against today: a week that has not started cannot be checked in. */
export function weekIssue(day: string, { today, takenWeeks = [] }: { today: IsoDate; takenWeeks?: readonly IsoDate[] }): CheckinErrorCode | null {
  if (!isIsoDate(day)) return 'invalid_date';
  const week = startOfWeek(day);
  if (dayNumber(week) > dayNumber(today)) return 'in_future';
  if (takenWeeks.includes(week)) return 'duplicate_week';
  return null;
}

/** How far back the form looks for a week left without a check-in: a year of weeks. */
const LOOKBACK_WEEKS = 52;

/**
 * The week the check-in form offers, or null when every week up to this one has its check-in
 * (the next one opens next Monday: a week is logged once it has started).
 * - On opening (`saved` absent): this week, the one a weekly check-in is about; if it is in,
 *   a week left without one since the first check-in.
 * - After saving a week: the creator logs weeks in order, so the next week after it without a
 *   check-in, up to this one; then a week left without one since the first check-in, the oldest
 *   first. Never the week before the one just saved because it happens to be empty: weeks before
 *   the first check-in are not gaps (the community may not have existed yet).
 */
export function weekToCheckIn(today: IsoDate, takenWeeks: readonly IsoDate[], saved?: IsoDate): IsoDate | null {
  const thisWeek = startOfWeek(today);
  const taken = new Set(saved ? [...takenWeeks, startOfWeek(saved)] : takenWeeks);
  const free = (week: IsoDate) => !taken.has(week);
  for (let week = saved ? addDays(startOfWeek(saved), 7) : thisWeek; dayNumber(week) <= dayNumber(thisWeek); week = addDays(week, 7)) {
    if (free(week)) return week;
  }
  const oldest = addDays(thisWeek, -7 * LOOKBACK_WEEKS);
  const first = [...taken].filter((week) => dayNumber(week) >= dayNumber(oldest)).sort()[0];
  if (!first) return null;
  for (let week = first; dayNumber(week) < dayNumber(thisWeek); week = addDays(week, 7)) {
    if (free(week)) return week;
  }
  return null;
}

export function isMonday(date: IsoDate): boolean {
  return isIsoDate(date) && weekdayIndex(date) === 0;
}

const countKeys = ['members', 'activeMembers', 'conversationsTotal', 'conversationsByMembers', 'conversationsBetweenMembers', 'creatorHours'] as const;

/** What the form holds: numbers as the inputs give them (NaN when empty), the day as typed. */
export type CheckinFormValues = Omit<Checkin, 'weekStart'> & { day: string };

function countIssue(value: unknown, hours: boolean): CheckinErrorCode | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'required';
  if (value < 0) return 'negative';
  if (hours) return value > CHECKIN_LIMITS.hours ? 'too_many_hours' : null;
  if (!Number.isInteger(value)) return 'whole';
  return value > CHECKIN_LIMITS.count ? 'too_large' : null;
}

/**
 * Every reason the form's values are refused, each on its field, all at once (the same bounds
 * as SQL). A part is compared with its whole only when both are valid counts on their own.
 */
export function checkinFormIssues(
  values: CheckinFormValues,
  context: { today: IsoDate; takenWeeks?: readonly IsoDate[] },
): { path: keyof CheckinFormValues; code: CheckinErrorCode }[] {
  const issues: { path: keyof CheckinFormValues; code: CheckinErrorCode }[] = [];
  const week = weekIssue(values.day, context);
  if (week) issues.push({ path: 'day', code: week });
  const valid = new Set<keyof CheckinFormValues>();
  for (const key of countKeys) {
    const code = countIssue(values[key], key === 'creatorHours');
    if (code) issues.push({ path: key, code });
    else valid.add(key);
  }
  for (const issue of crossFieldIssues(values)) {
    const whole = issue.path === 'activeMembers' ? 'members' : 'conversationsTotal';
    if (valid.has(issue.path) && valid.has(whole)) issues.push(issue);
  }
  if (typeof values.note === 'string' && values.note.length > CHECKIN_LIMITS.note) issues.push({ path: 'note', code: 'note_too_long' });
  return issues;
}

/**
 * The check-in form's schema: any day of the week is filed under its Monday. `today` is the
 * creator's date; `takenWeeks` the weeks that already have a check-in (when adding, not editing).
 */
export function checkinFormSchema(context: { today: IsoDate; takenWeeks?: readonly IsoDate[] }) {
  return z
    .custom<CheckinFormValues>((value) => typeof value === 'object' && value !== null)
    .superRefine((values, ctx) => {
      for (const issue of checkinFormIssues(values, context)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.code });
    })
    .transform(({ day, note, ...counts }): Checkin => ({ ...counts, note: note ?? '', weekStart: startOfWeek(day) }));
}

/** A check-in as list_my_checkins and save_checkin return it (SQL's snake_case). */
export const checkinRowSchema = z.object({
  week_start: z.iso.date(),
  members: z.number(),
  active_members: z.number(),
  conversations_total: z.number(),
  conversations_by_members: z.number(),
  conversations_between_members: z.number(),
  creator_hours: z.coerce.number(),
  note: z.string(),
  updated_at: z.string(),
});

export function checkinFromRow(row: z.infer<typeof checkinRowSchema>): Checkin {
  return {
    weekStart: row.week_start,
    members: row.members,
    activeMembers: row.active_members,
    conversationsTotal: row.conversations_total,
    conversationsByMembers: row.conversations_by_members,
    conversationsBetweenMembers: row.conversations_between_members,
    creatorHours: row.creator_hours,
    note: row.note,
  };
}

// ── measures ────────────────────────────────────────────────────────────────

/** 52 weeks over 12 months. */
export const WEEKS_PER_MONTH = 52 / 12;

export interface WeekMeasures {
  weekStart: IsoDate;
  members: number;
  /** Active members ÷ members; null when there are no members. */
  activeRate: number | null;
  /** Conversations between members ÷ all conversations; null without conversations. */
  memberToMemberShare: number | null;
  /** Conversations members opened ÷ all conversations; null without conversations. */
  startedByMembersShare: number | null;
  creatorHours: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function weekMeasures(checkin: Checkin): WeekMeasures {
  return {
    weekStart: checkin.weekStart,
    members: checkin.members,
    activeRate: ratio(checkin.activeMembers, checkin.members),
    memberToMemberShare: ratio(checkin.conversationsBetweenMembers, checkin.conversationsTotal),
    startedByMembersShare: ratio(checkin.conversationsByMembers, checkin.conversationsTotal),
    creatorHours: checkin.creatorHours,
  };
}

export function sortByWeek<T extends { weekStart: IsoDate }>(checkins: readonly T[]): T[] {
  return [...checkins].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}

/** The measures of every check-in, oldest week first. */
export function engagementSeries(checkins: readonly Checkin[]): WeekMeasures[] {
  return sortByWeek(checkins).map(weekMeasures);
}

/** The last `count` check-ins, oldest first: recent weeks say more than the launch month. */
export function recentWindow(checkins: readonly Checkin[], count: number): Checkin[] {
  return sortByWeek(checkins).slice(-count);
}

/** Weeks from the first to the last check-in of a list sorted by week. */
export function weeksSpanned(sorted: readonly { weekStart: IsoDate }[]): number {
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || sorted.length < 2) return 0;
  return (dayNumber(last.weekStart) - dayNumber(first.weekStart)) / 7;
}

/**
 * Least-squares slope of y per week, over points at their week. Null with fewer than two
 * points (or all in one week): a trend needs two dates.
 */
export function weeklySlope(points: readonly { weekStart: IsoDate; value: number }[]): number | null {
  if (points.length < 2) return null;
  const xy = points.map((p) => ({ x: dayNumber(p.weekStart) / 7, y: p.value }));
  const meanX = xy.reduce((s, p) => s + p.x, 0) / xy.length;
  const meanY = xy.reduce((s, p) => s + p.y, 0) / xy.length;
  let num = 0;
  let den = 0;
  for (const { x, y } of xy) {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  }
  return den === 0 ? null : num / den;
}

/**
 * Growth of the member count per month, compounded, between the first and the last check-in
 * given: 100 → 121 over two months is +10 % a month. Null when it cannot be said (fewer than
 * two weeks apart, or no members at the start).
 */
export function monthlyGrowth(checkins: readonly Checkin[]): number | null {
  const sorted = sortByWeek(checkins);
  const weeks = weeksSpanned(sorted);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || weeks <= 0 || first.members <= 0) return null;
  return (last.members / first.members) ** (WEEKS_PER_MONTH / weeks) - 1;
}

/** Sum of a part over sum of a whole across weeks: busy weeks weigh more than quiet ones. */
export function pooledShare(checkins: readonly Checkin[], part: (c: Checkin) => number, whole: (c: Checkin) => number): number | null {
  const total = checkins.reduce((s, c) => s + whole(c), 0);
  return total > 0 ? checkins.reduce((s, c) => s + part(c), 0) / total : null;
}

/**
 * The article's reference points, its author's own observation (one food creator against
 * another), not a law: an engagement rate of 40 % with 800 followers, 1.2 % with 2 million.
 */
export const AUTHOR_ENGAGEMENT = {
  small: { rate: 0.4, followers: 800 },
  large: { rate: 0.012, followers: 2_000_000 },
} as const;

