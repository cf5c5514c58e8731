import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { invitationSchema, type Invitation } from './list-my-coach-access';

export const revokeCoachInvitationInput = z.object({ invitationId: z.uuid() });
export type RevokeCoachInvitationInput = z.infer<typeof revokeCoachInvitationInput>;

/** The invitation's code stops working. */
export async function revokeCoachInvitation(backend: Backend, input: RevokeCoachInvitationInput): Promise<Invitation> {
  const { invitationId } = revokeCoachInvitationInput.parse(input);
  return invitationSchema.parse(await backend.rpc('revoke_coach_invitation', { p_invitation_id: invitationId }));
}

export function useRevokeCoachInvitation() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RevokeCoachInvitationInput) => revokeCoachInvitation(backend, input),
    onSettled: () => (userId ? queryClient.invalidateQueries({ queryKey: userKeys.review(userId) }) : undefined),
  });
}
