import { describe, expect, it } from 'vitest';
import { surveyTemplate } from '@/domain/survey-template';

describe('surveyTemplate', () => {
  it('turns the niche into five to seven questions in the survey’s language', () => {
    for (const locale of ['fr', 'en'] as const) {
      const template = surveyTemplate({ statement: 'productivité pour freelances introvertis', who: 'freelances introvertis', what: 'productivité' }, locale);
      expect(template.questions.length).toBeGreaterThanOrEqual(5);
      expect(template.questions.length).toBeLessThanOrEqual(7);
      expect(template.questions[0]!.prompt).toContain('productivité');
      expect(template.questions.filter((q) => q.kind === 'email_optin')).toHaveLength(1);
    }
    expect(surveyTemplate({ statement: 'x' }, 'fr').questions[0]!.prompt).toMatch(/derniers mois/);
    expect(surveyTemplate({ statement: 'x' }, 'en').questions[0]!.prompt).toMatch(/last three months/);
  });

  it('asks about past behaviour, not hypothetical intent', () => {
    const prompts = surveyTemplate({ statement: 'yoga for riders' }, 'en').questions.map((q) => q.prompt.toLowerCase());
    expect(prompts.some((p) => /would you (buy|pay|join)/.test(p))).toBe(false);
  });

  it('gives choice questions unique, stable option keys and scales a range', () => {
    for (const question of surveyTemplate({ statement: 's' }, 'en').questions) {
      const keys = question.options.map((o) => o.key);
      expect(new Set(keys).size).toBe(keys.length);
      if (question.kind === 'scale') expect(question.min! < question.max!).toBe(true);
    }
  });

  it('points the suggested threshold at a choice question and real option keys', () => {
    const template = surveyTemplate({ statement: 's' }, 'fr');
    const question = template.questions[template.suggestedThreshold.questionIndex]!;
    expect(question.kind).toBe('single_choice');
    for (const key of template.suggestedThreshold.optionKeys) expect(question.options.map((o) => o.key)).toContain(key);
  });
});
