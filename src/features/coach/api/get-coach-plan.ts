import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import {
  commentFromRow,
  planCommentRowSchema,
  planReviewRowSchema,
  reviewFromRow,
  versionFromRow,
  versionSummarySchema,
  type PlanReview,
} from '@/data/plan-review/review-schemas';
import { checkinFromRow, checkinRowSchema, type Checkin } from '@/domain/engagement';
import type { Sections } from '@/domain/plan';
import type { PlanComment, PlanVersionSummary } from '@/domain/plan-review';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import { parseSections } from '../lib/sections';
import { clientSchema, planSurveySchema, planVersionSchema, type PlanSurvey } from './coach-schemas';

const coachPlanSchema = checkedAgainst<ReturnedRow<'get_coach_plan'>>()(z.object({
  plan_id: z.string(),
  client: clientSchema,
  sections: z.record(z.string(), z.unknown()),
  updated_at: z.string(),
  shared_at: z.string(),
  survey: planSurveySchema,
  checkins: z.array(checkinRowSchema),
  comments: z.array(planCommentRowSchema),
  reviews: z.array(planReviewRowSchema),
  versions: z.array(versionSummarySchema),
  reviewing: planVersionSchema,
  compared: planVersionSchema,
  changed_since_request: z.boolean(),
}));

/** A version as it was sent, read as the wizard reads a plan. */
export interface PlanVersion extends PlanVersionSummary {
  sections: Sections;
  survey: PlanSurvey;
}

function versionOf(row: z.infer<typeof planVersionSchema>): PlanVersion | null {
  return row ? { ...versionFromRow(row), sections: parseSections(row.sections), survey: row.survey } : null;
}

export interface CoachPlan {
  planId: string;
  client: { id: string; displayName: string };
  sections: Sections;
  updatedAt: string;
  sharedAt: string;
  survey: PlanSurvey;
  checkins: Checkin[];
  comments: PlanComment[];
  reviews: PlanReview[];
  /** The versions sent for review, newest first. */
  versions: PlanVersionSummary[];
  /** The latest version: what the coach decides on. */
  reviewing: PlanVersion | null;
  /** The version this coach last decided on, when older than the latest: what changed is shown against it. */
  compared: PlanVersion | null;
  /** The client changed the plan since the latest version (or never sent one). */
  changedSinceRequest: boolean;
}

/** One plan shared with the caller, read-only; coach_access_revoked once the client revokes it. */
export async function getCoachPlan(backend: Backend, planId: string): Promise<CoachPlan> {
  const id = z.uuid().parse(planId);
  const data = coachPlanSchema.parse(await backend.rpc('get_coach_plan', { p_plan_id: id }));
  return {
    planId: data.plan_id,
    client: { id: data.client.id, displayName: data.client.display_name },
    sections: parseSections(data.sections),
    updatedAt: data.updated_at,
    sharedAt: data.shared_at,
    survey: data.survey,
    checkins: data.checkins.map(checkinFromRow),
    comments: data.comments.map(commentFromRow),
    reviews: data.reviews.map(reviewFromRow),
    versions: data.versions.map(versionFromRow),
    reviewing: versionOf(data.reviewing),
    compared: versionOf(data.compared),
    changedSinceRequest: data.changed_since_request,
  };
}

export function coachPlanOptions(backend: Backend, userId: string | null, planId: string) {
  return queryOptions({
    queryKey: userKeys.coachPlan(userId ?? '', planId),
    queryFn: () => getCoachPlan(backend, planId),
    enabled: userId !== null,
    // The client may answer, or revoke: the page finds out without a reload.
    refetchInterval: 60_000,
  });
}

export function useCoachPlan(planId: string) {
  const { backend, userId } = useUserScope();
  return useQuery(coachPlanOptions(backend, userId, planId));
}
