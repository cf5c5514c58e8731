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

// In a Supabase build, an inline script in index.html asks for the survey while the HTML is parsed,
// before any of the page's code has arrived (vite.config.ts, earlySurveyScript), and leaves the
// pending response here; the page's first identical call takes it. Its key is callKey's.
declare global {
  interface Window {
    __noyauEarlyCall?: { key: string; sent: Promise<Response> };
  }
}
const callKey = (url: string, fn: Fn, args: Record<string, unknown>) => `${url.replace(/\/$/, '')}\n${fn}\n${JSON.stringify(args)}`;

function takeEarlyCall(key: string): Promise<Response> | null {
  const early = typeof window === 'undefined' ? undefined : window.__noyauEarlyCall;
  if (early?.key !== key) return null;
  delete window.__noyauEarlyCall;
  return early.sent.catch((error: unknown) => {
    throw new BackendError('network', error instanceof Error ? error.message : String(error));
  });
}

/**
 * Supabase mode for the public page: one POST to PostgREST per call, with the anon key, so the
 * page loads no Supabase client and no auth code (DESIGN.md: the respondent page stays lean).
 */
export function postgrestRpc(url: string, anonKey: string): PublicRpc {
  return (fn, args) => read(fn, takeEarlyCall(callKey(url, fn, args)) ?? post(url, anonKey, fn, args));
}
