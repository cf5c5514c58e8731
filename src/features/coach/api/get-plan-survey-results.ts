import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { reviewKeys } from '@/data/plan-review/review-keys';
import { useSession } from '@/data/profile/use-session';
import { surveyResultsSchema, type SurveyResults } from '@/domain/survey';

// A linked coach may read survey_results for the survey of a plan shared with them; the waiting
// list's count stays the owner's (0 here).
export type PlanSurveyResults = SurveyResults;
export type PlanSurveyQuestion = PlanSurveyResults['questions'][number];

export async function getPlanSurveyResults(backend: Backend, surveyId: string): Promise<PlanSurveyResults> {
  const id = z.uuid().parse(surveyId);
  return surveyResultsSchema.parse(await backend.rpc('survey_results', { p_survey_id: id }));
}

export function usePlanSurveyResults(surveyId: string | undefined) {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  const userId = useSession().data?.userId ?? '';
  return useQuery({
    queryKey: reviewKeys.coachSurveyResults(userId, surveyId ?? ''),
    queryFn: () => getPlanSurveyResults(backend!, surveyId!),
    enabled: !!backend && ready && !!surveyId && !!userId,
  });
}
