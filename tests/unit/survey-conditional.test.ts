import { describe, expect, it } from 'vitest';
import { checkAnswers, shownQuestionIds, type AnswerQuestion } from '@/domain/survey-answers';
import { parsePublicSurvey } from '@/domain/public-survey';

// The browser's copy of submit_response's rule for conditional questions (tests/db/
// survey-conditional.test.ts holds the database to the same cases).
const options = [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }, { key: 'maybe', label: 'Not sure' }];
const questions: AnswerQuestion[] = [
  { id: 'paid', kind: 'single_choice', required: true, options, min: null, max: null },
  { id: 'what', kind: 'short_text', required: true, options: [], min: null, max: null, show_if: { question_id: 'paid', option_keys: ['yes'] } },
  { id: 'weight', kind: 'scale', required: false, options: [], min: 0, max: 10, show_if: { question_id: 'paid', option_keys: ['yes', 'maybe'] } },
  { id: 'story', kind: 'long_text', required: false, options: [], min: null, max: null, show_if: { question_id: 'weight', min: 7, max: 10 } },
  { id: 'email', kind: 'email_optin', required: true, options: [], min: null, max: null, show_if: { question_id: 'paid', option_keys: ['yes'] } },
];

describe('shownQuestionIds', () => {
  it.each<[string, Record<string, string | number | string[]>, string[]]>([
    ['nothing answered yet', {}, ['paid']],
    ['"yes"', { paid: 'yes' }, ['paid', 'what', 'weight', 'email']],
    ['"no"', { paid: 'no' }, ['paid']],
    ['"maybe" and 8 on the scale', { paid: 'maybe', weight: 8 }, ['paid', 'weight', 'story']],
    ['"maybe" and 6 on the scale', { paid: 'maybe', weight: 6 }, ['paid', 'weight']],
    ['"no" with a stale 9 on the hidden scale', { paid: 'no', weight: 9 }, ['paid']],
  ])('after %s', (_, values, shown) => {
    expect([...shownQuestionIds(questions, values)]).toEqual(shown);
  });

  it('reads a multiple choice: any chosen option that the rule lists', () => {
    const multi: AnswerQuestion[] = [
      { id: 'tried', kind: 'multiple_choice', required: false, options, min: null, max: null },
      { id: 'why', kind: 'short_text', required: false, options: [], min: null, max: null, show_if: { question_id: 'tried', option_keys: ['maybe'] } },
    ];
    expect(shownQuestionIds(multi, { tried: ['yes', 'maybe'] }).has('why')).toBe(true);
    expect(shownQuestionIds(multi, { tried: ['yes', 'no'] }).has('why')).toBe(false);
  });
});

describe('checkAnswers with rules', () => {
  it('requires a required question only when shown, and sends nothing for a hidden one', () => {
    const shown = checkAnswers(questions, { paid: 'yes' }, '', false);
    expect(shown.errors).toEqual({ what: 'required' });
    expect(shown.emailError).toBe('required');

    const hidden = checkAnswers(questions, { paid: 'no', what: 'Typed before changing my mind', weight: 9 }, 'lea@example.org', true);
    expect(hidden.errors).toEqual({});
    expect(hidden.emailError).toBeNull();
    expect(hidden.answers).toEqual({ paid: 'no' });
    expect(hidden.email).toBeNull();
  });
});

describe('parsePublicSurvey', () => {
  const survey = (show_if: unknown) => ({
    id: 's', slug: 'x', title: 'T', intro: '', locale: 'en', status: 'open',
    questions: [{ id: 'q', position: 1, kind: 'short_text', prompt: 'P', required: false, options: [], min: null, max: null, show_if }],
  });
  it('keeps a rule of either form, and null (or absent, from an older server) as no rule', () => {
    expect(parsePublicSurvey(survey({ question_id: 'p', option_keys: ['a'] })).questions[0]?.show_if).toEqual({ question_id: 'p', option_keys: ['a'] });
    expect(parsePublicSurvey(survey({ question_id: 'p', min: 1, max: 2, extra: true })).questions[0]?.show_if).toEqual({ question_id: 'p', min: 1, max: 2 });
    expect(parsePublicSurvey(survey(null)).questions[0]?.show_if).toBeNull();
    expect(parsePublicSurvey(survey(undefined)).questions[0]?.show_if).toBeNull();
  });
  it('refuses a rule that is neither', () => {
    expect(() => parsePublicSurvey(survey({ question_id: 'p' }))).toThrow(TypeError);
    expect(() => parsePublicSurvey(survey('yes'))).toThrow(TypeError);
  });
});
