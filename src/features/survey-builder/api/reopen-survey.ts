import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { surveyDetailSchema, type SurveyDetail } from '@/domain/survey';

export async function reopenSurvey(backend: Backend, surveyId: string): Promise<SurveyDetail> {
  return surveyDetailSchema.parse(await backend.rpc('reopen_survey', { p_survey_id: z.uuid().parse(surveyId) }));
}

export function useReopenSurvey() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (surveyId: string) => reopenSurvey(backend, surveyId),
    onSuccess: () => (userId ? queryClient.invalidateQueries({ queryKey: userKeys.surveys(userId) }) : undefined),
  });
}
