import { createClient, type SupabaseClient, type User } from '@supabase/supabase-js';
import type { AccountControls, Backend, FnArgs, FnName, FnReturns, RpcOptions, Session } from './backend';
import type { Database } from './database.types';
import { BackendError, fromPostgresError, type ErrorKey } from './errors';

function sessionOf(user: User): Session {
  return {
    userId: user.id,
    displayName: typeof user.user_metadata?.display_name === 'string' ? user.user_metadata.display_name : '',
    isAnonymous: user.is_anonymous ?? false,
    email: user.email || null,
  };
}

/** Supabase Auth's error codes, as the keys the UI has messages for. */
export function authErrorKey(error: { code?: string; status?: number; name?: string }): ErrorKey {
  if (error.name === 'AuthRetryableFetchError' || error.status === 0) return 'network';
  switch (error.code) {
    case 'otp_expired':
    case 'invalid_credentials':
    case 'bad_code_verifier':
      return 'auth_code_invalid';
    case 'email_address_invalid':
    case 'validation_failed':
    case 'email_address_not_authorized':
      return 'invalid_email';
    case 'email_exists':
    case 'user_already_exists':
    case 'identity_already_exists':
      return 'auth_email_taken';
    case 'over_email_send_rate_limit':
    case 'over_request_rate_limit':
      return 'auth_rate_limited';
    default:
      // A code this version does not know (or none): the HTTP status still tells a rate limit.
      return error.status === 429 ? 'auth_rate_limited' : 'auth_failed';
  }
}

function authError(error: { code?: string; status?: number; name?: string; message?: string }): BackendError {
  return new BackendError(authErrorKey(error), error.message);
}

/**
 * Supabase mode: every call is `supabase.rpc`. A visitor without an account gets an anonymous
 * sign-in (anonymous sign-ins must be enabled in the project), so their plan is kept and can be
 * claimed later by adding an email.
 */
export class SupabaseBackend implements Backend {
  readonly kind = 'supabase' as const;
  readonly account: AccountControls;
  private readonly client: SupabaseClient<Database>;
  private anonClient: SupabaseClient<Database> | null = null;

  constructor(
    private readonly url: string,
    private readonly anonKey: string,
    /** Tests pass a stand-in for supabase-js; the app lets it make the real one. */
    client?: SupabaseClient<Database>,
  ) {
    this.client = client ?? createClient<Database>(url, anonKey);
    // Links in the emails bring the person back to their account page, where the session is read.
    const redirect = () => (typeof window === 'undefined' ? undefined : `${window.location.origin}/account`);
    this.account = {
      requestEmailCode: async (email) => {
        const { error } = await this.client.auth.signInWithOtp({ email, options: { shouldCreateUser: true, emailRedirectTo: redirect() } });
        if (error) throw authError(error);
      },
      verifyEmailCode: async (email, code) => {
        const { error } = await this.client.auth.verifyOtp({ email, token: code, type: 'email' });
        if (error) throw authError(error);
      },
      // updateUser keeps the user id: the anonymous account, and so its plan, becomes the email's.
      addEmail: async (email) => {
        const { error } = await this.client.auth.updateUser({ email }, { emailRedirectTo: redirect() });
        if (error) throw authError(error);
      },
      verifyAddedEmail: async (email, code) => {
        const { error } = await this.client.auth.verifyOtp({ email, token: code, type: 'email_change' });
        if (error) throw authError(error);
        // The new token says is_anonymous: false, which the coach functions read.
        await this.client.auth.refreshSession();
      },
    };
  }

  async rpc<F extends FnName>(fn: F, args: FnArgs<F>, options: RpcOptions = {}): Promise<FnReturns<F>> {
    const client = options.asAnon ? this.publicClient() : this.client;
    if (!options.asAnon) await this.session();
    // supabase-js types rpc per function; the generic port re-establishes them from FnArgs/FnReturns.
    const call = client.rpc as unknown as (
      fn: string,
      args: Record<string, unknown>,
    ) => PromiseLike<{ data: unknown; error: { code?: string; message?: string; details?: string } | null }>;
    let response;
    try {
      response = await call.call(client, fn, args as Record<string, unknown>);
    } catch (error) {
      throw new BackendError('network', error instanceof Error ? error.message : String(error));
    }
    const { data, error } = response;
    if (error) {
      if (!error.code && /fetch|network/i.test(error.message ?? '')) throw new BackendError('network', error.message);
      throw fromPostgresError(error, fn);
    }
    return data as FnReturns<F>;
  }

  async session(): Promise<Session> {
    const { data, error } = await this.client.auth.getSession();
    if (error) throw new BackendError('network', error.message);
    const user = data.session?.user ?? (await this.signInAnonymously());
    return sessionOf(user);
  }

  // Several queries ask for the session at once on a first visit: one guest account for all.
  private signingIn: Promise<User> | null = null;
  private signInAnonymously(): Promise<User> {
    this.signingIn ??= this.client.auth
      .signInAnonymously()
      .then(({ data, error }) => {
        if (error) throw new BackendError('not_authenticated', error.message);
        if (!data.user) throw new BackendError('not_authenticated');
        return data.user;
      })
      .finally(() => {
        this.signingIn = null;
      });
    return this.signingIn;
  }

  onSessionChange(listener: (session: Session | null) => void): () => void {
    const { data } = this.client.auth.onAuthStateChange((_event, session) => {
      listener(session?.user ? sessionOf(session.user) : null);
    });
    return () => data.subscription.unsubscribe();
  }

  async signOut(): Promise<void> {
    const { error } = await this.client.auth.signOut();
    if (error) throw new BackendError('network', error.message);
  }

  // The public survey page calls as `anon` with a client that neither reads nor creates a session.
  private publicClient(): SupabaseClient<Database> {
    this.anonClient ??= createClient<Database>(this.url, this.anonKey, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
    return this.anonClient;
  }
}
