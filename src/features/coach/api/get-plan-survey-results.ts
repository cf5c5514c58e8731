import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { reviewKeys } from '@/data/plan-review/review-keys';
import { useSession } from '@/data/profile/use-session';
import { questionKinds } from '@/domain/survey';

// survey_results' answer (the results page reads the same): a linked coach may call it for the
// survey of a plan shared with them. The waiting list's count stays the owner's (0 here).
const resultsSchema = z.object({
  survey_id: z.string(),
  total_responses: z.number(),
  per_day: z.array(z.object({ day: z.string(), count: z.number() })),
  questions: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      kind: z.enum(questionKinds),
      prompt: z.string(),
      answered: z.number(),
      options: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })).nullable().optional(),
      histogram: z.array(z.object({ value: z.number(), count: z.number() })).nullable().optional(),
      mean: z.coerce.number().nullable().optional(),
      latest_text: z.array(z.object({ text: z.string(), created_at: z.string() })).nullable().optional(),
    }),
  ),
});
export type PlanSurveyResults = z.infer<typeof resultsSchema>;
export type PlanSurveyQuestion = PlanSurveyResults['questions'][number];

export async function getPlanSurveyResults(backend: Backend, surveyId: string): Promise<PlanSurveyResults> {
  const id = z.uuid().parse(surveyId);
  return resultsSchema.parse(await backend.rpc('survey_results', { p_survey_id: id }));
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
