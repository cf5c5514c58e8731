import { useCallback } from 'react';
import { formatNumber } from '@/i18n/format';
import { useLocale } from '@/i18n/i18n';

/** Formats every number a message quotes in the reader's language (1,024 or 1 024). */
export function useFormatParams(): (params?: Record<string, string | number>) => Record<string, string> {
  const locale = useLocale();
  return useCallback(
    (params) => Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key, typeof value === 'number' ? formatNumber(value, locale, 3) : value])),
    [locale],
  );
}
