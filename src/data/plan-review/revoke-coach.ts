import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { reviewKeys } from './review-keys';

export const revokeCoachInput = z.object({ linkId: z.uuid() });
export type RevokeCoachInput = z.infer<typeof revokeCoachInput>;

/** Removes a coach's access to the caller's plan, from the coach's next call on. */
export async function revokeCoach(backend: Backend, input: RevokeCoachInput): Promise<void> {
  const { linkId } = revokeCoachInput.parse(input);
  await backend.rpc('revoke_coach', { p_link_id: linkId });
}

export function useRevokeCoach() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RevokeCoachInput) => revokeCoach(backend!, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}
