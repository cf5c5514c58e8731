import type { DbStatus, ProfileRole } from '../backend';
import type { RpcCall } from './rpc';

export type WorkerRequest =
  /**
   * `image`: where the database image is; `prefetched` when the page fetched it early and sends
   * it next ('image'), so the host waits for that rather than fetching it again.
   */
  | { type: 'open'; inMemory: boolean; image?: { url: string; prefetched: boolean } }
  | { type: 'image'; blob: Blob | null }
  | { type: 'rpc'; call: RpcCall }
  | { type: 'listProfiles' }
  | { type: 'createProfile'; displayName: string; roles?: ProfileRole[] }
  /**
   * The profile a session acts as, in one step: `preferred` if it exists, else the first profile,
   * else a new unnamed one (a first visit). Two tabs, or a session and a "New profile…", cannot
   * both find no profile and both create the first one.
   */
  | { type: 'sessionProfile'; preferred: string | null }
  | { type: 'loadDemo' }
  | { type: 'reset' };

export type WorkerResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: SerializedError };

export interface SerializedError {
  code?: string;
  message: string;
  detail?: string;
}

export type WorkerEvent = { type: 'status'; status: DbStatus };

