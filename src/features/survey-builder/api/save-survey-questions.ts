import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { allowedEvidence } from '@/domain/evidence';
import { evidenceLevels, questionKinds, surveyDetailSchema, SURVEY_LIMITS, type SurveyDetail } from '@/domain/survey';

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
    show_if: z
      .union([
        z.object({ question_id: z.string(), option_keys: z.array(z.string()) }),
        z.object({ question_id: z.string(), min: z.number().int(), max: z.number().int() }),
      ])
      .nullable()
      .default(null),
    /** Absent, SQL gives the kind's weakest level. */
    evidence: z.enum(evidenceLevels).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.evidence && !allowedEvidence(q.kind).includes(q.evidence)) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'evidence_kind' });
    }
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
  .refine((list) => list.filter((q) => q.kind === 'email_optin').length <= 1, { message: 'one_email_optin' })
  .superRefine((list, ctx) => {
    // The rules save_survey_questions checks in SQL: a rule depends on an EARLIER choice
    // question (options it offers, at least one) or scale (a range within it).
    list.forEach((question, index) => {
      const message = ruleProblem(question.show_if, list.slice(0, index));
      if (message) ctx.addIssue({ code: 'custom', path: [index, 'show_if'], message });
    });
  });

type Rule = z.output<typeof questionInput>['show_if'];
type Earlier = Pick<z.output<typeof questionInput>, 'id' | 'kind' | 'options' | 'min' | 'max'>;

function ruleProblem(rule: Rule, earlier: Earlier[]): 'rule_question' | 'rule_options' | 'rule_range' | null {
  if (!rule) return null;
  const parent = earlier.find((q) => q.id === rule.question_id);
  if (!parent || !['single_choice', 'multiple_choice', 'scale'].includes(parent.kind)) return 'rule_question';
  if ('option_keys' in rule) {
    const keys = parent.options.map((o) => o.key);
    const fits = parent.kind !== 'scale' && rule.option_keys.length > 0 && new Set(rule.option_keys).size === rule.option_keys.length;
    return fits && rule.option_keys.every((key) => keys.includes(key)) ? null : 'rule_options';
  }
  return parent.kind === 'scale' && parent.min !== null && parent.max !== null && parent.min <= rule.min && rule.min <= rule.max && rule.max <= parent.max
    ? null
    : 'rule_range';
}

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
