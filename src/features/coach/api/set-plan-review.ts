import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import { reviewStatuses, type ReviewStatus } from '@/domain/plan-review';

export const setPlanReviewInput = z.object({ planId: z.uuid(), status: z.enum(reviewStatuses), version: z.number().int().positive() });
export type SetPlanReviewInput = z.infer<typeof setPlanReviewInput>;

const planReviewSchema = checkedAgainst<ReturnedRow<'set_plan_review'>>()(
  z.object({ plan_id: z.string(), status: z.enum(reviewStatuses), updated_at: z.string(), version: z.number() }),
);

/**
 * The coach's status for a shared plan, about the version they read, dated now. If the client
 * sent a newer version meanwhile, SQL answers version_outdated and nothing changes.
 */
export async function setPlanReview(backend: Backend, input: SetPlanReviewInput): Promise<{ status: ReviewStatus; updatedAt: string; version: number }> {
  const { planId, status, version } = setPlanReviewInput.parse(input);
  const data = planReviewSchema.parse(await backend.rpc('set_plan_review', { p_plan_id: planId, p_status: status, p_version: version }));
  return { status: data.status, updatedAt: data.updated_at, version: data.version };
}

export function useSetPlanReview() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetPlanReviewInput) => setPlanReview(backend, input),
    onSettled: () => {
      if (!userId) return;
      void queryClient.invalidateQueries({ queryKey: userKeys.coach(userId) });
      // A decision marks the requests it answers read: the navigation's unread count changes.
      void queryClient.invalidateQueries({ queryKey: userKeys.inbox(userId) });
    },
  });
}
