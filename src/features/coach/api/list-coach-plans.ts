import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { toCoachPlanItem, type CoachPlanItem } from '../lib/plan-list';
import { coachPlanRowSchema } from './coach-schemas';


/** The plans shared with the caller now, with what the coach home shows of each. */
export async function listCoachPlans(backend: Backend): Promise<CoachPlanItem[]> {
  return z.array(coachPlanRowSchema).parse(await backend.rpc('list_coach_plans', {})).map(toCoachPlanItem);
}

export function coachPlansOptions(backend: Backend, userId: string | null) {
  return queryOptions({ queryKey: userKeys.coachPlans(userId ?? ''), queryFn: () => listCoachPlans(backend), enabled: userId !== null });
}

export function useCoachPlans() {
  const { backend, userId } = useUserScope();
  return useQuery(coachPlansOptions(backend, userId));
}
