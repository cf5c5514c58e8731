import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { surveyDetailSchema, type SurveyDetail } from '@/domain/survey';
import { surveyKeys } from './survey-keys';

export async function duplicateSurvey(backend: Backend, surveyId: string): Promise<SurveyDetail> {
  return surveyDetailSchema.parse(await backend.rpc('duplicate_survey', { p_survey_id: z.uuid().parse(surveyId) }));
}

export function useDuplicateSurvey() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (surveyId: string) => duplicateSurvey(backend!, surveyId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}
