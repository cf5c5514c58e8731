import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { useSession } from '@/data/profile/use-session';
import { reviewStatuses } from '@/domain/plan-review';
import { reviewKeys } from './review-keys';

export const invitationSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
  accepted_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
});
export type Invitation = z.infer<typeof invitationSchema>;

const accessSchema = z.object({
  plan_id: z.string().nullable(),
  invitations: z.array(invitationSchema),
  coaches: z.array(
    z.object({
      id: z.string(),
      coach_id: z.string(),
      display_name: z.string(),
      since: z.string(),
      revoked_at: z.string().nullable(),
      review: z.object({ status: z.enum(reviewStatuses), updated_at: z.string() }).nullable(),
    }),
  ),
});
export type CoachAccess = z.infer<typeof accessSchema>;

/** The caller's invitations and the coaches of their plan (revoked ones included). */
export async function listMyCoachAccess(backend: Backend): Promise<CoachAccess> {
  return accessSchema.parse(await backend.rpc('list_my_coach_access', {}));
}

export function useMyCoachAccess() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  const userId = useSession().data?.userId ?? '';
  return useQuery({ queryKey: reviewKeys.access(userId), queryFn: () => listMyCoachAccess(backend!), enabled: !!backend && ready && !!userId });
}
