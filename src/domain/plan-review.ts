// Coach review: comments on a plan, section by section, and the status a coach gives it.
// The same bounds are checked in SQL (public.add_plan_comment, public.set_plan_review).
import { z } from 'zod';
import { planSteps, type PlanStep } from './plan';

/** A comment is about one step of the wizard; "summary" stands for the whole plan. */
export const commentSections = planSteps;
export type CommentSection = PlanStep;

export const COMMENT_MAX_LENGTH = 4_000;

export const reviewStatuses = ['needs_work', 'approved'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export interface CommentAuthor {
  id: string;
  displayName: string;
  role: 'owner' | 'coach';
}

export interface PlanComment {
  id: string;
  section: CommentSection;
  parentId: string | null;
  body: string;
  createdAt: string;
  author: CommentAuthor;
  /** The version under review when it was written (null before the first request). */
  version: number | null;
  /** A thread's first comment: when and by whom the thread was resolved (null while open). */
  resolved: { at: string; by: CommentAuthor } | null;
}

/** A version of the plan sent for review. */
export interface PlanVersionSummary {
  number: number;
  createdAt: string;
  note: string | null;
}

export const REVIEW_NOTE_MAX_LENGTH = 1_000;

/** What reached someone from the other side of a plan. */
export interface InboxItem {
  id: string;
  kind: 'comment' | 'reply' | 'review_request' | 'decision';
  planId: string;
  /** Where it leads: the reader's own plan ('owner') or a plan they coach ('coach'). */
  side: 'owner' | 'coach';
  section: CommentSection | null;
  version: number | null;
  status: ReviewStatus | null;
  actor: CommentAuthor;
  excerpt: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface CommentThread {
  first: PlanComment;
  replies: PlanComment[];
}

/**
 * The threads of one section, oldest first, each with its replies in order. A reply whose first
 * comment is missing (it cannot be, but a partial list might) starts a thread of its own.
 */
export function threadsOf(comments: readonly PlanComment[], section: CommentSection): CommentThread[] {
  const inSection = comments.filter((c) => c.section === section);
  const byId = new Map(inSection.filter((c) => !c.parentId).map((c) => [c.id, { first: c, replies: [] as PlanComment[] }]));
  const threads = [...byId.values()];
  for (const comment of inSection) {
    if (!comment.parentId) continue;
    const thread = byId.get(comment.parentId);
    if (thread) thread.replies.push(comment);
    else threads.push({ first: comment, replies: [] });
  }
  const time = (t: CommentThread) => t.first.createdAt;
  return threads.sort((a, b) => time(a).localeCompare(time(b)));
}

/** Threads still open, in one section or (section omitted) in the whole plan. */
export function openThreadCount(comments: readonly PlanComment[], section?: CommentSection): number {
  return comments.filter((c) => !c.parentId && !c.resolved && (section === undefined || c.section === section)).length;
}

/** Whether a comment body can be sent: some text, at most COMMENT_MAX_LENGTH characters. */
export function commentIssue(body: string): 'empty' | 'too_long' | null {
  const trimmed = body.trim();
  if (trimmed === '') return 'empty';
  // Characters as SQL counts them (code points), not UTF-16 units.
  if ([...trimmed].length > COMMENT_MAX_LENGTH) return 'too_long';
  return null;
}

/** The comment form's values; its error codes are commentIssue's. */
export const commentFormSchema = z.object({
  body: z.string().superRefine((body, ctx) => {
    const issue = commentIssue(body);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  }),
});
