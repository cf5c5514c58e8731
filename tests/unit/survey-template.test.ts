import { describe, expect, it } from 'vitest';
import { capitalise, surveyTemplate } from '@/domain/survey-template';
import { templateText } from '@/features/survey-builder/lib/template-text';

const template = (niche: { statement: string; who?: string; what?: string }, locale: 'fr' | 'en') => surveyTemplate(niche, locale, templateText(locale));
const prompts = (niche: { statement: string; who?: string; what?: string }, locale: 'fr' | 'en') => template(niche, locale).questions.map((q) => q.prompt);

describe('surveyTemplate', () => {
  it('turns the niche into five to seven questions in the survey’s language', () => {
    for (const locale of ['fr', 'en'] as const) {
      const built = template({ statement: 'productivité pour freelances introvertis', who: 'freelances introvertis', what: 'productivité' }, locale);
      expect(built.questions.length).toBeGreaterThanOrEqual(5);
      expect(built.questions.length).toBeLessThanOrEqual(7);
      expect(built.questions.filter((q) => q.kind === 'email_optin')).toHaveLength(1);
    }
    expect(prompts({ statement: 'x' }, 'fr')[0]).toMatch(/derniers mois/);
    expect(prompts({ statement: 'x' }, 'en')[0]).toMatch(/last three months/);
  });

  it('quotes a short subject in a sentence, and keeps a long niche out of the questions', () => {
    expect(prompts({ statement: 'productivity for introverted freelancers', who: 'introverted freelancers', what: 'productivity' }, 'en').slice(0, 2)).toEqual([
      'In the last three months, did you look for help with “productivity”?',
      'Where have you already talked about it with other introverted freelancers?',
    ]);
    expect(prompts({ statement: 'productivité pour freelances introvertis', who: 'freelances introvertis', what: 'productivité' }, 'fr').slice(0, 2)).toEqual([
      'Au cours des trois derniers mois, avez-vous cherché de l’aide sur « productivité » ?',
      'Où en avez-vous déjà parlé avec d’autres freelances introvertis ?',
    ]);
    // Seven words, nothing shorter to quote: the questions speak of "this subject"; the title names it.
    const long = { statement: 'productivity for introverted freelance designers working remotely' };
    expect(prompts(long, 'en').slice(0, 2)).toEqual([
      'In the last three months, did you look for help on this subject?',
      'Where have you already talked about it with people in the same situation?',
    ]);
    expect(prompts(long, 'fr').slice(0, 2)).toEqual([
      'Au cours des trois derniers mois, avez-vous cherché de l’aide à ce sujet ?',
      'Où en avez-vous déjà parlé avec des personnes dans la même situation ?',
    ]);
    for (const locale of ['fr', 'en'] as const) {
      for (const prompt of prompts(long, locale)) expect(prompt).not.toContain('freelance designers');
    }
    // A short statement is the subject when no "what" is given.
    expect(prompts({ statement: 'yoga for riders' }, 'en')[0]).toBe('In the last three months, did you look for help with “yoga for riders”?');
  });

  it('names the survey after the niche with its first letter in capital, as each language writes it', () => {
    expect(template({ statement: 'productivity for introverted freelance designers working remotely' }, 'en').title).toBe(
      'Productivity for introverted freelance designers working remotely: your experience',
    );
    expect(template({ statement: 'élevage de poules en ville' }, 'fr').title).toBe('Élevage de poules en ville : votre expérience');
    expect(template({ statement: '  ' }, 'fr').title).toBe('Votre expérience');
    expect(capitalise('ijsselmeer sailing', 'en')).toBe('Ijsselmeer sailing');
    expect(capitalise('œnologie pour débutants', 'fr')).toBe('Œnologie pour débutants');
    expect(capitalise('', 'fr')).toBe('');
  });

  it('asks about past behaviour, not hypothetical intent', () => {
    const asked = prompts({ statement: 'yoga for riders' }, 'en').map((p) => p.toLowerCase());
    expect(asked.some((p) => /would you (buy|pay|join)/.test(p))).toBe(false);
  });

  it('gives choice questions unique, stable option keys and scales a range', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const question of template({ statement: 's' }, locale).questions) {
        const keys = question.options.map((o) => o.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const option of question.options) expect(option.label).not.toMatch(/survey\.template/);
        if (question.kind === 'scale') expect(question.min! < question.max!).toBe(true);
      }
    }
    expect(template({ statement: 's' }, 'en').questions[0]!.options).toEqual([
      { key: 'yes_paid', label: 'Yes, and I paid (course, coaching, tool)' },
      { key: 'yes_free', label: 'Yes, with free resources' },
      { key: 'no', label: 'No' },
    ]);
  });

  it('points the suggested threshold at a choice question and real option keys', () => {
    const built = template({ statement: 's' }, 'fr');
    const question = built.questions[built.suggestedThreshold.questionIndex]!;
    expect(question.kind).toBe('single_choice');
    for (const key of built.suggestedThreshold.optionKeys) expect(question.options.map((o) => o.key)).toContain(key);
  });
});
