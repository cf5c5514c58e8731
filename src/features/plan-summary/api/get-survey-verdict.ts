import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { thresholdVerdict, type Verdict } from '@/domain/verdict';

const surveySchema = z.object({ id: z.string(), title: z.string(), status: z.string(), hypothesis: z.string() });
const resultsSchema = z.object({
  total_responses: z.number(),
  threshold: z
    .object({ successes: z.number(), total: z.number(), target_rate: z.coerce.number(), min_responses: z.number() })
    .nullable(),
});

export interface SurveyVerdict {
  title: string;
  status: string;
  /** The test card's hypothesis ('' for a survey published without one, before cards existed). */
  hypothesis: string;
  responses: number;
  /** null when no threshold was set before publishing. */
  verdict: Verdict | null;
}

/** The survey the plan relies on, and its verdict, computed as the results page does. */
export async function getSurveyVerdict(backend: Backend, surveyId: string): Promise<SurveyVerdict> {
  const id = z.uuid().parse(surveyId);
  const [survey, results] = await Promise.all([
    backend.rpc('get_survey', { p_survey_id: id }),
    backend.rpc('survey_results', { p_survey_id: id }),
  ]);
  const s = surveySchema.parse(survey);
  const r = resultsSchema.parse(results);
  return {
    title: s.title,
    status: s.status,
    hypothesis: s.hypothesis,
    responses: r.total_responses,
    verdict: thresholdVerdict(r.threshold),
  };
}

export function surveyVerdictOptions(backend: Backend, userId: string | null, surveyId: string | undefined) {
  return queryOptions({
    queryKey: userKeys.surveyVerdict(userId ?? '', surveyId ?? ''),
    queryFn: () => getSurveyVerdict(backend, surveyId ?? ''),
    enabled: userId !== null && !!surveyId,
    retry: false,
  });
}

export function useSurveyVerdict(surveyId: string | undefined) {
  const { backend, userId } = useUserScope();
  return useQuery(surveyVerdictOptions(backend, userId, surveyId));
}
