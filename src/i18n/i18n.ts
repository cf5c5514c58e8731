import { useCallback } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type Locale = 'fr' | 'en';
export const locales: readonly Locale[] = ['fr', 'en'];
const catalogues = { fr, en } as const;

export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = catalogues[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: detectLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]),
      setLocale: (locale) => set({ locale }),
    }),
    { name: 'noyau.locale' },
  ),
);

export type Translate = (key: MessageKey, params?: Params) => string;

export function useT(): Translate {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}
