// Numbers, percentages, amounts, dates and times in the app's language (not the browser's).
// English is British English everywhere ("Monday 30 November 2026", 24-hour clock); French is
// France's ("lundi 30 novembre 2026", "1 000" with a narrow no-break space). Every Intl
// formatter is built once per language and options, here, and shared with the messages
// (./runtime.ts formats their plurals and numbers with these same formatters).
import type { Locale } from './runtime';

const tags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The BCP 47 tag each language formats with. */
export const languageTag = (locale: Locale): string => tags[locale];

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

/** The Intl formatters, cached: intl-messageformat's `formatters` shape. */
export const formatters = {
  getNumberFormat: cached((tag?: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options)),
  getDateTimeFormat: cached((tag?: string | string[], options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options)),
  getPluralRules: cached((tag?: string | string[], options?: Intl.PluralRulesOptions) => new Intl.PluralRules(tag, options)),
};
