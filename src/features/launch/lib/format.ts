import { parseIsoDate, type IsoDate } from '@/domain/calendar-date';
import type { Locale } from '@/i18n/i18n';

/** "24 Nov 2026" / "24 nov. 2026": a calendar date, whatever the machine's time zone. */
export function formatDate(date: IsoDate, locale: Locale, style: 'medium' | 'long' | 'weekday' = 'medium'): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  const options: Intl.DateTimeFormatOptions =
    style === 'weekday' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { dateStyle: style };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(parts.year, parts.month - 1, parts.day));
}

export function formatNumber(value: number, locale: Locale, maxDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}
