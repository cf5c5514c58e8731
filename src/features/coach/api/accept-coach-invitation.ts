import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';

// The message is a code the form translates.
export const acceptCoachInvitationInput = z.object({ code: z.string().trim().min(1, 'empty').max(200, 'too_long') });
export type AcceptCoachInvitationInput = z.infer<typeof acceptCoachInvitationInput>;

/** Links the caller (a coach) to the plan of the invitation; the code is then used up. */
export async function acceptCoachInvitation(backend: Backend, input: AcceptCoachInvitationInput): Promise<{ planId: string }> {
  const { code } = acceptCoachInvitationInput.parse(input);
  const data = checkedAgainst<ReturnedRow<'accept_coach_invitation'>>()(z.object({ plan_id: z.string(), link_id: z.string() })).parse(
    await backend.rpc('accept_coach_invitation', { p_code: code }),
  );
  return { planId: data.plan_id };
}

export function useAcceptCoachInvitation() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptCoachInvitationInput) => acceptCoachInvitation(backend, input),
    onSuccess: () => (userId ? queryClient.invalidateQueries({ queryKey: userKeys.coach(userId) }) : undefined),
  });
}
