import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { detectLocale, translate } from '@/i18n/i18n';

describe('catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message, and the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(fr[key].trim(), key).not.toBe('');
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('detectLocale', () => {
  it.each([
    [['fr-CA', 'en'], 'fr'],
    [['en-GB'], 'en'],
    [['de-DE', 'fr'], 'fr'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, locale) => {
    expect(detectLocale(languages)).toBe(locale);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'wizard.stepOf', { n: 2, total: 6 })).toBe('Step 2 of 6');
    expect(translate('fr', 'wizard.stepOf', { n: 2 })).toBe('Étape 2 sur {total}');
  });
});
