// What the review functions return (supabase/migrations/20261201000400_coach.sql),
// shared by the creator's side (wizard, summary) and the coach's pages.
import { z } from 'zod';
import { checkedAgainst, type Composite } from '@/data/rows';
import { commentSections, reviewStatuses, type PlanComment } from '@/domain/plan-review';

export const planCommentRowSchema = checkedAgainst<Composite<'plan_comment'>>()(z.object({
  id: z.string(),
  section: z.enum(commentSections),
  parent_id: z.string().nullable(),
  body: z.string(),
  created_at: z.string(),
  author: z.object({ id: z.string(), display_name: z.string(), role: z.enum(['owner', 'coach']) }),
}));

export function commentFromRow(row: z.infer<typeof planCommentRowSchema>): PlanComment {
  return {
    id: row.id,
    section: row.section,
    parentId: row.parent_id,
    body: row.body,
    createdAt: row.created_at,
    author: { id: row.author.id, displayName: row.author.display_name, role: row.author.role },
  };
}

export const planReviewRowSchema = checkedAgainst<Composite<'coach_review'>>()(z.object({
  coach_id: z.string(),
  display_name: z.string(),
  status: z.enum(reviewStatuses),
  updated_at: z.string(),
  active: z.boolean(),
}));
export type PlanReview = { coachId: string; displayName: string; status: (typeof reviewStatuses)[number]; updatedAt: string; active: boolean };

export function reviewFromRow(row: z.infer<typeof planReviewRowSchema>): PlanReview {
  return { coachId: row.coach_id, displayName: row.display_name, status: row.status, updatedAt: row.updated_at, active: row.active };
}
