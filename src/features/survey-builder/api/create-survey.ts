import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { surveyDetailSchema, SURVEY_LIMITS, type SurveyDetail } from '@/domain/survey';
import { questionInput } from './save-survey-questions';

export const createSurveyInput = z.object({
  title: z.string().trim().min(1).max(SURVEY_LIMITS.title),
  locale: z.enum(['fr', 'en']),
  intro: z.string().max(SURVEY_LIMITS.intro).default(''),
  questions: z.array(questionInput).max(SURVEY_LIMITS.questions).default([]),
  planId: z.uuid().nullable().default(null),
});
export type CreateSurveyInput = z.input<typeof createSurveyInput>;

export async function createSurvey(backend: Backend, input: CreateSurveyInput): Promise<SurveyDetail> {
  const data = createSurveyInput.parse(input);
  return surveyDetailSchema.parse(
    await backend.rpc('create_survey', {
      p_title: data.title,
      p_locale: data.locale,
      p_intro: data.intro,
      p_questions: data.questions as never,
      p_plan_id: data.planId ?? undefined,
    }),
  );
}

export function useCreateSurvey() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSurveyInput) => createSurvey(backend, input),
    onSuccess: (survey) => {
      if (!userId) return;
      queryClient.setQueryData(userKeys.survey(userId, survey.id), survey);
      void queryClient.invalidateQueries({ queryKey: userKeys.mySurveys(userId) });
    },
  });
}
