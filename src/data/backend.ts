import type { Database } from './database.types';

type Functions = Database['public']['Functions'];
export type FnName = keyof Functions;
export type FnArgs<F extends FnName> = Functions[F]['Args'];
export type FnReturns<F extends FnName> = Functions[F]['Returns'];

export interface Session {
  userId: string;
  displayName: string;
  isAnonymous: boolean;
  /** The account's email, when it has one (Supabase mode); local profiles have none. */
  email?: string | null;
}

export type ProfileRole = 'creator' | 'coach';

export interface LocalProfile {
  id: string;
  displayName: string;
  /** From app.profiles; a profile never saved is a creator. */
  roles: ProfileRole[];
}

export type DbStatus =
  | { state: 'starting' }
  | { state: 'ready'; persistent: boolean }
  | { state: 'failed'; reason: 'storage' | 'migration' | 'unknown'; detail: string };

/** Only the embedded backend has local profiles and a database lifecycle. */
export interface LocalControls {
  listProfiles(): Promise<LocalProfile[]>;
  /** A new local profile; its app.profiles row is written at once, with these roles (default: creator). */
  createProfile(displayName: string, roles?: ProfileRole[]): Promise<LocalProfile>;
  switchProfile(id: string): Promise<void>;
  loadDemo(): Promise<LocalProfile>;
  status(): DbStatus;
  onStatus(listener: (status: DbStatus) => void): () => void;
  retry(options?: { inMemory?: boolean }): void;
  reset(): Promise<void>;
}

/**
 * Only the Supabase backend has accounts: anonymous sign-in (automatic), email one-time codes,
 * adding an email to an anonymous account. Errors come back as BackendError (auth_* keys).
 */
export interface AccountControls {
  /** Sends a one-time code (and a sign-in link) to this email; signs in to that account once verified. */
  requestEmailCode(email: string): Promise<void>;
  verifyEmailCode(email: string, code: string): Promise<void>;
  /**
   * Adds an email to the current anonymous account: the same user id, so the plan is kept.
   * Supabase sends a confirmation code (and link) to the address.
   */
  addEmail(email: string): Promise<void>;
  verifyAddedEmail(email: string, code: string): Promise<void>;
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
  readonly account?: AccountControls;
}
