import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppConfig } from '@/config/env';
import type { Backend } from '@/data/backend';
import { BackendContext } from '@/data/backend-context';
import { createBackend } from '@/data/create-backend';
import { BackendError } from '@/data/errors';
import { systemClock, type Clock } from '@/domain/clock';
import { ClockContext } from '@/lib/clock';

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
    void backendPromise!.then((created) => {
      if (active) setBackend(created);
    });
    return () => {
      active = false;
    };
  }, [config, given]);

  useEffect(() => {
    if (!backend) return;
    return backend.onSessionChange(() => {
      void queryClient.invalidateQueries();
    });
  }, [backend, queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <ClockContext.Provider value={clock}>
        <BackendContext.Provider value={backend}>{children}</BackendContext.Provider>
      </ClockContext.Provider>
    </QueryClientProvider>
  );
}
