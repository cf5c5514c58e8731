import { BackendError, fromPostgresError } from './errors';

/** How the public survey page calls its two functions, as `anon`, whatever the mode. */
export type PublicRpc = (fn: 'get_public_survey' | 'submit_response', args: Record<string, unknown>) => Promise<unknown>;

/**
 * Supabase mode for the public page: one POST to PostgREST per call, with the anon key, so the
 * page loads no Supabase client and no auth code (DESIGN.md: the respondent page stays lean).
 */
export function postgrestRpc(url: string, anonKey: string): PublicRpc {
  return async (fn, args) => {
    let response: Response;
    try {
      response = await fetch(`${url.replace(/\/$/, '')}/rest/v1/rpc/${fn}`, {
        method: 'POST',
        headers: { apikey: anonKey, Authorization: `Bearer ${anonKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
    } catch (error) {
      throw new BackendError('network', error instanceof Error ? error.message : String(error));
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      if (body && typeof body === 'object') throw fromPostgresError(body as { code?: string; message?: string; details?: string }, fn);
      throw new BackendError(response.status >= 500 ? 'network' : 'unknown', `HTTP ${response.status}`);
    }
    return body;
  };
}
