import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import { learningCardSchema, type LearningCard } from '@/domain/learning-card';

// Read by the results page, the summary and the coach's review: a plan's learning cards, oldest first.
const learningCardRowSchema = checkedAgainst<ReturnedRow<'list_learning_cards'>>()(learningCardSchema);

/** The cards of the caller's plan (planId null), or of a plan they coach. */
export async function listLearningCards(backend: Backend, planId: string | null): Promise<LearningCard[]> {
  const args = planId ? { p_plan_id: z.uuid().parse(planId) } : {};
  return z.array(learningCardRowSchema).parse(await backend.rpc('list_learning_cards', args));
}

export function listLearningCardsOptions(backend: Backend, userId: string | null, planId: string | null) {
  return queryOptions({
    queryKey: userKeys.learningCards(userId ?? '', planId),
    queryFn: () => listLearningCards(backend, planId),
    enabled: userId !== null,
  });
}

export function useLearningCards(planId: string | null = null) {
  const { backend, userId } = useUserScope();
  return useQuery(listLearningCardsOptions(backend, userId, planId));
}
