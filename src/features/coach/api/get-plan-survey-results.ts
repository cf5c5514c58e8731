import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { surveyResultsSchema, type SurveyResults } from '@/domain/survey';

// A linked coach may read survey_results for the survey of a plan shared with them; the waiting
// list's count stays the owner's (0 here).
export type PlanSurveyResults = SurveyResults;
export type PlanSurveyQuestion = PlanSurveyResults['questions'][number];

export async function getPlanSurveyResults(backend: Backend, surveyId: string): Promise<PlanSurveyResults> {
  const id = z.uuid().parse(surveyId);
  return surveyResultsSchema.parse(await backend.rpc('survey_results', { p_survey_id: id }));
}

export function planSurveyResultsOptions(backend: Backend, userId: string | null, surveyId: string | undefined) {
  return queryOptions({
    queryKey: userKeys.coachSurveyResults(userId ?? '', surveyId ?? ''),
    queryFn: () => getPlanSurveyResults(backend, surveyId ?? ''),
    enabled: userId !== null && !!surveyId,
  });
}

export function usePlanSurveyResults(surveyId: string | undefined) {
  const { backend, userId } = useUserScope();
  return useQuery(planSurveyResultsOptions(backend, userId, surveyId));
}
