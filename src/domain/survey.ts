import * as z from 'zod/mini';
import type { PublicQuestion } from './public-survey';

// Survey shapes shared by the builder and the results (the public page's own is public-survey.ts).

export const questionKinds = ['single_choice', 'multiple_choice', 'scale', 'short_text', 'long_text', 'email_optin'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** What an answer proves, from weakest to strongest (./evidence.ts reads them). */
export const evidenceLevels = ['opinion', 'behaviour', 'commitment', 'strong_commitment'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

const option = z.object({ key: z.string(), label: z.string() });
/** A conditional question's rule (public-survey.ts' ShowIf). */
export const showIfSchema = z.union([
  z.object({ question_id: z.string(), option_keys: z.array(z.string()) }),
  z.object({ question_id: z.string(), min: z.number(), max: z.number() }),
]);
export const questionSchema = z.object({
  id: z.string(),
  position: z.number(),
  kind: z.enum(questionKinds),
  prompt: z.string(),
  required: z.boolean(),
  options: z.array(option),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  show_if: z.nullable(showIfSchema),
  /** What an answer proves (src/domain/evidence.ts); the public page does not receive it. */
  evidence: z.enum(evidenceLevels),
});
export type SurveyQuestion = z.infer<typeof questionSchema>;

// get_public_survey's answer is checked without zod, in public-survey.ts (the public page's
// budget); these two lines fail the type check if its question shape and this one drift apart.
export type { PublicSurvey } from './public-survey';
const sameQuestionShape: [Omit<SurveyQuestion, 'evidence'>, PublicQuestion] = [null as unknown as PublicQuestion, null as unknown as SurveyQuestion];
void sameQuestionShape;

/** A threshold's bounds, the same as update_survey checks in SQL: the rate in percent, the answers before a verdict. */
export const THRESHOLD_LIMITS = { rate: { min: 1, max: 100 }, minResponses: { min: 5, max: 10_000 } } as const;

/**
 * The success threshold, the one schema for it: as update_survey takes it and as every creator
 * function gives it back (the survey's stored threshold, a jsonb member of survey_detail).
 */
export const surveyThresholdSchema = z.object({
  question_id: z.nullable(z.string()),
  option_keys: z.optional(z.nullable(z.array(z.string()))),
  scale_min: z.optional(z.nullable(z.int())),
  target_rate: z.number().check(z.gte(THRESHOLD_LIMITS.rate.min / 100), z.lte(THRESHOLD_LIMITS.rate.max / 100)),
  min_responses: z.int().check(z.gte(THRESHOLD_LIMITS.minResponses.min), z.lte(THRESHOLD_LIMITS.minResponses.max)),
});
export type SurveyThreshold = z.infer<typeof surveyThresholdSchema>;

/** What the creator functions return for one survey. */
export const surveyDetailSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  intro: z.string(),
  locale: z.enum(['fr', 'en']),
  status: z.enum(['draft', 'published', 'closed']),
  closes_at: z.nullable(z.string()),
  max_responses: z.nullable(z.number()),
  plan_id: z.nullable(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  published_at: z.nullable(z.string()),
  response_count: z.number(),
  threshold: z.nullable(surveyThresholdSchema),
  /** The test card's hypothesis: '' until the creator states it (needed to publish). */
  hypothesis: z.string(),
  questions: z.array(questionSchema),
});
export type SurveyDetail = z.infer<typeof surveyDetailSchema>;

export const surveySummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'published', 'closed']),
  locale: z.enum(['fr', 'en']),
  response_count: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  published_at: z.nullable(z.string()),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

/** Editing limits, the same as save_survey_questions checks in SQL. */
export const SURVEY_LIMITS = {
  title: 120,
  intro: 1000,
  hypothesis: 300,
  prompt: 300,
  questions: 20,
  optionsMin: 2,
  optionsMax: 12,
  optionLabel: 120,
} as const;

/** A threshold's progress, as survey_results and a coach's plan list give it. */
export const thresholdProgressSchema = z.object({
  question_id: z.nullable(z.string()),
  successes: z.number(),
  total: z.number(),
  target_rate: z.coerce.number(),
  min_responses: z.number(),
});

/** survey_results' answer: the creator's results page and a linked coach's review read it. */
export const surveyResultsSchema = z.object({
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
      /** How many were shown the question: all responses, unless a rule hid it from some. */
      seen: z.number(),
      options: z.optional(z.nullable(z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })))),
      histogram: z.optional(z.nullable(z.array(z.object({ value: z.number(), count: z.number() })))),
      mean: z.optional(z.nullable(z.coerce.number())),
      latest_text: z.optional(z.nullable(z.array(z.object({ text: z.string(), created_at: z.string() })))),
    }),
  ),
  threshold: z.nullable(thresholdProgressSchema),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;
