// Ambassadors: the article's answer to the creator's exhaustion is to hand part of the animation
// to the most engaged members. Candidates come from the member list the creator keeps (on the
// Orbit ladder: exploring → participating → contributing → leading) and from the names the
// weekly notes keep coming back to; each gets a moment to be asked.
import { addDays, startOfWeek, type IsoDate } from './calendar-date';
import { sortByWeek, type Checkin } from './engagement';
import { sectionSchemas, type Sections } from './plan';

export type MemberEntry = NonNullable<NonNullable<Sections['launch']>['members']>[number];
export type OrbitLevel = MemberEntry['level'];
/** The Orbit model's levels, lowest first (from the section's schema in plan.ts). */
export const orbitLevels: readonly OrbitLevel[] = sectionSchemas.launch.shape.members.unwrap().element.shape.level.options;
export const MEMBER_LIST_MAX = 150;
export const MEMBER_NAME_MAX = 80;

/** Notes of this many different weeks that name someone make them stand out. */
export const NOTICED_WEEKS = 2;
/** Someone who is not contributing yet gets a small role first, and is asked this much later. */
export const SMALL_ROLE_WEEKS = 4;
export const MAX_CANDIDATES = 10;

export type AskMoment =
  /** Already leading: ask them to host a ritual. */
  | { key: 'now_leading' }
  /** Contributing, and the creator is over their hours budget: ask before burning out. */
  | { key: 'now_before_burnout' }
  /** Contributing, and named in the notes week after week. */
  | { key: 'now_noticed' }
  /** Contributing: ask right after the next ritual they help with, while it is fresh. */
  | { key: 'next_ritual' }
  /** Named often but not contributing yet: a small role first, then ask around `from`. */
  | { key: 'small_role_first'; from: IsoDate };

export interface Candidate {
  /** null: named in the notes (as @name) but not on the list yet. */
  memberId: string | null;
  name: string;
  level: OrbitLevel | null;
  /** Weeks whose note names them. */
  weeksMentioned: number;
  moment: AskMoment;
}

export interface AmbassadorInput {
  members: readonly MemberEntry[];
  checkins: readonly Checkin[];
  /** Whether the creator's latest week went over their hours budget. */
  overBudget: boolean;
  today: IsoDate;
}

/** Lower case without accents, so that "Léa" in a note finds "lea" on the list. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a folded note names someone as a whole word ("Ana" is not in "Anatole"). */
export function mentions(foldedNote: string, foldedName: string): boolean {
  if (foldedName.length < 2) return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(foldedName)}(?=$|[^\\p{L}\\p{N}])`, 'u').test(foldedNote);
}

/** The @names a note uses ("merci @Léa_B." → "Léa_B"). */
export function handlesIn(note: string): string[] {
  return [...note.matchAll(/@([\p{L}\p{N}][\p{L}\p{N}_.-]{0,39})/gu)].map((m) => (m[1] ?? '').replace(/[.-]+$/, ''));
}

function levelRank(level: OrbitLevel | null): number {
  return level === null ? 0 : orbitLevels.indexOf(level) + 1;
}

function momentFor(level: OrbitLevel | null, weeksMentioned: number, overBudget: boolean, today: IsoDate): AskMoment | null {
  if (level === 'leading') return { key: 'now_leading' };
  if (level === 'contributing') {
    if (overBudget) return { key: 'now_before_burnout' };
    if (weeksMentioned >= NOTICED_WEEKS) return { key: 'now_noticed' };
    return { key: 'next_ritual' };
  }
  if (weeksMentioned >= NOTICED_WEEKS) return { key: 'small_role_first', from: addDays(startOfWeek(today), SMALL_ROLE_WEEKS * 7) };
  return null;
}

const urgency = (moment: AskMoment) => (moment.key.startsWith('now') ? 0 : moment.key === 'next_ritual' ? 1 : 2);

/** Whether the creator's latest week went over the hours they can give: any such week is the moment to hand some work over. */
export function latestWeekOverHours(checkins: readonly Checkin[], weeklyHours: number | null): boolean {
  const latest = sortByWeek(checkins).at(-1);
  return !!latest && weeklyHours != null && latest.creatorHours > weeklyHours;
}

/** Who to ask, and when, the most ready first. */
export function suggestAmbassadors({ members, checkins, overBudget, today }: AmbassadorInput): Candidate[] {
  const notes = sortByWeek(checkins)
    .filter((c) => c.note.trim() !== '')
    .map((c) => ({ week: c.weekStart, folded: foldName(c.note), handles: handlesIn(c.note) }));

  const candidates: Candidate[] = [];
  const listed = new Set<string>();
  for (const member of members) {
    const folded = foldName(member.name);
    if (folded === '') continue;
    listed.add(folded);
    const weeks = notes.filter((n) => mentions(n.folded, folded)).length;
    const moment = momentFor(member.level, weeks, overBudget, today);
    if (moment) candidates.push({ memberId: member.id, name: member.name.trim(), level: member.level, weeksMentioned: weeks, moment });
  }

  // People the notes keep naming (@name) who are not on the list yet.
  const unlisted = new Map<string, { name: string; weeks: Set<IsoDate> }>();
  for (const note of notes) {
    for (const handle of note.handles) {
      const folded = foldName(handle);
      if (listed.has(folded)) continue;
      const entry = unlisted.get(folded) ?? { name: handle, weeks: new Set<IsoDate>() };
      entry.weeks.add(note.week);
      unlisted.set(folded, entry);
    }
  }
  for (const { name, weeks } of unlisted.values()) {
    const moment = momentFor(null, weeks.size, overBudget, today);
    if (moment) candidates.push({ memberId: null, name, level: null, weeksMentioned: weeks.size, moment });
  }

  return candidates
    .sort(
      (a, b) =>
        urgency(a.moment) - urgency(b.moment) ||
        levelRank(b.level) - levelRank(a.level) ||
        b.weeksMentioned - a.weeksMentioned ||
        a.name.localeCompare(b.name),
    )
    .slice(0, MAX_CANDIDATES);
}
