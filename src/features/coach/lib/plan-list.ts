// What the coach home shows of each client's plan, and how the list is sorted and filtered.
// Pure: the unit tests (tests/unit/coach-plan-list.test.ts) drive it with plain values.
import { completedSteps, type SectionKey, type Sections } from '@/domain/plan';
import type { ReviewStatus } from '@/domain/plan-review';
import { postVerdict, thresholdVerdict, type Verdict } from '@/domain/verdict';
import type { CoachPlanRow } from '../api/coach-schemas';
import { parseSections } from './sections';

export interface CoachPlanItem {
  planId: string;
  clientName: string;
  niche: string;
  sections: Sections;
  /** The wizard's steps the client has completed, by the wizard's own rules. */
  stepsDone: SectionKey[];
  evidence: 'survey' | 'post' | 'none';
  responses: number | null;
  verdict: Verdict | null;
  sharedAt: string;
  lastActivity: string;
  commentCount: number;
  /** Threads nobody has resolved yet. */
  openThreads: number;
  /** The coach's unread inbox items about this plan. */
  unread: number;
  latestVersion: number | null;
  /** The client waits for this coach: a version not decided on, or something unread (SQL's rule). */
  waiting: boolean;
  review: { status: ReviewStatus; updatedAt: string; version: number | null } | null;
}

export function toCoachPlanItem(row: CoachPlanRow): CoachPlanItem {
  const sections = parseSections(row.sections);
  const post = sections.survey?.post;
  const threshold = row.survey?.threshold;
  return {
    planId: row.plan_id,
    clientName: row.client.display_name,
    niche: sections.niche?.statement?.trim() ?? '',
    sections,
    stepsDone: completedSteps(sections),
    evidence: row.survey ? 'survey' : post ? 'post' : 'none',
    responses: row.survey?.responses ?? null,
    verdict: threshold
      ? thresholdVerdict(threshold)
      : !row.survey && post
        ? postVerdict(post, { targetRate: post.targetRate, minResponses: post.minReach })
        : null,
    sharedAt: row.shared_at,
    lastActivity: row.last_activity,
    commentCount: row.comment_count,
    openThreads: row.open_threads,
    unread: row.unread,
    latestVersion: row.latest_version,
    waiting: row.waiting,
    review: row.review ? { status: row.review.status, updatedAt: row.review.updated_at, version: row.review.version } : null,
  };
}

export const sortKeys = ['waiting', 'activity', 'client', 'progress', 'status'] as const;
export type SortKey = (typeof sortKeys)[number];
export const statusFilters = ['all', 'to_review', 'needs_work', 'approved'] as const;
export type StatusFilter = (typeof statusFilters)[number];

/** "To review": never reviewed, or the client worked on the plan after the last review. */
export function needsReview(item: CoachPlanItem): boolean {
  return !item.review || Date.parse(item.lastActivity) > Date.parse(item.review.updatedAt);
}

function statusRank(item: CoachPlanItem): number {
  if (item.waiting || needsReview(item)) return 0;
  return item.review?.status === 'needs_work' ? 1 : 2;
}

/** The list as asked: filtered by status and by a search in client names and niches, then sorted. */
export function visiblePlans(
  items: readonly CoachPlanItem[],
  { sort, filter, search, locale }: { sort: SortKey; filter: StatusFilter; search: string; locale: string },
): CoachPlanItem[] {
  const words = search.trim().toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  const byName = (a: CoachPlanItem, b: CoachPlanItem) => a.clientName.localeCompare(b.clientName, locale, { sensitivity: 'base' });
  const byActivity = (a: CoachPlanItem, b: CoachPlanItem) => Date.parse(b.lastActivity) - Date.parse(a.lastActivity);
  const compare: Record<SortKey, (a: CoachPlanItem, b: CoachPlanItem) => number> = {
    // What the coach's home opens on: those waiting for the coach first, then the latest activity.
    waiting: (a, b) => Number(b.waiting) - Number(a.waiting) || byActivity(a, b) || byName(a, b),
    activity: (a, b) => byActivity(a, b) || byName(a, b),
    client: (a, b) => byName(a, b) || byActivity(a, b),
    progress: (a, b) => b.stepsDone.length - a.stepsDone.length || byActivity(a, b),
    status: (a, b) => statusRank(a) - statusRank(b) || byActivity(a, b),
  };
  return items
    .filter((item) =>
      filter === 'all' ? true : filter === 'to_review' ? item.waiting || needsReview(item) : item.review?.status === filter,
    )
    .filter((item) => {
      const text = `${item.clientName} ${item.niche}`.toLocaleLowerCase(locale);
      return words.every((word) => text.includes(word));
    })
    .sort(compare[sort]);
}
