import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { respondMessages } from '@/i18n/areas/respond';
import { detectLocale, translate } from '@/i18n/i18n';
import { formatMessage } from '@/i18n/runtime';
import { messageParams, parseMessage } from '../../scripts/messages';

const catalogues = [
  ['app', en, fr],
  ['public survey page', respondMessages.en, respondMessages.fr],
] as const;

describe.each(catalogues)('the %s catalogues', (_name, english, french) => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
  });

  it('hold valid ICU messages, none empty, taking the same parameters in both languages', () => {
    const params = (key: string, text: string) => Object.fromEntries(messageParams(key, text));
    for (const [key, text] of Object.entries(english)) {
      const other = (french as Record<string, string>)[key] ?? '';
      expect(parseMessage(key, text).length, key).toBeGreaterThan(0);
      expect(parseMessage(key, other).length, key).toBeGreaterThan(0);
      expect(params(key, other), key).toEqual(params(key, text));
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
  it('fills the parameters the types ask for', () => {
    expect(translate('en', 'wizard.stepOf', { n: 2, total: 6 })).toBe('Step 2 of 6');
    expect(translate('fr', 'wizard.stepOf', { n: 2, total: 6 })).toBe('Étape 2 sur 6');
    // @ts-expect-error: a message's parameters are checked by the type check: `total` is missing.
    expect(() => translate('en', 'wizard.stepOf', { n: 2 })).toThrow(/total/);
    // @ts-expect-error: and no other parameter is accepted.
    expect(translate('en', 'wizard.stepOf', { n: 2, total: 6, wrong: 1 })).toBe('Step 2 of 6');
    // @ts-expect-error: a message without parameters takes none.
    expect(translate('en', 'app.name', { n: 1 })).toBe('Noyau');
  });

  it('refuses a key that no catalogue holds', () => {
    expect(() => formatMessage('en', 'no.such.key')).toThrow(/no.such.key/);
  });
});
