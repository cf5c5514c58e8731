// The success threshold a creator sets before publishing a survey: which answers count as a
// success, the share of them needed, and how many answers before any verdict. The same bounds
// are SQL's (public.update_survey); these rules give the form its answer before it sends.
import { z } from 'zod';
import { THRESHOLD_LIMITS, type SurveyQuestion, type SurveyThreshold } from './survey';

/** The choice that counts email sign-ups (the waiting list) instead of a question's answers. */
export const WAITLIST = 'waitlist';

/** The questions whose answers can count as a success. */
export function thresholdCandidates(questions: readonly SurveyQuestion[]): SurveyQuestion[] {
  return questions.filter((q) => q.kind === 'single_choice' || q.kind === 'multiple_choice' || q.kind === 'scale');
}

/** The form's values, as typed. */
export interface ThresholdFormValues {
  questionId: string;
  optionKeys: string[];
  scaleMin: string;
  /** A percentage, 1 to 100. */
  rate: string;
  minResponses: string;
}

/** What the form starts from: the threshold set, else the first candidate, 40 % of 30 answers. */
export function thresholdFormDefaults(questions: readonly SurveyQuestion[], current: SurveyThreshold | null): ThresholdFormValues {
  return {
    questionId: current?.question_id ?? thresholdCandidates(questions)[0]?.id ?? WAITLIST,
    optionKeys: current?.option_keys ?? [],
    scaleMin: current?.scale_min != null ? String(current.scale_min) : '',
    rate: String(current ? Math.round(current.target_rate * 100) : 40),
    minResponses: String(current?.min_responses ?? 30),
  };
}

const whole = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN);

/**
 * The form's rules, for this survey's questions; the output is what update_survey takes. Error
 * codes: `options_empty`, `scale_min`, `rate`, `min_responses`.
 */
export function thresholdFormSchema(questions: readonly SurveyQuestion[]) {
  return z
    .object({ questionId: z.string(), optionKeys: z.array(z.string()), scaleMin: z.string(), rate: z.string(), minResponses: z.string() })
    .superRefine((values, ctx) => {
      const question = questions.find((q) => q.id === values.questionId);
      if (question && question.kind !== 'scale' && !values.optionKeys.some((key) => question.options.some((o) => o.key === key))) {
        ctx.addIssue({ code: 'custom', path: ['optionKeys'], message: 'options_empty' });
      }
      if (question?.kind === 'scale') {
        const min = whole(values.scaleMin);
        if (!Number.isInteger(min) || (question.min != null && min < question.min) || (question.max != null && min > question.max)) {
          ctx.addIssue({ code: 'custom', path: ['scaleMin'], message: 'scale_min' });
        }
      }
      const rate = Number(values.rate.trim() === '' ? NaN : values.rate.replace(',', '.'));
      if (!(rate >= THRESHOLD_LIMITS.rate.min && rate <= THRESHOLD_LIMITS.rate.max)) {
        ctx.addIssue({ code: 'custom', path: ['rate'], message: 'rate' });
      }
      const minResponses = whole(values.minResponses);
      if (!(minResponses >= THRESHOLD_LIMITS.minResponses.min && minResponses <= THRESHOLD_LIMITS.minResponses.max)) {
        ctx.addIssue({ code: 'custom', path: ['minResponses'], message: 'min_responses' });
      }
    })
    .transform((values) => {
      const question = questions.find((q) => q.id === values.questionId);
      return {
        question_id: values.questionId === WAITLIST ? null : values.questionId,
        option_keys: question && question.kind !== 'scale' ? values.optionKeys.filter((k) => question.options.some((o) => o.key === k)) : null,
        scale_min: question?.kind === 'scale' ? whole(values.scaleMin) : null,
        target_rate: Number(values.rate.replace(',', '.')) / 100,
        min_responses: whole(values.minResponses),
      };
    });
}
