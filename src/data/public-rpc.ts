import { BackendError, fromPostgresError } from './errors';

/** How the public survey page calls its two functions, as `anon`, whatever the mode. */
export type PublicRpc = (fn: 'get_public_survey' | 'submit_response', args: Record<string, unknown>) => Promise<unknown>;

type Fn = Parameters<PublicRpc>[0];

/** One POST to PostgREST with the anon key; the network failing is a BackendError('network'). */
function post(url: string, anonKey: string, fn: Fn, args: Record<string, unknown>): Promise<Response> {
  return fetch(`${url.replace(/\/$/, '')}/rest/v1/rpc/${fn}`, {
    method: 'POST',
    headers: { apikey: anonKey, Authorization: `Bearer ${anonKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  }).catch((error: unknown) => {
    throw new BackendError('network', error instanceof Error ? error.message : String(error));
  });
}

async function read(fn: Fn, sent: Promise<Response>): Promise<unknown> {
  const response = await sent;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (body && typeof body === 'object') throw fromPostgresError(body as { code?: string; message?: string; details?: string }, fn);
    throw new BackendError(response.status >= 500 ? 'network' : 'unknown', `HTTP ${response.status}`);
  }
  return body;
}

// A call started by the page's first script, before the page's code arrives (index.html), and
// handed to the first identical call: the survey loads while React downloads.
let early: { key: string; sent: Promise<Response> } | null = null;
const callKey = (url: string, fn: Fn, args: Record<string, unknown>) => `${url}\n${fn}\n${JSON.stringify(args)}`;

export function startEarlyCall(url: string, anonKey: string, fn: Fn, args: Record<string, unknown>): void {
  const sent = post(url, anonKey, fn, args);
  sent.catch(() => undefined); // read when taken; never an unhandled rejection meanwhile
  early = { key: callKey(url, fn, args), sent };
}

/**
 * Supabase mode for the public page: one POST to PostgREST per call, with the anon key, so the
 * page loads no Supabase client and no auth code (DESIGN.md: the respondent page stays lean).
 */
export function postgrestRpc(url: string, anonKey: string): PublicRpc {
  return (fn, args) => {
    const key = callKey(url, fn, args);
    if (early?.key === key) {
      const { sent } = early;
      early = null;
      return read(fn, sent);
    }
    return read(fn, post(url, anonKey, fn, args));
  };
}
