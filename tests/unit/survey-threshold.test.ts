import { describe, expect, it } from 'vitest';
import type { SurveyQuestion } from '@/domain/survey';
import { thresholdCandidates, thresholdFormDefaults, thresholdFormSchema, WAITLIST } from '@/domain/survey-threshold';

const choice: SurveyQuestion = {
  id: 'q1', position: 1, kind: 'single_choice', prompt: 'Would you pay?', required: true,
  options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }], min: null, max: null, show_if: null, evidence: 'opinion',
};
const scale: SurveyQuestion = { id: 'q2', position: 2, kind: 'scale', prompt: 'How much?', required: true, options: [], min: 1, max: 5, show_if: null, evidence: 'opinion' };
const text: SurveyQuestion = { id: 'q3', position: 3, kind: 'short_text', prompt: 'Why?', required: false, options: [], min: null, max: null, show_if: null, evidence: 'opinion' };
const questions = [choice, scale, text];
const codes = (values: Parameters<ReturnType<typeof thresholdFormSchema>['parse']>[0]) => {
  const result = thresholdFormSchema(questions).safeParse(values);
  return result.success ? result.data : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the success threshold form', () => {
  it('offers the questions whose answers can count, and starts at 40 % of 30 answers', () => {
    expect(thresholdCandidates(questions).map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(thresholdFormDefaults(questions, null)).toEqual({ questionId: 'q1', optionKeys: [], scaleMin: '', rate: '40', minResponses: '30' });
    expect(thresholdFormDefaults([text], null).questionId).toBe(WAITLIST);
  });

  it('gives update_survey its threshold, and says which rule a value breaks', () => {
    expect(codes({ questionId: 'q1', optionKeys: ['yes', 'gone'], scaleMin: '', rate: '40', minResponses: '30' })).toEqual({
      question_id: 'q1', option_keys: ['yes'], scale_min: null, target_rate: 0.4, min_responses: 30,
    });
    expect(codes({ questionId: 'q2', optionKeys: [], scaleMin: '4', rate: '12,5', minResponses: '5' })).toEqual({
      question_id: 'q2', option_keys: null, scale_min: 4, target_rate: 0.125, min_responses: 5,
    });
    expect(codes({ questionId: WAITLIST, optionKeys: [], scaleMin: '', rate: '10', minResponses: '100' })).toMatchObject({ question_id: null });
    expect(codes({ questionId: 'q1', optionKeys: [], scaleMin: '', rate: '0', minResponses: '4' })).toEqual({
      optionKeys: 'options_empty', rate: 'rate', minResponses: 'min_responses',
    });
    expect(codes({ questionId: 'q2', optionKeys: [], scaleMin: '6', rate: '101', minResponses: '2.5' })).toEqual({
      scaleMin: 'scale_min', rate: 'rate', minResponses: 'min_responses',
    });
  });
});
