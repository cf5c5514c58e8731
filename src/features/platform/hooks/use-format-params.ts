import { useCallback } from 'react';
import { useLocale } from '@/i18n/i18n';

/** Formats every number a message quotes in the reader's language (1,024 or 1 024). */
export function useFormatParams(): (params?: Record<string, string | number>) => Record<string, string> {
  const locale = useLocale();
  return useCallback(
    (params) => {
      const format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US');
      return Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key, typeof value === 'number' ? format.format(value) : value]));
    },
    [locale],
  );
}
