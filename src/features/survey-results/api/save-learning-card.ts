import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { myPlanOptions } from '@/data/plan-api';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import { learningCardIssues, learningCardSchema, learningDecisions, type LearningCard } from '@/domain/learning-card';
import { usePlanDraft } from '@/stores/plan-draft';

// What the creator writes, checked as SQL checks it again; the messages are codes the form translates.
export const saveLearningCardInput = z
  .object({
    learned: z.string(),
    decision: z.enum(learningDecisions),
    nicheStatement: z.string().optional(),
  })
  .superRefine((values, ctx) => {
    for (const issue of learningCardIssues(values)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.code });
  });
export type SaveLearningCardInput = z.infer<typeof saveLearningCardInput>;

const savedCardSchema = checkedAgainst<ReturnedRow<'save_learning_card'>>()(learningCardSchema);

/** Writes the learning card of one of the caller's ended surveys (once). */
export async function saveLearningCard(backend: Backend, surveyId: string, input: SaveLearningCardInput): Promise<LearningCard> {
  const { learned, decision, nicheStatement } = saveLearningCardInput.parse(input);
  return savedCardSchema.parse(
    await backend.rpc('save_learning_card', {
      p_survey_id: z.uuid().parse(surveyId),
      p_learned: learned,
      p_decision: decision,
      // Only narrowing takes a statement (SQL refuses one with another decision).
      ...(decision === 'narrow' ? { p_niche_statement: nicheStatement } : {}),
    }),
  );
}

export function useSaveLearningCard(surveyId: string) {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveLearningCardInput) => saveLearningCard(backend, surveyId, input),
    onSuccess: async (card) => {
      if (!userId) return;
      queryClient.setQueryData<LearningCard[]>(userKeys.learningCards(userId, null), (list) => (list ? [...list, card] : list));
      void queryClient.invalidateQueries({ queryKey: userKeys.learning(userId) });
      if (card.decision === 'narrow') {
        // Narrowing rewrote the plan's niche statement: the wizard's draft takes it (keeping any
        // edit not saved yet), or its next save of the niche would write the old one back.
        await queryClient.invalidateQueries({ queryKey: userKeys.plan(userId) });
        const plan = await queryClient.fetchQuery(myPlanOptions(backend, userId));
        if (plan) usePlanDraft.getState().hydrate(userId, plan.sections);
      }
    },
  });
}
