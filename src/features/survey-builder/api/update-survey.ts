import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { surveyDetailSchema, surveyThresholdSchema, SURVEY_LIMITS, type SurveyDetail } from '@/domain/survey';

export const updateSurveyInput = z.object({
  title: z.string().trim().min(1).max(SURVEY_LIMITS.title).optional(),
  intro: z.string().max(SURVEY_LIMITS.intro).optional(),
  locale: z.enum(['fr', 'en']).optional(),
  closesAt: z.iso.datetime({ offset: true }).nullable().optional(),
  maxResponses: z.number().int().min(1).max(100_000).nullable().optional(),
  threshold: z.optional(surveyThresholdSchema),
  hypothesis: z.string().trim().max(SURVEY_LIMITS.hypothesis).optional(),
});
export type UpdateSurveyInput = z.input<typeof updateSurveyInput>;

export async function updateSurvey(backend: Backend, surveyId: string, input: UpdateSurveyInput): Promise<SurveyDetail> {
  const data = updateSurveyInput.parse(input);
  return surveyDetailSchema.parse(
    await backend.rpc('update_survey', {
      p_survey_id: surveyId,
      p_title: data.title,
      p_intro: data.intro,
      p_locale: data.locale,
      p_closes_at: data.closesAt ?? undefined,
      p_clear_closes_at: data.closesAt === null ? true : undefined,
      p_max_responses: data.maxResponses ?? undefined,
      p_clear_max_responses: data.maxResponses === null ? true : undefined,
      p_threshold: (data.threshold as never) ?? undefined,
      p_hypothesis: data.hypothesis,
    }),
  );
}

export function useUpdateSurvey(surveyId: string) {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSurveyInput) => updateSurvey(backend, surveyId, input),
    onSuccess: (survey) => {
      if (!userId) return;
      queryClient.setQueryData(userKeys.survey(userId, survey.id), survey);
      void queryClient.invalidateQueries({ queryKey: userKeys.mySurveys(userId) });
    },
  });
}
