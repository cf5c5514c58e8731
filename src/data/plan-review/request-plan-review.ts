import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { REVIEW_NOTE_MAX_LENGTH, type PlanVersionSummary } from '@/domain/plan-review';
import { versionFromRow, versionSummarySchema } from './review-schemas';

export const requestReviewInput = z.object({ note: z.string().max(REVIEW_NOTE_MAX_LENGTH) });
export type RequestReviewInput = z.infer<typeof requestReviewInput>;

/** Sends the plan as it is now to the caller's coaches as its next version. */
export async function requestPlanReview(backend: Backend, input: RequestReviewInput): Promise<PlanVersionSummary> {
  const { note } = requestReviewInput.parse(input);
  const row = await backend.rpc('request_plan_review', { p_note: note.trim() === '' ? undefined : note });
  return versionFromRow(versionSummarySchema.parse(row));
}

export function useRequestPlanReview() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestReviewInput) => requestPlanReview(backend, input),
    onSettled: () => (userId ? queryClient.invalidateQueries({ queryKey: userKeys.review(userId) }) : undefined),
  });
}
