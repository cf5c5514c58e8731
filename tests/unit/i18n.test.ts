import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { respondMessages } from '@/i18n/areas/respond';
import { detectLocale, translate } from '@/i18n/i18n';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { elementType, formatMessage, type CatalogueName } from '@/i18n/runtime';
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

describe('the runtime that formats compiled messages', () => {
  it("names FormatJS's element types by their numbers", () => {
    for (const [name, number] of Object.entries(elementType)) expect(TYPE[name as keyof typeof TYPE], name).toBe(number);
  });

  it('refuses, when compiling, what it does not format', () => {
    expect(() => parseMessage('k', 'On {day, date, long}')).toThrow(/k uses what the app's runtime does not format/);
    expect(() => parseMessage('k', '{share, number, percent}')).toThrow(/pass the value formatted/);
    expect(() => parseMessage('k', '{n, selectordinal, one {#st} other {#th}}')).toThrow(/selectordinal/);
  });

  // FormatJS's own formatter, run only here, is the reference: every message of every catalogue,
  // with each count the plurals test uses and each case of a select, reads the same.
  const selects = (tree: MessageFormatElement[], into: Map<string, string[]>) => {
    for (const element of tree) {
      if (element.type === TYPE.select) into.set(element.value, Object.keys(element.options));
      if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) selects(option.value, into);
    }
    return into;
  };
  const sources: [CatalogueName, Record<string, string>][] = [
    ['en', en],
    ['fr', fr],
    ['respond-en', respondMessages.en],
    ['respond-fr', respondMessages.fr],
  ];
  it.each(sources)('formats every %s message as FormatJS does', (name, messages) => {
    const tag = name.endsWith('fr') ? 'fr-FR' : 'en-GB';
    let compared = 0;
    for (const [key, text] of Object.entries(messages)) {
      const params = messageParams(key, text);
      if (params.size === 0) continue;
      const choices = selects(parseMessage(key, text), new Map());
      for (const count of [0, 1, 2, 1000, 2.5]) {
        for (const choice of [0, 1, 2]) {
          const values = Object.fromEntries(
            [...params].map(([param, kind]) => [param, kind === 'number' ? count : kind === 'choice' ? (choices.get(param)?.[choice] ?? 'other') : kind === 'date' ? new Date(0) : `«${param}»`]),
          );
          const reference = new IntlMessageFormat(parseMessage(key, text), tag).format(values);
          expect(formatMessage(name, key, values), `${name} ${key} ${JSON.stringify(values)}`).toBe(reference);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(30);
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
