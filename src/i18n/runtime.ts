// The messages at run time: each catalogue arrives compiled (scripts/messages.ts) as a module of
// its own, loaded when a page first needs that language, and intl-messageformat formats its
// syntax trees (plurals, numbers) in the app's language with the formatters of ./format.ts. No React here: the creator app
// (./i18n.ts) and the public survey page (./respond.ts) both build on it.
import { formatToParts, type Formatters } from 'intl-messageformat';
import { formatters, languageTag } from './format';

export type Locale = 'fr' | 'en';
export const locales: readonly Locale[] = ['fr', 'en'];

/** The creator app's catalogue of a language, or the public survey page's own small one. */
export type CatalogueName = Locale | `respond-${Locale}`;
type Compiled = Record<string, string | Parameters<typeof formatToParts>[0]>;

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

// FormatJS's number options are Intl's, spelled by its own types.
const messageFormatters: Formatters = {
  ...formatters,
  getNumberFormat: (tag, options) => formatters.getNumberFormat(tag, options as Intl.NumberFormatOptions),
};

/** No named styles (`{n, number, percent}`): values arrive formatted by ./format.ts, or as counts. */
const noNamedFormats = { number: {}, date: {}, time: {} };

/** A message of a loaded catalogue, its parameters filled in; the types (./message-params.ts) say which. */
export function formatMessage(name: CatalogueName, key: string, params?: Record<string, string | number | Date>): string {
  const message = catalogue(name)[key];
  if (message === undefined) throw new Error(`No message ${key} in the ${name} catalogue.`);
  if (typeof message === 'string') return message;
  const tag = languageTag(name.endsWith('fr') ? 'fr' : 'en');
  return formatToParts(message, tag, messageFormatters, noNamedFormats, params)
    .map((part) => String(part.value))
    .join('');
}
