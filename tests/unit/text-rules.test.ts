import { describe, expect, it } from 'vitest';
import { checkAnswers, type AnswerQuestion } from '@/domain/survey-answers';
import { cleanText, isBlankText, isEmailAddress } from '@/domain/text-rules';

// The same cases as supabase/tests/database/10-public-hardening.sql: the browser and the
// database judge text and addresses alike.

describe('cleanText and isBlankText', () => {
  it.each(['\t', '\n', '\u00a0', '\u200b', ' \u3000\ufeff\u2060 ', '\u180e', '\u3164'])('%j is blank', (text) => {
    expect(isBlankText(text)).toBe(true);
  });

  it('trims invisible edges, keeps the inside and composes to NFC', () => {
    expect(cleanText('\u200b Cafe\u0301  au\u00a0lait \u00a0')).toBe('Café  au\u00a0lait');
  });
});

describe('isEmailAddress', () => {
  it.each(['a@b..com', '.a@x.com', 'a.@x.com', 'a..b@x.com', 'a@-b.com', 'a@b-.com', '<script>@x.io', 'a@b', 'a b@x.com', `${'a'.repeat(65)}@x.com`,
    `${'a'.repeat(64)}@${'b'.repeat(64)}.com`, `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`])('refuses %s', (email) => {
    expect(isEmailAddress(email)).toBe(false);
  });

  it.each(['a@x.com', 'first.last+tag@sub.example-domain.org', 'A_B@X-Y.IO', `${'a'.repeat(64)}@x.com`])('accepts %s', (email) => {
    expect(isEmailAddress(email)).toBe(true);
  });
});

describe('checkAnswers uses the rule', () => {
  const questions: AnswerQuestion[] = [
    { id: 'q1', kind: 'short_text', required: true, options: [], min: null, max: null },
    { id: 'q2', kind: 'email_optin', required: false, options: [], min: null, max: null },
  ];

  it('treats a zero-width space as no answer and sends texts and emails cleaned', () => {
    expect(checkAnswers(questions, { q1: '\u200b' }, '', false).errors).toEqual({ q1: 'required' });
    const check = checkAnswers(questions, { q1: ' Cafe\u0301\u00a0' }, '\u00a0fan@example.org\u200b', true);
    expect(check).toMatchObject({ answers: { q1: 'Café' }, email: 'fan@example.org', emailError: null });
    expect(checkAnswers(questions, { q1: 'x' }, 'a@b..com', true).emailError).toBe('invalid_email');
  });
});
