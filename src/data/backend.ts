import type { Database } from './database.types';

type Functions = Database['public']['Functions'];
export type FnName = keyof Functions;
export type FnArgs<F extends FnName> = Functions[F]['Args'];
export type FnReturns<F extends FnName> = Functions[F]['Returns'];

export interface Session {
  userId: string;
  displayName: string;
  isAnonymous: boolean;
}

export interface LocalProfile {
  id: string;
  displayName: string;
}

export type DbStatus =
  | { state: 'starting' }
  | { state: 'ready'; persistent: boolean }
  | { state: 'failed'; reason: 'storage' | 'migration' | 'unknown'; detail: string };

/** Only the embedded backend has local profiles and a database lifecycle. */
export interface LocalControls {
  listProfiles(): Promise<LocalProfile[]>;
  createProfile(displayName: string): Promise<LocalProfile>;
  switchProfile(id: string): Promise<void>;
  loadDemo(): Promise<LocalProfile>;
  status(): DbStatus;
  onStatus(listener: (status: DbStatus) => void): () => void;
  retry(options?: { inMemory?: boolean }): void;
  reset(): Promise<void>;
}

export interface RpcOptions {
  /** Call as the anonymous public role even when a session exists (the public survey page). */
  asAnon?: boolean;
}

/** The one port every feature talks to; adapters: SupabaseBackend and EmbeddedBackend. */
export interface Backend {
  readonly kind: 'embedded' | 'supabase';
  rpc<F extends FnName>(fn: F, args: FnArgs<F>, options?: RpcOptions): Promise<FnReturns<F>>;
  /** The current session, creating one if needed (a local profile, or an anonymous sign-in). */
  session(): Promise<Session>;
  onSessionChange(listener: (session: Session | null) => void): () => void;
  signOut(): Promise<void>;
  readonly local?: LocalControls;
}
