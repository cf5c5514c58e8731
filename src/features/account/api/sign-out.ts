import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';

/** Signs out. In Supabase mode the next visit starts as a new guest; a local profile is forgotten. */
export async function signOut(backend: Backend): Promise<void> {
  await backend.signOut();
}

export function useSignOut() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => signOut(backend), onSuccess: () => queryClient.invalidateQueries() });
}
