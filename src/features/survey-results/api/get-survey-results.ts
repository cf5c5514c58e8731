import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { questionKinds, surveyDetailSchema, type SurveyDetail } from '@/domain/survey';

const resultsSchema = z.object({
  survey_id: z.string(),
  total_responses: z.number(),
  waitlist_count: z.number(),
  per_day: z.array(z.object({ day: z.string(), count: z.number() })),
  questions: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      kind: z.enum(questionKinds),
      prompt: z.string(),
      answered: z.number(),
      options: z.optional(z.nullable(z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })))),
      histogram: z.optional(z.nullable(z.array(z.object({ value: z.number(), count: z.number() })))),
      mean: z.optional(z.nullable(z.coerce.number())),
      latest_text: z.optional(z.nullable(z.array(z.object({ text: z.string(), created_at: z.string() })))),
    }),
  ),
  threshold: z.nullable(
    z.object({
      question_id: z.nullable(z.string()),
      successes: z.number(),
      total: z.number(),
      target_rate: z.coerce.number(),
      min_responses: z.number(),
    }),
  ),
});
export type SurveyResults = z.infer<typeof resultsSchema>;
export type QuestionResult = SurveyResults['questions'][number];

export async function getSurveyResults(backend: Backend, surveyId: string): Promise<{ survey: SurveyDetail; results: SurveyResults }> {
  const id = z.uuid().parse(surveyId);
  const [survey, results] = await Promise.all([
    backend.rpc('get_survey', { p_survey_id: id }),
    backend.rpc('survey_results', { p_survey_id: id }),
  ]);
  return { survey: surveyDetailSchema.parse(survey), results: resultsSchema.parse(results) };
}

export function useSurveyResults(surveyId: string) {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  return useQuery({
    queryKey: ['surveys', 'results', surveyId],
    queryFn: () => getSurveyResults(backend!, surveyId),
    enabled: !!backend && ready,
    refetchInterval: 30_000,
  });
}
