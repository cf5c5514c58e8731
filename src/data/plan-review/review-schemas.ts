// What the review functions return (supabase/migrations/20261201000400_coach.sql),
// shared by the creator's side (wizard, summary) and the coach's pages.
import { z } from 'zod';
import { checkedAgainst, type Composite } from '@/data/rows';
import { commentSections, reviewStatuses, type CommentAuthor, type PlanComment, type PlanVersionSummary } from '@/domain/plan-review';

export const commentAuthorSchema = checkedAgainst<Composite<'comment_author'>>()(
  z.object({ id: z.string(), display_name: z.string(), role: z.enum(['owner', 'coach']) }),
);

export function authorFromRow(row: z.infer<typeof commentAuthorSchema>): CommentAuthor {
  return { id: row.id, displayName: row.display_name, role: row.role };
}

export const planCommentRowSchema = checkedAgainst<Composite<'plan_comment'>>()(z.object({
  id: z.string(),
  section: z.enum(commentSections),
  parent_id: z.string().nullable(),
  body: z.string(),
  created_at: z.string(),
  author: commentAuthorSchema,
  version: z.number().nullable(),
  resolved_at: z.string().nullable(),
  resolved_by: commentAuthorSchema.nullable(),
}));

export function commentFromRow(row: z.infer<typeof planCommentRowSchema>): PlanComment {
  return {
    id: row.id,
    section: row.section,
    parentId: row.parent_id,
    body: row.body,
    createdAt: row.created_at,
    author: authorFromRow(row.author),
    version: row.version,
    resolved: row.resolved_at && row.resolved_by ? { at: row.resolved_at, by: authorFromRow(row.resolved_by) } : null,
  };
}

/** A coach's status as a list shows it (the coach is known from the row). */
export const reviewMarkSchema = checkedAgainst<Composite<'review_mark'>>()(
  z.object({ status: z.enum(reviewStatuses), updated_at: z.string(), version: z.number().nullable() }).nullable(),
);

export const versionSummarySchema = checkedAgainst<Composite<'plan_version_summary'>>()(
  z.object({ number: z.number(), created_at: z.string(), note: z.string().nullable() }),
);

export function versionFromRow(row: z.infer<typeof versionSummarySchema>): PlanVersionSummary {
  return { number: row.number, createdAt: row.created_at, note: row.note };
}

export const planReviewRowSchema = checkedAgainst<Composite<'coach_review'>>()(z.object({
  coach_id: z.string(),
  display_name: z.string(),
  status: z.enum(reviewStatuses),
  updated_at: z.string(),
  active: z.boolean(),
  version: z.number().nullable(),
  current: z.boolean(),
}));
export type PlanReview = {
  coachId: string;
  displayName: string;
  status: (typeof reviewStatuses)[number];
  updatedAt: string;
  active: boolean;
  /** The version decided on (null: before versions existed). */
  version: number | null;
  /** About the latest version, and the plan unchanged since: false reads "an earlier version". */
  current: boolean;
};

export function reviewFromRow(row: z.infer<typeof planReviewRowSchema>): PlanReview {
  return {
    coachId: row.coach_id,
    displayName: row.display_name,
    status: row.status,
    updatedAt: row.updated_at,
    active: row.active,
    version: row.version,
    current: row.current,
  };
}
