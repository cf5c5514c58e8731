import { useCallback } from 'react';
import { useLocale, type Params } from '@/i18n/i18n';
import { formatMessage, hasMessage } from '@/i18n/runtime';

/**
 * A message that another step owns and names (a platform reason, say), or null when this
 * version of the catalogues has no such key: the summary then shows the raw value instead.
 */
export function useOptionalT(): (key: string, params?: Params) => string | null {
  const locale = useLocale();
  return useCallback((key, params) => (hasMessage(locale, key) ? formatMessage(locale, key, params) : null), [locale]);
}
