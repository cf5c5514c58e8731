// One rule for text and one for email addresses, the same as app.clean_text and
// app.is_email_address in SQL (supabase/migrations/20261130200000_input_rules.sql): the browser
// judges an answer or an address exactly as the database will.

// White space and invisible format characters: ASCII white space, NEL, no-break and typographic
// spaces, soft hyphen, zero-width characters, bidi marks and isolates, word joiner, Hangul
// fillers, BOM. Listed, not \s, so that the class is the SQL one character for character.
// U+034F (combining grapheme joiner) stands apart: inside a class it would combine with its neighbour.
const EDGE = '(?:[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u00ad\\u115f\\u1160\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000\\u3164\\ufeff\\uffa0]|\\u034f)';
const edges = new RegExp(`^${EDGE}+|${EDGE}+$`, 'gu');

/** NFC, without the white space and invisible characters around it: what the database stores. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(edges, '');
}

/** Blank as the database judges it: nothing left once cleaned (a tab, a zero-width space…). */
export function isBlankText(text: string): boolean {
  return cleanText(text) === '';
}

export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_LOCAL_MAX_LENGTH = 64;

const atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const emailPattern = new RegExp(`^${atom}(?:\\.${atom})*@${label}(?:\\.${label})+$`);

/**
 * The HTML email input's rule made stricter: a dot-atom local part (no leading, trailing or
 * doubled dot), domain labels that neither start nor end with "-", at least one dot, and the RFC
 * lengths (local part 64, label 63, address 254). Lengths first: no regex on a long string.
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > EMAIL_MAX_LENGTH) return false;
  const at = value.indexOf('@');
  if (at < 0 || at > EMAIL_LOCAL_MAX_LENGTH) return false;
  if (value.slice(at + 1).split('.').some((part) => part.length > 63)) return false;
  return emailPattern.test(value);
}
