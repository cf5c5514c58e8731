import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { commentSections, COMMENT_MAX_LENGTH, type PlanComment } from '@/domain/plan-review';
import { commentFromRow, planCommentRowSchema } from './review-schemas';

export const addPlanCommentInput = z.object({
  planId: z.uuid(),
  section: z.enum(commentSections),
  body: z.string().trim().min(1).max(COMMENT_MAX_LENGTH),
  /** Replying: the thread's first comment (the section then follows the thread's). */
  parentId: z.uuid().nullable().default(null),
});
export type AddPlanCommentInput = z.input<typeof addPlanCommentInput>;

export async function addPlanComment(backend: Backend, input: AddPlanCommentInput): Promise<PlanComment> {
  // Bounds are SQL's to enforce (comment_too_long, invalid_comment): the body goes as typed.
  const data = addPlanCommentInput.pick({ planId: true, section: true, parentId: true }).parse(input);
  const row = await backend.rpc('add_plan_comment', {
    p_plan_id: data.planId,
    p_section: data.section,
    p_body: input.body,
    p_parent_id: data.parentId ?? undefined,
  });
  return commentFromRow(planCommentRowSchema.parse(row));
}

export function useAddPlanComment() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddPlanCommentInput) => addPlanComment(backend, input),
    onSettled: () => {
      if (!userId) return;
      void queryClient.invalidateQueries({ queryKey: userKeys.review(userId) });
      void queryClient.invalidateQueries({ queryKey: userKeys.coach(userId) });
    },
  });
}
