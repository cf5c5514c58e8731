// The public page's first script (index.html): in Supabase mode it asks for the survey at once,
// so the answer travels while the page's code downloads. Kept tiny and free of the env parser:
// a bad configuration only makes this early call fail, and the page then says what is wrong.
import { startEarlyCall } from '@/data/public-rpc';

/** The survey's slug in /s/:slug (as written, if it is not valid percent-encoding). */
export function surveySlugFromPath(pathname: string = location.pathname): string {
  const raw = pathname.replace(/^\/s\//, '').replace(/\/$/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function startSurveyRequest(): void {
  const url: unknown = import.meta.env.VITE_SUPABASE_URL;
  const key: unknown = import.meta.env.VITE_SUPABASE_ANON_KEY;
  if (typeof url !== 'string' || typeof key !== 'string' || !/^https?:\/\//.test(url) || key.trim() === '') return;
  startEarlyCall(url, key.trim(), 'get_public_survey', { p_slug: surveySlugFromPath() });
}
