import { describe, expect, it } from 'vitest';
import { composeNiche, isBlocked, lintNiche, normalize, type NicheRule } from '@/domain/niche-lint';

const rules = (statement: string): NicheRule[] => lintNiche(statement).map((f) => f.rule);

describe('lintNiche', () => {
  it('passes precise statements in both languages', () => {
    expect(lintNiche('productivité pour freelances introvertis')).toEqual([]);
    expect(lintNiche('productivity for introverted freelancers')).toEqual([]);
    expect(lintNiche('mamans entrepreneures : fitness en 20 minutes')).toEqual([]);
  });

  it('blocks an empty statement', () => {
    expect(lintNiche('   ')).toEqual([{ rule: 'empty', severity: 'blocking' }]);
    expect(lintNiche('🔥 !!')).toEqual([{ rule: 'empty', severity: 'blocking' }]);
  });

  it('blocks over seven words and offers the filler words to cut', () => {
    const [finding] = lintNiche('fitness pour mamans entrepreneures qui ont 20 minutes max');
    expect(finding).toEqual({ rule: 'too_long', severity: 'blocking', count: 9, words: ['qui', 'ont', 'max'] });
    expect(lintNiche('yoga for busy parents who really want the calm back')[0]).toMatchObject({
      rule: 'too_long',
      words: ['who', 'really', 'want', 'the'],
    });
  });

  it('accepts exactly seven words', () => {
    expect(rules('reconversion des femmes cadres après 40 ans')).toEqual([]);
  });

  it('blocks a lone broad category, whatever the case, accents or article', () => {
    for (const statement of ['fitness', 'Développement personnel', 'developpement personnel', 'la crypto', 'Marketing', 'personal development', 'The fitness']) {
      expect(lintNiche(statement), statement).toContainEqual(
        expect.objectContaining({ rule: 'broad_category', severity: 'blocking' }),
      );
    }
  });

  it('warns when a statement is too short to say who and what', () => {
    expect(lintNiche('yoga équestre')).toEqual([{ rule: 'too_short', severity: 'warning', count: 2 }]);
  });

  it('warns when no audience is named', () => {
    expect(rules('recettes végétales rapides et pas chères')).toEqual(['no_audience']);
    expect(rules('quick cheap vegan recipes')).toEqual(['no_audience']);
    expect(rules('recettes végétales pour étudiants')).toEqual([]);
    expect(rules('étudiants en cuisine végétale')).toEqual([]);
  });

  it('warns when the audience is everyone', () => {
    expect(rules('cuisine facile pour tout le monde')).toEqual(['everyone']);
    expect(rules('easy cooking for everyone')).toEqual(['everyone']);
  });

  it('flags markup and links, which will show as plain text', () => {
    expect(rules('<img src=x onerror=alert(1)> pour mamans')).toContain('markup');
    expect(rules('yoga pour cavaliers https://example.org')).toContain('markup');
  });

  it('blocks a statement longer than the server accepts', () => {
    const findings = lintNiche('a'.repeat(250));
    expect(findings).toContainEqual({ rule: 'too_many_characters', severity: 'blocking', count: 250 });
  });

  it('does not break on right-to-left text or huge input', () => {
    expect(rules('تصوير الطعام للمبتدئين')).toEqual(['no_audience']);
    expect(isBlocked(lintNiche('mot '.repeat(5_000)))).toBe(true);
  });
});

describe('isBlocked', () => {
  it('is true only with a blocking finding', () => {
    expect(isBlocked([{ rule: 'no_audience', severity: 'warning' }])).toBe(false);
    expect(isBlocked([{ rule: 'too_long', severity: 'blocking' }])).toBe(true);
  });
});

describe('normalize', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalize('  L’Été — Développement!  ')).toBe('l ete developpement');
  });
});

describe('composeNiche', () => {
  it('joins the guided answers in the creator’s language', () => {
    expect(composeNiche({ who: 'freelances introvertis', what: 'productivité', situation: '' }, 'fr')).toBe(
      'productivité pour freelances introvertis',
    );
    expect(composeNiche({ who: 'new mums', what: 'fitness', situation: 'in 20 minutes' }, 'en')).toBe(
      'fitness for new mums in 20 minutes',
    );
    expect(composeNiche({ who: ' ', what: 'yoga', situation: '' }, 'en')).toBe('yoga');
  });
});
