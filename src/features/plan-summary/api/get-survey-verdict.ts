import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { thresholdVerdict, type Verdict } from '@/domain/verdict';

const surveySchema = z.object({ id: z.string(), title: z.string(), status: z.string() });
const resultsSchema = z.object({
  total_responses: z.number(),
  threshold: z
    .object({ successes: z.number(), total: z.number(), target_rate: z.coerce.number(), min_responses: z.number() })
    .nullable(),
});

export interface SurveyVerdict {
  title: string;
  status: string;
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
    responses: r.total_responses,
    verdict: thresholdVerdict(r.threshold),
  };
}

export function useSurveyVerdict(surveyId: string | undefined) {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  return useQuery({
    queryKey: ['surveys', 'verdict', surveyId],
    queryFn: () => getSurveyVerdict(backend!, surveyId!),
    enabled: !!backend && ready && !!surveyId,
    retry: false,
  });
}
