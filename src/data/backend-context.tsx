import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Backend, DbStatus } from './backend';

export const BackendContext = createContext<Backend | null>(null);

/** The backend, or null while its adapter is still loading: the UI renders meanwhile. */
export function useBackend(): Backend | null {
  return useContext(BackendContext);
}

const readyRemote: DbStatus = { state: 'ready', persistent: true };
const loading: DbStatus = { state: 'starting' };
const noop = () => () => undefined;

/** The local database's lifecycle; a remote backend is always "ready" (errors come per call). */
export function useDbStatus(): DbStatus {
  const backend = useBackend();
  const local = backend?.local;
  return useSyncExternalStore(
    local ? local.onStatus : noop,
    () => (local ? local.status() : backend ? readyRemote : loading),
  );
}
