import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { useSession } from '@/data/profile/use-session';
import { reviewKeys } from '@/data/plan-review/review-keys';
import { toCoachPlanItem, type CoachPlanItem } from '../lib/plan-list';
import { coachPlanRowSchema } from './coach-schemas';


/** The plans shared with the caller now, with what the coach home shows of each. */
export async function listCoachPlans(backend: Backend): Promise<CoachPlanItem[]> {
  return z.array(coachPlanRowSchema).parse(await backend.rpc('list_coach_plans', {})).map(toCoachPlanItem);
}

export function useCoachPlans() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  const userId = useSession().data?.userId ?? '';
  return useQuery({ queryKey: reviewKeys.coachPlans(userId), queryFn: () => listCoachPlans(backend!), enabled: !!backend && ready && !!userId });
}
