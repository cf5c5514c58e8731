// The public survey page's messages: its own small catalogue (./areas/respond.ts), one language
// loaded, the survey's.
import { useEffect, useSyncExternalStore } from 'react';
import type { IsUnion, Params } from './i18n';
import type { RespondParams } from './message-params';
import { formatMessage, isLoaded, loadCatalogue, loadedCount, locales, subscribeCatalogues, type Locale } from './runtime';

export type RespondKey = keyof RespondParams;
type RespondArgs<K extends RespondKey> =
  true extends IsUnion<K> ? [params?: Params] : RespondParams[K] extends undefined ? [] : [params: RespondParams[K]];
export type RespondT = <K extends RespondKey>(key: K, ...params: RespondArgs<K>) => string;

const texts = new Map<Locale, RespondT>();
function respondText(locale: Locale): RespondT {
  let t = texts.get(locale);
  if (!t) {
    t = (key, ...params) => formatMessage(`respond-${locale}`, key, params[0]);
    texts.set(locale, t);
  }
  return t;
}

export const loadRespondCatalogue = (locale: Locale): Promise<void> => loadCatalogue(`respond-${locale}`);

/**
 * The messages in `wanted`, loading them if needed; until they arrive, in a language already
 * loaded (the page then stays as it was). Its page loads one language before it first renders.
 */
export function useRespondT(wanted: Locale): { t: RespondT; locale: Locale } {
  useSyncExternalStore(subscribeCatalogues, loadedCount, loadedCount);
  useEffect(() => {
    void loadRespondCatalogue(wanted);
  }, [wanted]);
  const locale = isLoaded(`respond-${wanted}`) ? wanted : locales.find((l) => isLoaded(`respond-${l}`));
  if (!locale) throw new Error('No survey page messages are loaded: loadRespondCatalogue first.');
  return { t: respondText(locale), locale };
}

/** Without a survey (unknown link), the page speaks the visitor's chosen app language, else the browser's. */
export function fallbackLocale(): Locale {
  try {
    const stored = JSON.parse(localStorage.getItem('noyau.locale') ?? 'null') as { state?: { locale?: unknown } } | null;
    if (stored?.state?.locale === 'fr' || stored?.state?.locale === 'en') return stored.state.locale;
  } catch {
    // No storage or unreadable: use the browser's language.
  }
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
