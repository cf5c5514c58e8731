import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import { invitationSchema } from './list-my-coach-access';

const createdSchema = checkedAgainst<ReturnedRow<'create_coach_invitation'>>()(invitationSchema.extend({ code: z.string() }));
export type CreatedInvitation = z.infer<typeof createdSchema>;

/** A new invitation for the caller's plan. Its code is in this answer only: show it now. */
export async function createCoachInvitation(backend: Backend): Promise<CreatedInvitation> {
  return createdSchema.parse(await backend.rpc('create_coach_invitation', {}));
}

export function useCreateCoachInvitation() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createCoachInvitation(backend),
    onSettled: () => (userId ? queryClient.invalidateQueries({ queryKey: userKeys.review(userId) }) : undefined),
  });
}
