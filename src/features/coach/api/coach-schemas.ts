// Shapes shared by this feature's calls (supabase/migrations/20261126170100_coach_functions.sql).
import { z } from 'zod';
import { checkedAgainst, type Composite, type ReturnedRow } from '@/data/rows';
import { reviewMarkSchema, versionSummarySchema } from '@/data/plan-review/review-schemas';
import { evidenceLevels, thresholdProgressSchema } from '@/domain/survey';

export const planSurveySchema = checkedAgainst<Composite<'plan_survey'>>()(
  z
    .object({
      id: z.string(),
      title: z.string(),
      hypothesis: z.string(),
      status: z.string(),
      responses: z.number(),
      threshold: z.nullable(thresholdProgressSchema),
      /** What the counted answers prove (null without a threshold). */
      evidence: z.enum(evidenceLevels).nullable(),
    })
    .nullable(),
);
export type PlanSurvey = z.infer<typeof planSurveySchema>;

export const clientSchema = checkedAgainst<Composite<'plan_client'>>()(z.object({ id: z.string(), display_name: z.string() }));

/** A row of list_coach_plans: one plan a client shares with the caller. */
export const coachPlanRowSchema = checkedAgainst<ReturnedRow<'list_coach_plans'>>()(z.object({
  plan_id: z.string(),
  client: clientSchema,
  sections: z.record(z.string(), z.unknown()),
  shared_at: z.string(),
  last_activity: z.string(),
  survey: planSurveySchema,
  comment_count: z.number(),
  review: reviewMarkSchema,
  open_threads: z.number(),
  unread: z.number(),
  latest_version: z.number().nullable(),
  waiting: z.boolean(),
}));

/** A version as it was sent: its sections and its survey's card and verdict then. */
export const planVersionSchema = checkedAgainst<Composite<'plan_version'>>()(
  versionSummarySchema.extend({ sections: z.record(z.string(), z.unknown()), survey: planSurveySchema }).nullable(),
);
export type CoachPlanRow = z.infer<typeof coachPlanRowSchema>;
