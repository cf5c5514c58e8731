import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { questionKinds, surveyDetailSchema, SURVEY_LIMITS, type SurveyDetail } from '@/domain/survey';

const optionInput = z.object({
  key: z.string().regex(/^[a-z0-9_-]{1,40}$/),
  label: z.string().trim().min(1).max(SURVEY_LIMITS.optionLabel),
});

// The same rules as save_survey_questions in SQL, so the builder can say what is wrong first.
export const questionInput = z
  .object({
    id: z.string().optional(),
    kind: z.enum(questionKinds),
    prompt: z.string().trim().min(1).max(SURVEY_LIMITS.prompt),
    required: z.boolean(),
    options: z.array(optionInput).default([]),
    min: z.number().int().min(0).max(10).nullable().default(null),
    max: z.number().int().min(0).max(10).nullable().default(null),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'single_choice' || q.kind === 'multiple_choice';
    if (choice && (q.options.length < SURVEY_LIMITS.optionsMin || q.options.length > SURVEY_LIMITS.optionsMax)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'options_count' });
    }
    if (choice && new Set(q.options.map((o) => o.key)).size !== q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'options_duplicate' });
    }
    if (!choice && q.options.length > 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'options_not_allowed' });
    if (q.kind === 'scale' && (q.min === null || q.max === null || q.min >= q.max)) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: 'scale_range' });
    }
  });
export type QuestionInput = z.input<typeof questionInput>;

export const saveQuestionsInput = z
  .array(questionInput)
  .max(SURVEY_LIMITS.questions)
  .refine((list) => list.filter((q) => q.kind === 'email_optin').length <= 1, { message: 'one_email_optin' });

export async function saveSurveyQuestions(backend: Backend, surveyId: string, questions: QuestionInput[]): Promise<SurveyDetail> {
  const data = saveQuestionsInput.parse(questions);
  return surveyDetailSchema.parse(
    await backend.rpc('save_survey_questions', { p_survey_id: surveyId, p_questions: data as never }),
  );
}

export function useSaveSurveyQuestions(surveyId: string) {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (questions: QuestionInput[]) => saveSurveyQuestions(backend, surveyId, questions),
    onSuccess: (survey) => {
      if (userId) queryClient.setQueryData(userKeys.survey(userId, survey.id), survey);
    },
  });
}
