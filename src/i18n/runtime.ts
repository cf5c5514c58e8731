// The messages at run time: each catalogue arrives compiled (scripts/messages.ts) as a module of
// its own, loaded when a page first needs that language. FormatJS's parser turned each message
// into its ICU syntax tree at build time, and checked that it uses only what `formatTree` below
// formats (text, arguments, plain numbers, plurals, selects), so the browser needs no message
// library: a plural is Intl.PluralRules, a number Intl.NumberFormat, both in the app's language
// through ./format.ts. No React here: the creator app (./i18n.ts) and the public survey page
// (./respond.ts) both build on it.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatNumber, pluralCategory } from './format';

export type Locale = 'fr' | 'en';
export const locales: readonly Locale[] = ['fr', 'en'];

/** The creator app's catalogue of a language, or the public survey page's own small one. */
export type CatalogueName = Locale | `respond-${Locale}`;
type Compiled = Record<string, string | MessageFormatElement[]>;

const loaders: Record<CatalogueName, () => Promise<{ default: Compiled }>> = {
  en: () => import('virtual:noyau-messages/en'),
  fr: () => import('virtual:noyau-messages/fr'),
  'respond-en': () => import('virtual:noyau-messages/respond-en'),
  'respond-fr': () => import('virtual:noyau-messages/respond-fr'),
};

const loaded = new Map<CatalogueName, Compiled>();
const loading = new Map<CatalogueName, Promise<void>>();
const listeners = new Set<() => void>();

export function loadCatalogue(name: CatalogueName): Promise<void> {
  if (loaded.has(name)) return Promise.resolve();
  let pending = loading.get(name);
  if (!pending) {
    pending = loaders[name]().then(
      (module) => {
        loaded.set(name, module.default);
        loading.delete(name);
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

export const isLoaded = (name: CatalogueName): boolean => loaded.has(name);

/** For useSyncExternalStore: called whenever a catalogue arrives. */
export function subscribeCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const loadedCount = (): number => loaded.size;

function catalogue(name: CatalogueName): Compiled {
  const messages = loaded.get(name);
  if (!messages) throw new Error(`The ${name} messages are used before they are loaded (loadCatalogue).`);
  return messages;
}

export const hasMessage = (name: CatalogueName, key: string): boolean => Object.hasOwn(catalogue(name), key);

/**
 * The element types of FormatJS's syntax tree (its `TYPE` enum, whose module the browser does not
 * load; tests/unit/i18n.test.ts holds these to it). scripts/messages.ts refuses every other.
 */
export const elementType = { literal: 0, argument: 1, number: 2, select: 5, plural: 6, pound: 7 } as const;

type Params = Record<string, string | number | Date>;

function formatTree(tree: MessageFormatElement[], locale: Locale, params: Params, count = Number.NaN): string {
  let text = '';
  for (const element of tree) {
    const type: number = element.type;
    if (!('value' in element)) {
      // `#`: the plural's count.
      text += formatNumber(count, locale, 3);
      continue;
    }
    if (type === elementType.literal) {
      text += element.value;
      continue;
    }
    const value = params[element.value];
    if (value === undefined) throw new Error(`The message needs a value for {${element.value}}.`);
    if ('options' in element) {
      const n = Number(value);
      const chosen =
        type === elementType.plural
          ? (element.options[`=${n}`] ?? element.options[pluralCategory(n, locale)] ?? element.options.other)
          : (element.options[String(value)] ?? element.options.other);
      text += formatTree(chosen?.value ?? [], locale, params, type === elementType.plural ? n : count);
    } else {
      text += type === elementType.number ? formatNumber(Number(value), locale, 3) : String(value);
    }
  }
  return text;
}

/** A message of a loaded catalogue, its parameters filled in; the types (./message-params.ts) say which. */
export function formatMessage(name: CatalogueName, key: string, params?: Params): string {
  const message = catalogue(name)[key];
  if (message === undefined) throw new Error(`No message ${key} in the ${name} catalogue.`);
  if (typeof message === 'string') return message;
  return formatTree(message, name.endsWith('fr') ? 'fr' : 'en', params ?? {});
}
