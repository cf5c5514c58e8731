import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';

export const revokeCoachInput = z.object({ linkId: z.uuid() });
export type RevokeCoachInput = z.infer<typeof revokeCoachInput>;

/** Removes a coach's access to the caller's plan, from the coach's next call on. */
export async function revokeCoach(backend: Backend, input: RevokeCoachInput): Promise<void> {
  const { linkId } = revokeCoachInput.parse(input);
  await backend.rpc('revoke_coach', { p_link_id: linkId });
}

export function useRevokeCoach() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RevokeCoachInput) => revokeCoach(backend, input),
    onSettled: () => (userId ? queryClient.invalidateQueries({ queryKey: userKeys.review(userId) }) : undefined),
  });
}
