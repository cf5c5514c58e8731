import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { useSession } from '@/data/profile/use-session';
import type { PlanComment } from '@/domain/plan-review';
import { reviewKeys } from './review-keys';
import { commentFromRow, planCommentRowSchema, planReviewRowSchema, reviewFromRow, type PlanReview } from './review-schemas';

const myReviewSchema = z
  .object({ plan_id: z.string(), comments: z.array(planCommentRowSchema), reviews: z.array(planReviewRowSchema) })
  .nullable();

export interface MyPlanReview {
  planId: string;
  comments: PlanComment[];
  reviews: PlanReview[];
}

/** The comments on the caller's plan and each coach's status; null before the plan exists. */
export async function getMyPlanReview(backend: Backend): Promise<MyPlanReview | null> {
  const data = myReviewSchema.parse(await backend.rpc('get_my_plan_review', {}));
  if (!data) return null;
  return { planId: data.plan_id, comments: data.comments.map(commentFromRow), reviews: data.reviews.map(reviewFromRow) };
}

export function useMyPlanReview() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  const userId = useSession().data?.userId ?? '';
  return useQuery({
    queryKey: reviewKeys.mine(userId),
    queryFn: () => getMyPlanReview(backend!),
    enabled: !!backend && ready && !!userId,
    // Comments arrive from the coach while the creator works: look again now and then.
    refetchInterval: 60_000,
  });
}
