import { useMemo } from 'react';
import type { IsoDate } from '@/domain/calendar-date';
import { formatDate, formatList, formatMonth, formatNumber, formatTime, formatZoneDay, weekdayNames } from '@/i18n/format';
import { useLocale } from '@/i18n/i18n';

/** The formats the rituals pages use, in the reader's language (src/i18n/format.ts). */
export function useDateFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      longDate: (date: IsoDate) => formatDate(date, locale, 'weekday'),
      shortDate: (date: IsoDate) => formatDate(date, locale, 'short'),
      dayMonth: (date: IsoDate) => formatDate(date, locale, 'dayMonth'),
      monthTitle: (year: number, month: number) => formatMonth(year, month, locale),
      weekdaysShort: weekdayNames(locale, 'short'),
      weekdaysLong: weekdayNames(locale, 'long'),
      time: (ms: number, zone: string) => formatTime(ms, locale, zone),
      /** The day in another zone, for a time that falls on another date there. */
      zoneDay: (ms: number, zone: string) => formatZoneDay(ms, locale, zone),
      list: (items: string[]) => formatList(items, locale),
      hours: (hours: number) => formatNumber(hours, locale),
    }),
    [locale],
  );
}
