// What a calendar date is ("2027-03-28"), and reading one: apart from the calendar's arithmetic
// (./calendar-date.ts) so that formatting a date (src/i18n/format.ts) does not bring it into
// pages that never compute one, the public survey page first.

export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  /** 1 to 12 */
  month: number;
  day: number;
}

/** The parts of a valid ISO date, or null ("2027-02-30" is not a date). */
export function parseIsoDate(text: string): DateParts | null {
  const match = isoDatePattern.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
