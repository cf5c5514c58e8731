import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';

export async function deleteSurvey(backend: Backend, surveyId: string): Promise<{ id: string }> {
  return checkedAgainst<ReturnedRow<'delete_survey'>>()(z.object({ id: z.string() })).parse(await backend.rpc('delete_survey', { p_survey_id: z.uuid().parse(surveyId) }));
}

export function useDeleteSurvey() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (surveyId: string) => deleteSurvey(backend, surveyId),
    onSuccess: () => (userId ? queryClient.invalidateQueries({ queryKey: userKeys.surveys(userId) }) : undefined),
  });
}
