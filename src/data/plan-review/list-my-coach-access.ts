import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type Composite, type ReturnedRow } from '@/data/rows';
import { reviewMarkSchema } from './review-schemas';

export const invitationSchema = checkedAgainst<Composite<'coach_invitation'>>()(z.object({
  id: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
  accepted_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
}));
export type Invitation = z.infer<typeof invitationSchema>;

const accessSchema = checkedAgainst<ReturnedRow<'list_my_coach_access'>>()(z.object({
  plan_id: z.string().nullable(),
  invitations: z.array(invitationSchema),
  coaches: z.array(
    z.object({
      id: z.string(),
      coach_id: z.string(),
      display_name: z.string(),
      since: z.string(),
      revoked_at: z.string().nullable(),
      review: reviewMarkSchema,
    }),
  ),
}));
export type CoachAccess = z.infer<typeof accessSchema>;

/** The caller's invitations and the coaches of their plan (revoked ones included). */
export async function listMyCoachAccess(backend: Backend): Promise<CoachAccess> {
  return accessSchema.parse(await backend.rpc('list_my_coach_access', {}));
}

export function myCoachAccessOptions(backend: Backend, userId: string | null) {
  return queryOptions({ queryKey: userKeys.coachAccess(userId ?? ''), queryFn: () => listMyCoachAccess(backend), enabled: userId !== null });
}

export function useMyCoachAccess() {
  const { backend, userId } = useUserScope();
  return useQuery(myCoachAccessOptions(backend, userId));
}
