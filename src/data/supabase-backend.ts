import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Backend, FnArgs, FnName, FnReturns, RpcOptions, Session } from './backend';
import type { Database } from './database.types';
import { BackendError, fromPostgresError } from './errors';

/**
 * Supabase mode: every call is `supabase.rpc`. A visitor without an account gets an anonymous
 * sign-in (anonymous sign-ins must be enabled in the project), so their plan is kept and can be
 * claimed later by adding an email.
 */
export class SupabaseBackend implements Backend {
  readonly kind = 'supabase' as const;
  private readonly client: SupabaseClient<Database>;
  private anonClient: SupabaseClient<Database> | null = null;

  constructor(
    private readonly url: string,
    private readonly anonKey: string,
  ) {
    this.client = createClient<Database>(url, anonKey);
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
      throw fromPostgresError(error);
    }
    return data as FnReturns<F>;
  }

  async session(): Promise<Session> {
    const { data, error } = await this.client.auth.getSession();
    if (error) throw new BackendError('network', error.message);
    let user = data.session?.user ?? null;
    if (!user) {
      const signIn = await this.client.auth.signInAnonymously();
      if (signIn.error) throw new BackendError('not_authenticated', signIn.error.message);
      user = signIn.data.user;
    }
    if (!user) throw new BackendError('not_authenticated');
    return {
      userId: user.id,
      displayName: typeof user.user_metadata?.display_name === 'string' ? user.user_metadata.display_name : '',
      isAnonymous: user.is_anonymous ?? false,
    };
  }

  onSessionChange(listener: (session: Session | null) => void): () => void {
    const { data } = this.client.auth.onAuthStateChange((_event, session) => {
      const user = session?.user;
      listener(
        user
          ? {
              userId: user.id,
              displayName: typeof user.user_metadata?.display_name === 'string' ? user.user_metadata.display_name : '',
              isAnonymous: user.is_anonymous ?? false,
            }
          : null,
      );
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
