import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { surveyDetailSchema, surveyResultsSchema, type SurveyDetail, type SurveyResults } from '@/domain/survey';

export type { SurveyResults };
export type QuestionResult = SurveyResults['questions'][number];

export async function getSurveyResults(backend: Backend, surveyId: string): Promise<{ survey: SurveyDetail; results: SurveyResults }> {
  const id = z.uuid().parse(surveyId);
  const [survey, results] = await Promise.all([
    backend.rpc('get_survey', { p_survey_id: id }),
    backend.rpc('survey_results', { p_survey_id: id }),
  ]);
  return { survey: surveyDetailSchema.parse(survey), results: surveyResultsSchema.parse(results) };
}

export function surveyResultsOptions(backend: Backend, userId: string | null, surveyId: string) {
  return queryOptions({
    queryKey: userKeys.surveyResults(userId ?? '', surveyId),
    queryFn: () => getSurveyResults(backend, surveyId),
    enabled: userId !== null,
    refetchInterval: 30_000,
  });
}

export function useSurveyResults(surveyId: string) {
  const { backend, userId } = useUserScope();
  return useQuery(surveyResultsOptions(backend, userId, surveyId));
}
