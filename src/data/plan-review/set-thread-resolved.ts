import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import type { PlanComment } from '@/domain/plan-review';
import { commentFromRow, planCommentRowSchema } from './review-schemas';

export const setThreadResolvedInput = z.object({ commentId: z.uuid(), resolved: z.boolean() });
export type SetThreadResolvedInput = z.infer<typeof setThreadResolvedInput>;

/** Marks a thread resolved, or open again: either side may. Returns the thread's first comment. */
export async function setThreadResolved(backend: Backend, input: SetThreadResolvedInput): Promise<PlanComment> {
  const { commentId, resolved } = setThreadResolvedInput.parse(input);
  const row = await backend.rpc('set_thread_resolved', { p_comment_id: commentId, p_resolved: resolved });
  return commentFromRow(planCommentRowSchema.parse(row));
}

export function useSetThreadResolved() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetThreadResolvedInput) => setThreadResolved(backend, input),
    onSettled: () => {
      if (!userId) return;
      void queryClient.invalidateQueries({ queryKey: userKeys.review(userId) });
      void queryClient.invalidateQueries({ queryKey: userKeys.coach(userId) });
    },
  });
}
