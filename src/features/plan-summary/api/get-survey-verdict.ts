import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { surveyDetailSchema, surveyResultsSchema } from '@/domain/survey';
import { countedEvidence, verdictStrength, type EvidenceStrength } from '@/domain/evidence';
import { thresholdVerdict, type Verdict } from '@/domain/verdict';

// What the summary reads of the two answers, with the fields' one schema (the results page
// reads them whole).
const surveySchema = z.pick(surveyDetailSchema, { title: true, status: true, hypothesis: true, questions: true });
const resultsSchema = z.pick(surveyResultsSchema, { total_responses: true, threshold: true });

export interface SurveyVerdict {
  title: string;
  status: string;
  /** The test card's hypothesis ('' for a survey published without one, before cards existed). */
  hypothesis: string;
  responses: number;
  /** null when no threshold was set before publishing. */
  verdict: Verdict | null;
  /** What the verdict rests on (verdictStrength), with the verdict. */
  strength: EvidenceStrength | null;
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
  const verdict = thresholdVerdict(r.threshold);
  return {
    title: s.title,
    status: s.status,
    hypothesis: s.hypothesis,
    responses: r.total_responses,
    verdict,
    strength: verdictStrength(verdict, countedEvidence(r.threshold, s.questions)),
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
