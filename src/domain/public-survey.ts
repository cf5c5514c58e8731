// get_public_survey's answer (DESIGN.md, the public contract), checked without a schema library:
// the public page loads this and nothing bigger (issue 11: no schema library over 3 KB on /s/:slug).
// domain/survey.ts checks at compile time that this shape and its zod question schema agree.

export type PublicQuestionKind = 'single_choice' | 'multiple_choice' | 'scale' | 'short_text' | 'long_text' | 'email_optin';

/**
 * A conditional question's rule (additive to the contract): shown only when the answer to an
 * earlier question is one of these options, or a scale value in [min, max].
 */
export type ShowIf = { question_id: string; option_keys: string[] } | { question_id: string; min: number; max: number };

export interface PublicQuestion {
  id: string;
  position: number;
  kind: PublicQuestionKind;
  prompt: string;
  required: boolean;
  options: { key: string; label: string }[];
  min: number | null;
  max: number | null;
  show_if: ShowIf | null;
}

export interface PublicSurvey {
  id: string;
  slug: string;
  title: string;
  intro: string;
  locale: 'fr' | 'en';
  status: 'open' | 'closed';
  questions: PublicQuestion[];
}

const kinds: readonly string[] = ['single_choice', 'multiple_choice', 'scale', 'short_text', 'long_text', 'email_optin'];

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumberOrNull = (value: unknown) => value === null || typeof value === 'number';

function isOption(value: unknown): value is { key: string; label: string } {
  return isObject(value) && isString(value.key) && isString(value.label);
}

/** The rule as the page may use it; a question without one (older servers: absent) has null. */
function readShowIf(value: unknown): ShowIf | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isObject(value) || !isString(value.question_id)) return undefined;
  const { question_id } = value;
  if (Array.isArray(value.option_keys) && value.option_keys.every(isString)) return { question_id, option_keys: value.option_keys };
  if (typeof value.min === 'number' && typeof value.max === 'number') return { question_id, min: value.min, max: value.max };
  return undefined;
}

function isQuestion(value: unknown): value is Omit<PublicQuestion, 'show_if'> & { show_if?: unknown } {
  return (
    isObject(value) &&
    isString(value.id) &&
    typeof value.position === 'number' &&
    isString(value.kind) &&
    kinds.includes(value.kind) &&
    isString(value.prompt) &&
    typeof value.required === 'boolean' &&
    Array.isArray(value.options) &&
    value.options.every(isOption) &&
    isNumberOrNull(value.min) &&
    isNumberOrNull(value.max) &&
    readShowIf(value.show_if) !== undefined
  );
}

/** The survey as the page may use it, or an error naming what does not fit the contract. */
export function parsePublicSurvey(value: unknown): PublicSurvey {
  if (
    isObject(value) &&
    isString(value.id) &&
    isString(value.slug) &&
    isString(value.title) &&
    isString(value.intro) &&
    (value.locale === 'fr' || value.locale === 'en') &&
    (value.status === 'open' || value.status === 'closed') &&
    Array.isArray(value.questions) &&
    value.questions.every(isQuestion)
  ) {
    // Only the contract's fields: extra ones (growth) are left out, as zod's object did.
    const { id, slug, title, intro, locale, status } = value;
    const questions = value.questions.map(({ id, position, kind, prompt, required, options, min, max, show_if }) => ({
      id, position, kind, prompt, required, options: options.map(({ key, label }) => ({ key, label })), min, max,
      show_if: readShowIf(show_if) ?? null,
    }));
    return { id, slug, title, intro, locale, status, questions } as PublicSurvey;
  }
  throw new TypeError('get_public_survey returned something that is not a public survey.');
}
