import type { ShowIf } from './public-survey';
import { cleanText, isBlankText, isEmailAddress } from './text-rules';

// The browser's copy of submit_response's checks (the database checks again): what a respondent
// sees before sending, question by question.

export const TEXT_ANSWER_MAX = 2_000;
export const PAYLOAD_MAX_BYTES = 16 * 1024;

export interface AnswerQuestion {
  id: string;
  kind: 'single_choice' | 'multiple_choice' | 'scale' | 'short_text' | 'long_text' | 'email_optin';
  required: boolean;
  options: { key: string; label: string }[];
  min: number | null;
  max: number | null;
  show_if?: ShowIf | null;
}

export type AnswerValue = string | string[] | number;
export type AnswerError = 'required' | 'invalid' | 'too_long';
export type EmailError = 'invalid_email' | 'consent_required' | 'required';

export interface AnswerCheck {
  /** The payload to send: only answered questions, email_optin excluded (it travels as p_email). */
  answers: Record<string, AnswerValue>;
  errors: Record<string, AnswerError>;
  email: string | null;
  emailError: EmailError | null;
  tooLarge: boolean;
}

function isBlank(value: AnswerValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && isBlankText(value)) || (Array.isArray(value) && value.length === 0);
}

function checkOne(question: AnswerQuestion, value: AnswerValue): AnswerError | null {
  const keys = question.options.map((o) => o.key);
  switch (question.kind) {
    case 'single_choice':
      return typeof value === 'string' && keys.includes(value) ? null : 'invalid';
    case 'multiple_choice':
      return Array.isArray(value) && new Set(value).size === value.length && value.every((v) => keys.includes(v)) ? null : 'invalid';
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && value >= (question.min ?? 0) && value <= (question.max ?? 10)
        ? null
        : 'invalid';
    case 'short_text':
    case 'long_text':
      if (typeof value !== 'string') return 'invalid';
      return value.length > TEXT_ANSWER_MAX ? 'too_long' : null;
    case 'email_optin':
      return null;
  }
}

/** Whether an answer matches a rule: one of its options chosen, or a scale value in its range. */
export function matchesRule(rule: ShowIf, value: AnswerValue | undefined): boolean {
  if ('option_keys' in rule) {
    const chosen = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    return chosen.some((key) => rule.option_keys.includes(key));
  }
  return typeof value === 'number' && value >= rule.min && value <= rule.max;
}

/**
 * The questions a respondent is shown, in order, as submit_response decides it: a question
 * without a rule always; one with a rule when the question it depends on was shown and its
 * answer matches. What hangs on a hidden question is hidden.
 */
export function shownQuestionIds(questions: readonly AnswerQuestion[], values: Record<string, AnswerValue | undefined>): Set<string> {
  const shown = new Set<string>();
  for (const question of questions) {
    const rule = question.show_if;
    if (!rule || (shown.has(rule.question_id) && matchesRule(rule, values[rule.question_id]))) shown.add(question.id);
  }
  return shown;
}

export function checkAnswers(
  questions: AnswerQuestion[],
  values: Record<string, AnswerValue | undefined>,
  emailInput: string,
  consent: boolean,
): AnswerCheck {
  const answers: Record<string, AnswerValue> = {};
  const errors: Record<string, AnswerError> = {};
  let emailError: EmailError | null = null;
  const shown = shownQuestionIds(questions, values);
  let email = isBlankText(emailInput) ? null : cleanText(emailInput);

  for (const question of questions) {
    // A hidden question takes no answer: whatever was typed before its rule hid it stays on the
    // page but is not sent.
    if (!shown.has(question.id)) {
      if (question.kind === 'email_optin') email = null;
      continue;
    }
    if (question.kind === 'email_optin') {
      if (email === null) {
        if (question.required) emailError = 'required';
      } else if (!isEmailAddress(email)) {
        emailError = 'invalid_email';
      } else if (!consent) {
        emailError = 'consent_required';
      }
      continue;
    }
    const value = values[question.id];
    if (value === undefined || isBlank(value)) {
      if (question.required) errors[question.id] = 'required';
      continue;
    }
    const error = checkOne(question, value);
    if (error) errors[question.id] = error;
    else answers[question.id] = typeof value === 'string' ? cleanText(value) : value;
  }
  const tooLarge = new TextEncoder().encode(JSON.stringify(answers)).length > PAYLOAD_MAX_BYTES;
  return { answers, errors, email, emailError, tooLarge };
}

export function isSendable(check: AnswerCheck): boolean {
  return Object.keys(check.errors).length === 0 && check.emailError === null && !check.tooLarge;
}
