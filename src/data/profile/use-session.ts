import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { sessionKey } from '@/data/query-keys';

/** The session, asked once the local database is ready (a remote backend always is). */
export function sessionOptions(backend: Backend, ready: boolean) {
  return queryOptions({ queryKey: sessionKey, queryFn: () => backend.session(), enabled: ready });
}

/** The current session (a local profile, or a Supabase user): the one definition of the ['session'] query. */
export function useSession() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  return useQuery(sessionOptions(backend, ready));
}

/**
 * What every query of user data needs: the backend and whose data it reads (null until the
 * session is known; the queries wait for it).
 */
export function useUserScope(): { backend: Backend; userId: string | null } {
  const backend = useBackend();
  return { backend, userId: useSession().data?.userId ?? null };
}
