import { useCallback } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { MessageKey } from './en';
import type { MessageParams } from './message-params';
import { formatMessage, isLoaded, loadCatalogue, type Locale } from './runtime';

export { locales, type Locale } from './runtime';

export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

/** Any message's parameters, for code that passes them along without knowing the message. */
export type Params = Record<string, string | number | Date>;

/** True when K is several keys (a key built from data, `niche.lint.${rule}.title`). */
export type IsUnion<K, All = K> = K extends unknown ? ([All] extends [K] ? false : true) : never;

/**
 * The parameters a message takes, none for a message without any: `t('x', { wrong: 1 })` or a
 * missing one fails the type check. A key built from data may be any of several messages: it takes
 * any parameters (the catalogue test checks that both languages use the same ones).
 */
export type MessageArgs<K extends MessageKey> =
  true extends IsUnion<K> ? [params?: Params] : MessageParams[K] extends undefined ? [] : [params: MessageParams[K]];

/** A loaded language's message (the app loads the language it shows before showing it). */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...params: MessageArgs<K>): string {
  return formatMessage(locale, key, params[0]);
}

interface LocaleState {
  locale: Locale;
  /** Shows `locale` once its catalogue is loaded: until then the page stays in the language it was in. */
  setLocale: (locale: Locale) => void;
}

/** The last language asked for: a slower load of an earlier choice does not overwrite it. */
let requested: Locale | null = null;

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: detectLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]),
      setLocale: (locale) => {
        requested = locale;
        if (isLoaded(locale)) set({ locale });
        else
          void loadCatalogue(locale).then(() => {
            if (requested === locale) set({ locale });
          });
      },
    }),
    { name: 'noyau.locale' },
  ),
);

export type Translate = <K extends MessageKey>(key: K, ...params: MessageArgs<K>) => string;

export function useT(): Translate {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback<Translate>((key, ...params) => translate(locale, key, ...params), [locale]);
}

export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}
