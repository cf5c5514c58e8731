import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatMoney, formatNumber, formatPercent, formatTime, weekdayNames } from '@/i18n/format';

// Intl separates French thousands with a narrow no-break space (U+202F) and puts a no-break space
// (U+00A0 or U+202F) before % and €.
const nnbsp = '\u202f';

describe('the formatter module', () => {
  it('writes the same date, number, percentage and amount in each language', () => {
    // ICU versions differ on the comma after the weekday (Node 20's has one, newer Chromium not).
    expect(formatDate('2026-11-30', 'en', 'weekday')).toMatch(/^Monday,? 30 November 2026$/);
    expect(formatDate('2026-11-30', 'fr', 'weekday')).toBe('lundi 30 novembre 2026');
    expect(formatDate('2026-11-30', 'en')).toBe('30 Nov 2026');
    expect(formatDate('2026-11-30', 'fr')).toBe('30 nov. 2026');
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(1000, 'fr')).toBe(`1${nnbsp}000`);
    expect(formatNumber(2.25, 'fr')).toBe('2,3');
    expect(formatPercent(0.4, 'en', 0)).toBe('40%');
    expect(formatPercent(0.4, 'fr', 0)).toMatch(/^40[\u00a0\u202f]%$/);
    expect(formatPercent(0.085, 'en')).toBe('8.5%');
    expect(formatPercent(0.085, 'fr')).toMatch(/^8,5[\u00a0\u202f]%$/);
    expect(formatMoney(15_000, 'EUR', 'en')).toBe('€15,000');
    expect(formatMoney(15_000, 'EUR', 'fr')).toMatch(/^15\u202f000[\u00a0\u202f]€$/);
    expect(formatMoney(9.5, 'CHF', 'en')).toMatch(/^CHF\s9\.50$/);
    expect(formatMoney(1_200, 'CAD', 'en')).toBe('CA$1,200');
    expect(formatMoney(49, 'USD', 'fr')).toMatch(/^49[\u00a0\u202f]\$US$/);
  });

  it('writes times on a 24-hour clock in English too, in the zone asked for', () => {
    const instant = Date.UTC(2026, 10, 23, 22, 3);
    expect(formatTime(instant, 'en', 'UTC')).toBe('22:03');
    expect(formatTime(instant, 'fr', 'Europe/Paris')).toBe('23:03');
    expect(formatInstant(instant, 'en', true, 'UTC')).toBe('23 Nov 2026, 22:03');
    expect(formatInstant(instant, 'en', false, 'UTC')).toBe('23 Nov 2026');
  });

  it('names the weekdays Monday first', () => {
    expect(weekdayNames('en', 'long')[0]).toBe('Monday');
    expect(weekdayNames('fr', 'short')[6]).toBe('dim.');
  });
});
