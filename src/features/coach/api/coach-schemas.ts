// Shapes shared by this feature's calls (supabase/migrations/20261126170100_coach_functions.sql).
import { z } from 'zod';
import { reviewStatuses } from '@/domain/plan-review';

export const planSurveySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.string(),
    responses: z.number(),
    threshold: z
      .object({ successes: z.number(), total: z.number(), target_rate: z.coerce.number(), min_responses: z.number() })
      .nullable(),
  })
  .nullable();
export type PlanSurvey = z.infer<typeof planSurveySchema>;

export const clientSchema = z.object({ id: z.string(), display_name: z.string() });

export const myReviewSchema = z.object({ status: z.enum(reviewStatuses), updated_at: z.string() }).nullable();
