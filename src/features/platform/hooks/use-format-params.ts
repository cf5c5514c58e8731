import { useCallback } from 'react';
import { planCurrency, type Currency } from '@/domain/monetization';
import { formatMoney, formatNumber } from '@/i18n/format';
import { useLocale } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

/** Formats every number a message quotes in the reader's language (1,024 or 1 024). */
export function useFormatParams(): (params?: Record<string, string | number>) => Record<string, string> {
  const locale = useLocale();
  return useCallback(
    (params) => Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key, typeof value === 'number' ? formatNumber(value, locale, 3) : value])),
    [locale],
  );
}

/** An amount in the creator's currency (chosen on the launch step), or in the one given (a platform's price). */
export function useMoney(): (amount: number, currency?: Currency) => string {
  const locale = useLocale();
  const creatorCurrency = usePlanDraft((s) => planCurrency(s.sections));
  return useCallback((amount, currency = creatorCurrency) => formatMoney(amount, currency, locale), [creatorCurrency, locale]);
}
