// Checked by hand, without a schema library: this runs on every page, the public survey page
// included, whose budget leaves no room for one (issue 11). Supabase mode needs both variables;
// with neither, the app runs in local (embedded) mode.
function urlProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'a URL is required';
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'the URL must start with https:// (or http://)';
  } catch {
    return 'not a URL';
  }
}

function keyProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'the anon key is required';
  return value.trim().length >= 20 ? null : 'too short to be an anon key';
}

export type AppConfig =
  | { mode: 'embedded' }
  | { mode: 'supabase'; supabaseUrl: string; supabaseAnonKey: string }
  | { mode: 'invalid'; problems: string[] };

export function parseEnv(env: Record<string, unknown>): AppConfig {
  const url = blankToUndefined(env.VITE_SUPABASE_URL);
  const key = blankToUndefined(env.VITE_SUPABASE_ANON_KEY);
  if (url === undefined && key === undefined) return { mode: 'embedded' };
  const problems = [
    ['VITE_SUPABASE_URL', urlProblem(url)],
    ['VITE_SUPABASE_ANON_KEY', keyProblem(key)],
  ].flatMap(([name, problem]) => (problem ? [`${name}: ${problem}`] : []));
  if (problems.length > 0) return { mode: 'invalid', problems };
  return { mode: 'supabase', supabaseUrl: (url as string).trim(), supabaseAnonKey: (key as string).trim() };
}

function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

export const appConfig: AppConfig = parseEnv(import.meta.env);
