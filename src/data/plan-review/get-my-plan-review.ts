import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import type { PlanComment, PlanVersionSummary } from '@/domain/plan-review';
import {
  commentFromRow,
  planCommentRowSchema,
  planReviewRowSchema,
  reviewFromRow,
  versionFromRow,
  versionSummarySchema,
  type PlanReview,
} from './review-schemas';

const myReviewSchema = checkedAgainst<ReturnedRow<'get_my_plan_review'>>()(
  z.object({
    plan_id: z.string().nullable(),
    comments: z.array(planCommentRowSchema),
    reviews: z.array(planReviewRowSchema),
    versions: z.array(versionSummarySchema),
    changed_since_request: z.boolean().nullable(),
  }),
);

export interface MyPlanReview {
  planId: string;
  comments: PlanComment[];
  reviews: PlanReview[];
  /** The versions sent for review, newest first. */
  versions: PlanVersionSummary[];
  /** The plan differs from its latest version (true when none was sent). */
  changedSinceRequest: boolean;
}

/** The comments on the caller's plan, each coach's status and the versions sent; null before the plan exists. */
export async function getMyPlanReview(backend: Backend): Promise<MyPlanReview | null> {
  const data = myReviewSchema.parse(await backend.rpc('get_my_plan_review', {}));
  if (data.plan_id === null) return null;
  return {
    planId: data.plan_id,
    comments: data.comments.map(commentFromRow),
    reviews: data.reviews.map(reviewFromRow),
    versions: data.versions.map(versionFromRow),
    changedSinceRequest: data.changed_since_request ?? true,
  };
}

export function myPlanReviewOptions(backend: Backend, userId: string | null) {
  return queryOptions({
    queryKey: userKeys.myReview(userId ?? ''),
    queryFn: () => getMyPlanReview(backend),
    enabled: userId !== null,
    // Comments arrive from the coach while the creator works: look again now and then.
    refetchInterval: 60_000,
  });
}

export function useMyPlanReview() {
  const { backend, userId } = useUserScope();
  return useQuery(myPlanReviewOptions(backend, userId));
}
