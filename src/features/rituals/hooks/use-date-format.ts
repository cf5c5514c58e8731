import { useMemo } from 'react';
import { dateParts, type IsoDate } from '@/domain/calendar-date';
import { useLocale } from '@/i18n/i18n';

const noonUtc = (date: IsoDate) => {
  const d = dateParts(date);
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
};

/** Dates and times in the reader's language; calendar dates are never shifted by a time zone. */
export function useDateFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
    const longDate = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const shortDate = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    const dayMonth = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const monthTitle = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const weekdayShort = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
    const weekdayLong = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
    const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
    const times = new Map<string, Intl.DateTimeFormat>();
    const timeFormat = (zone: string) => {
      let format = times.get(zone);
      if (!format) {
        format = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
        times.set(zone, format);
      }
      return format;
    };
    const zoneDays = new Map<string, Intl.DateTimeFormat>();
    const zoneDay = (zone: string) => {
      let format = zoneDays.get(zone);
      if (!format) {
        format = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone });
        zoneDays.set(zone, format);
      }
      return format;
    };
    // 2024-01-01 was a Monday.
    const mondayFirst = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i, 12)));
    return {
      longDate: (date: IsoDate) => longDate.format(noonUtc(date)),
      shortDate: (date: IsoDate) => shortDate.format(noonUtc(date)),
      dayMonth: (date: IsoDate) => dayMonth.format(noonUtc(date)),
      monthTitle: (year: number, month: number) => monthTitle.format(new Date(Date.UTC(year, month - 1, 15))),
      weekdaysShort: mondayFirst.map((d) => weekdayShort.format(d)),
      weekdaysLong: mondayFirst.map((d) => weekdayLong.format(d)),
      time: (ms: number, zone: string) => timeFormat(zone).format(new Date(ms)),
      /** The day in another zone, for a time that falls on another date there. */
      zoneDay: (ms: number, zone: string) => zoneDay(zone).format(new Date(ms)),
      list: (items: string[]) => list.format(items),
      hours: (hours: number) => number.format(hours),
    };
  }, [locale]);
}
