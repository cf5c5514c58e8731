import { useCallback } from 'react';
import { en, type MessageKey } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { translate, useLocale, type Params } from '@/i18n/i18n';

/**
 * A message that another step owns and names (a platform reason, say), or null when this
 * version of the catalogues has no such key: the summary then shows the raw value instead.
 */
export function useOptionalT(): (key: string, params?: Params) => string | null {
  const locale = useLocale();
  return useCallback(
    (key, params) => {
      const catalogue: Record<string, string> = locale === 'fr' ? fr : en;
      return Object.hasOwn(catalogue, key) ? translate(locale, key as MessageKey, params) : null;
    },
    [locale],
  );
}
