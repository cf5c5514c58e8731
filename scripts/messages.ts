// The catalogues compiled for the app: each message is parsed once, here (at build and test time),
// by FormatJS's parser into its ICU MessageFormat syntax tree, which src/i18n/runtime.ts formats.
// The browser never parses a message and loads no message library; so a message may use only what
// that runtime formats: text, `{name}`, `{n, number}`, plurals (with `#` and `=n`) and selects.
// Also writes the parameters each message takes (src/i18n/message-params.ts, `npm run
// i18n:types`), from the same trees.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { respondMessages } from '../src/i18n/areas/respond';

/** A message with no argument is kept as its text; any other as its syntax tree. */
export type CompiledMessage = string | MessageFormatElement[];
export type CompiledCatalogue = Record<string, CompiledMessage>;

/** Every catalogue the app loads, by the name the runtime loads it by (src/i18n/runtime.ts). */
export const catalogues = {
  en,
  fr,
  'respond-en': respondMessages.en,
  'respond-fr': respondMessages.fr,
} satisfies Record<string, Record<string, string>>;
export type CatalogueName = keyof typeof catalogues;

/** What the runtime cannot format: a date or time, a number style, an ordinal or offset plural. */
function unsupported(tree: MessageFormatElement[]): string | null {
  for (const element of tree) {
    if (element.type === TYPE.date || element.type === TYPE.time) return `{${element.value}, ${element.type === TYPE.date ? 'date' : 'time'}}: pass the value formatted (src/i18n/format.ts)`;
    if (element.type === TYPE.number && element.style) return `{${element.value}, number, …}: pass the value formatted (src/i18n/format.ts)`;
    if (element.type === TYPE.plural && (element.pluralType === 'ordinal' || element.offset !== 0)) return `{${element.value}, selectordinal|offset}`;
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) {
        const found = unsupported(option.value);
        if (found) return found;
      }
    }
  }
  return null;
}

export function parseMessage(key: string, text: string): MessageFormatElement[] {
  let tree: MessageFormatElement[];
  try {
    // Tags are not used: `<` is text. Every plural and select needs its `other` case.
    tree = parse(text, { ignoreTag: true, requiresOtherClause: true });
  } catch (error) {
    throw new Error(`Message ${key} is not valid ICU MessageFormat: ${(error as Error).message}\n  ${text}`);
  }
  const found = unsupported(tree);
  if (found) throw new Error(`Message ${key} uses what the app's runtime does not format, ${found}:\n  ${text}`);
  return tree;
}

export function compileCatalogue(messages: Record<string, string>): CompiledCatalogue {
  const compiled: CompiledCatalogue = {};
  for (const [key, text] of Object.entries(messages)) {
    const tree = parseMessage(key, text);
    const only = tree[0];
    compiled[key] = tree.length === 0 ? '' : tree.length === 1 && only?.type === TYPE.literal ? only.value : tree;
  }
  return compiled;
}

/** What a parameter holds, from how the message uses it. */
type ParamKind = 'text' | 'number' | 'date' | 'choice';

function collect(tree: MessageFormatElement[], into: Map<string, ParamKind>) {
  const note = (name: string, kind: ParamKind) => {
    // A count used both as `{n}` and in a plural is a number.
    if (into.get(name) !== 'number') into.set(name, kind);
  };
  for (const element of tree) {
    switch (element.type) {
      case TYPE.argument:
        note(element.value, 'text');
        break;
      case TYPE.number:
        note(element.value, 'number');
        break;
      case TYPE.date:
      case TYPE.time:
        note(element.value, 'date');
        break;
      case TYPE.plural:
        note(element.value, 'number');
        for (const option of Object.values(element.options)) collect(option.value, into);
        break;
      case TYPE.select:
        note(element.value, 'choice');
        for (const option of Object.values(element.options)) collect(option.value, into);
        break;
      default:
        break;
    }
  }
}

/** Each parameter a message takes, and what it holds. */
export function messageParams(key: string, text: string): Map<string, ParamKind> {
  const params = new Map<string, ParamKind>();
  collect(parseMessage(key, text), params);
  return params;
}

const tsType: Record<ParamKind, string> = {
  text: 'string | number',
  number: 'number',
  date: 'Date | number',
  choice: 'string',
};

function paramsType(keyTexts: [string, string][]): string {
  const params = new Map<string, ParamKind>();
  for (const [key, text] of keyTexts) {
    for (const [name, kind] of messageParams(key, text)) {
      if (params.get(name) !== 'number') params.set(name, kind);
    }
  }
  if (params.size === 0) return 'undefined';
  const fields = [...params].sort(([a], [b]) => a.localeCompare(b)).map(([name, kind]) => `${name}: ${tsType[kind]}`);
  return `{ ${fields.join('; ')} }`;
}

function interfaceSource(name: string, english: Record<string, string>, french: Record<string, string>): string {
  const lines = Object.keys(english)
    .sort()
    .map((key) => `  ${JSON.stringify(key)}: ${paramsType([[key, english[key] ?? ''], [key, french[key] ?? '']])};`);
  return `export interface ${name} {\n${lines.join('\n')}\n}\n`;
}

/** The source of src/i18n/message-params.ts. */
export function messageParamsSource(): string {
  return [
    '// Generated by `npm run i18n:types` from the catalogues (scripts/messages.ts): the parameters',
    '// each message takes, so that a wrong or missing one fails the type check. Do not edit.',
    '',
    interfaceSource('MessageParams', en, fr),
    interfaceSource('RespondParams', respondMessages.en, respondMessages.fr),
  ].join('\n');
}
