import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppConfig } from '@/config/env';
import type { Backend, Session } from '@/data/backend';
import { BackendContext } from '@/data/backend-context';
import { createBackend } from '@/data/create-backend';
import { BackendError } from '@/data/errors';
import { systemClock, type Clock } from '@/domain/clock';
import { sessionKey, userKeys } from '@/data/query-keys';
import { useT } from '@/i18n/i18n';
import { ClockContext } from '@/lib/clock';
import { usePlanDraft } from '@/stores/plan-draft';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A contract error will not change by asking again; a network error might.
        retry: (count, error) => count < 2 && (!(error instanceof BackendError) || error.key === 'network'),
        refetchOnWindowFocus: false,
      },
    },
  });
}

/**
 * Another profile or account: the cache (and the wizard draft) move to it in the same task, so
 * no render shows what was read for the previous one; what was read for it is forgotten.
 */
function followSession(queryClient: QueryClient, session: Session | null): void {
  const previous = queryClient.getQueryData<Session>(sessionKey);
  if (session) {
    usePlanDraft.getState().claim(session.userId);
    queryClient.setQueryData(sessionKey, session);
  } else {
    // Signed out: no user until the backend says who comes next.
    void queryClient.resetQueries({ queryKey: sessionKey });
  }
  if (previous && previous.userId !== session?.userId) queryClient.removeQueries({ queryKey: userKeys.all(previous.userId) });
  // The new user's data cached on an earlier visit, and the list of local profiles, may be stale.
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
}

let backendPromise: Promise<Backend> | null = null;

/**
 * Starts the backend before React renders anything: in local mode the database worker then opens
 * while the app's first route is still loading, instead of after it.
 */
export function startBackend(config: Exclude<AppConfig, { mode: 'invalid' }>): void {
  backendPromise ??= createBackend(config);
}

export function AppProviders({
  config,
  backend: given,
  clock = systemClock,
  children,
}: {
  config: Exclude<AppConfig, { mode: 'invalid' }>;
  /** A backend made elsewhere (tests); otherwise the one the configuration asks for. */
  backend?: Backend;
  /** The app's "now" (tests set the instant they need). */
  clock?: Clock;
  children: ReactNode;
}) {
  const [queryClient] = useState(makeQueryClient);
  const [backend, setBackend] = useState<Backend | null>(given ?? null);

  useEffect(() => {
    if (given) return;
    let active = true;
    startBackend(config);
    void backendPromise?.then((created) => {
      if (active) setBackend(created);
    });
    return () => {
      active = false;
    };
  }, [config, given]);

  useEffect(() => {
    if (!backend) return;
    return backend.onSessionChange((session) => followSession(queryClient, session));
  }, [backend, queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <ClockContext.Provider value={clock}>
        {backend ? <BackendContext.Provider value={backend}>{children}</BackendContext.Provider> : <Starting />}
      </ClockContext.Provider>
    </QueryClientProvider>
  );
}

/** The moment before the backend's adapter has loaded: nothing below AppProviders renders without it. */
function Starting() {
  const t = useT();
  return (
    <p className="app-starting muted" role="status">
      {t('common.loading')}
    </p>
  );
}
