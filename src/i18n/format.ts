// The one formatter module: numbers, percentages, amounts, dates, times and lists in the app's
// language (the one the reader chose, never the browser's). English is British English everywhere:
// "Monday 30 November 2026", "30 Nov 2026", 24-hour "22:03", "40%", "£1,200"; French is France's:
// "lundi 30 novembre 2026", "40 %", "1 000" (a narrow no-break space, as Intl writes it). Every
// Intl formatter is built once per language and options and shared, also with the messages
// (./runtime.ts formats plurals, `#` and `{n, number}` with these same functions).
import { parseIsoDate, type IsoDate } from '@/domain/iso-date';
import type { Currency } from '@/domain/monetization';
import type { Locale } from './runtime';

const tags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

function cached<A extends unknown[], F>(make: (...args: A) => F): (...args: A) => F {
  const made = new Map<string, F>();
  return (...args) => {
    const key = JSON.stringify(args);
    let formatter = made.get(key);
    if (!formatter) {
      formatter = make(...args);
      made.set(key, formatter);
    }
    return formatter;
  };
}

const numberFormat = cached((locale: Locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tags[locale], options));
const dateFormat = cached((locale: Locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tags[locale], options));
const pluralRules = cached((locale: Locale) => new Intl.PluralRules(tags[locale]));
const listFormat = cached((locale: Locale, type: Intl.ListFormatType) => new Intl.ListFormat(tags[locale], { style: 'long', type }));

/** Which plural form a count takes: "one" for 0 and 1 in French, for 1 only in English. */
export const pluralCategory = (count: number, locale: Locale): Intl.LDMLPluralRule => pluralRules(locale).select(count);

/** 1,234.5 / 1 234,5 — also a character counter's figures. */
export function formatNumber(value: number, locale: Locale, maxDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}

/** A share as a percentage: 0.085 → "8.5%" / "8,5 %". */
export function formatPercent(rate: number, locale: Locale, maxDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: maxDigits }).format(rate);
}

/** An amount in a currency: whole units from 100 up or when whole, cents below. */
export function formatMoney(amount: number, currency: Currency, locale: Locale): string {
  const whole = Math.abs(amount) >= 100 || Number.isInteger(amount);
  const digits = whole ? 0 : 2;
  return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
}

const dateStyles = {
  /** 30 Nov 2026 / 30 nov. 2026 */
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  /** 30 November 2026 / 30 novembre 2026 */
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  /** Monday 30 November 2026 / lundi 30 novembre 2026 */
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** Mon 30 Nov / lun. 30 nov. */
  short: { weekday: 'short', day: 'numeric', month: 'short' },
  /** 30 November / 30 novembre */
  dayMonth: { day: 'numeric', month: 'long' },
  /** 30 Nov / 30 nov. */
  dayMonthShort: { day: 'numeric', month: 'short' },
  /** Mon 30 / lun. 30 */
  weekdayDay: { weekday: 'short', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof dateStyles;

/** A calendar date, the same whatever the machine's time zone. */
export function formatDate(date: IsoDate, locale: Locale, style: DateStyle = 'medium'): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  return dateFormat(locale, { ...dateStyles[style], timeZone: 'UTC' }).format(Date.UTC(parts.year, parts.month - 1, parts.day, 12));
}

/** A month: "November 2026" / "novembre 2026". */
export function formatMonth(year: number, month: number, locale: Locale): string {
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15));
}

/** The names of the weekdays, Monday first. */
export function weekdayNames(locale: Locale, width: 'long' | 'short'): string[] {
  const format = dateFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i, 12)));
}

/**
 * An instant (a comment, a review, a share): "30 Nov 2026" or "30 Nov 2026, 22:03", in `timeZone`
 * (the reader's when absent).
 */
export function formatInstant(instant: string | number | Date, locale: Locale, withTime = false, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = withTime ? { ...dateStyles.medium, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : dateStyles.medium;
  return dateFormat(locale, timeZone ? { ...options, timeZone } : options).format(new Date(instant));
}

/** A time of day in a zone: "22:03". */
export function formatTime(instant: number, locale: Locale, timeZone: string): string {
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(instant);
}

/** The day an instant falls on in a zone: "Tue 1 Dec". */
export function formatZoneDay(instant: number, locale: Locale, timeZone: string): string {
  return dateFormat(locale, { ...dateStyles.short, timeZone }).format(instant);
}

/** "a, b and c" / "a, b et c"; as a disjunction, "a, b or c" / "a, b ou c". */
export function formatList(items: string[], locale: Locale, type: Intl.ListFormatType = 'conjunction'): string {
  return listFormat(locale, type).format(items);
}
