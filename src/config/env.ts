import * as z from 'zod/mini';

// zod/mini: this runs on every page, the public survey page included, so it must stay small.
// Supabase mode needs both variables; with neither, the app runs in local (embedded) mode.
const supabaseEnv = z.object({
  VITE_SUPABASE_URL: z.url({ protocol: /^https?$/ }),
  VITE_SUPABASE_ANON_KEY: z.string().check(z.trim(), z.minLength(20)),
});

export type AppConfig =
  | { mode: 'embedded' }
  | { mode: 'supabase'; supabaseUrl: string; supabaseAnonKey: string }
  | { mode: 'invalid'; problems: string[] };

export function parseEnv(env: Record<string, unknown>): AppConfig {
  const url = blankToUndefined(env.VITE_SUPABASE_URL);
  const key = blankToUndefined(env.VITE_SUPABASE_ANON_KEY);
  if (url === undefined && key === undefined) return { mode: 'embedded' };
  const parsed = supabaseEnv.safeParse({ VITE_SUPABASE_URL: url, VITE_SUPABASE_ANON_KEY: key });
  if (!parsed.success) {
    return {
      mode: 'invalid',
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  return {
    mode: 'supabase',
    supabaseUrl: parsed.data.VITE_SUPABASE_URL,
    supabaseAnonKey: parsed.data.VITE_SUPABASE_ANON_KEY,
  };
}

function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

export const appConfig: AppConfig = parseEnv(import.meta.env);
