import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Backend, DbStatus } from './backend';

/** Provided by AppProviders, which renders nothing below it until the backend exists. */
export const BackendContext = createContext<Backend | null>(null);

/** The backend: it exists before any route renders, so no caller checks for it. */
export function useBackend(): Backend {
  const backend = useContext(BackendContext);
  if (!backend) throw new Error('useBackend is used outside AppProviders.');
  return backend;
}

const readyRemote: DbStatus = { state: 'ready', persistent: true };
const noop = () => () => undefined;

/** The local database's lifecycle; a remote backend is always "ready" (errors come per call). */
export function useDbStatus(): DbStatus {
  const local = useBackend().local;
  return useSyncExternalStore(local ? local.onStatus : noop, () => (local ? local.status() : readyRemote));
}
