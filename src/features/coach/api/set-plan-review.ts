import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import { reviewStatuses, type ReviewStatus } from '@/domain/plan-review';

export const setPlanReviewInput = z.object({ planId: z.uuid(), status: z.enum(reviewStatuses) });
export type SetPlanReviewInput = z.infer<typeof setPlanReviewInput>;

/** The coach's status for a shared plan, dated now. */
export async function setPlanReview(backend: Backend, input: SetPlanReviewInput): Promise<{ status: ReviewStatus; updatedAt: string }> {
  const { planId, status } = setPlanReviewInput.parse(input);
  const data = checkedAgainst<ReturnedRow<'set_plan_review'>>()(z.object({ plan_id: z.string(), status: z.enum(reviewStatuses), updated_at: z.string() })).parse(await backend.rpc('set_plan_review', { p_plan_id: planId, p_status: status }));
  return { status: data.status, updatedAt: data.updated_at };
}

export function useSetPlanReview() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetPlanReviewInput) => setPlanReview(backend, input),
    onSettled: () => (userId ? queryClient.invalidateQueries({ queryKey: userKeys.coach(userId) }) : undefined),
  });
}
