import { useQuery } from '@tanstack/react-query';
import { useBackend, useDbStatus } from '@/data/backend-context';

/** The current session (a local profile, or a Supabase user), under the key the app shell uses. */
export function useSession() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  return useQuery({ queryKey: ['session'], queryFn: () => backend!.session(), enabled: !!backend && ready });
}
